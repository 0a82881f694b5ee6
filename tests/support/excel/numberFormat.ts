// The displayed text of a value under a number format (Range.text and the HTML rendering).
// Covers the formats our generated sheets use: General, "0", "0.00", "#,##0", "#,##0.00", percents,
// "@", and date codes (yyyy, yy, mmmm, mmm, mm, m, dd, d, h, mm after h). Anything fancier (colours,
// sections, fractions, currency symbols with locale codes) falls back to General.
import { invalidArgument } from "./errors";
import { serialToDate } from "./values";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** General shows up to 11 significant characters, switching to scientific for huge/tiny numbers. */
function general(n: number): string {
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    return n
      .toExponential(5)
      .replace(/\.?0+e/, "E")
      .replace(/E([+-])(\d)$/, "E$10$2")
      .toUpperCase();
  }
  const digits = Math.max(0, 10 - Math.floor(Math.log10(abs)));
  return String(Number(n.toFixed(Math.min(digits, 20))));
}

function isDateFormat(format: string): boolean {
  return /[ymd]/i.test(format.replace(/"[^"]*"/g, "")) && !/[0#]/.test(format);
}

function formatDate(serial: number, format: string): string {
  const d = serialToDate(serial);
  const parts: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    yy: String(d.getUTCFullYear()).slice(-2),
    mmmm: MONTHS[d.getUTCMonth()] ?? "",
    mmm: (MONTHS[d.getUTCMonth()] ?? "").slice(0, 3),
    mm: String(d.getUTCMonth() + 1).padStart(2, "0"),
    m: String(d.getUTCMonth() + 1),
    dd: String(d.getUTCDate()).padStart(2, "0"),
    d: String(d.getUTCDate()),
    hh: String(d.getUTCHours()).padStart(2, "0"),
    h: String(d.getUTCHours()),
    min: String(d.getUTCMinutes()).padStart(2, "0"),
  };
  let afterHour = false;
  return format.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|"[^"]*"/gi, (token) => {
    const t = token.toLowerCase();
    if (t.startsWith('"')) return token.slice(1, -1);
    if (t === "h" || t === "hh") {
      afterHour = true;
      return parts[t] ?? "";
    }
    if ((t === "mm" || t === "m") && afterHour) return parts.min ?? "";
    return parts[t] ?? "";
  });
}

function formatNumber(n: number, format: string): string {
  const percent = format.includes("%");
  const value = percent ? n * 100 : n;
  const decimals = /\.([0#]+)/.exec(format)?.[1]?.length ?? 0;
  const grouped = format.includes(",");
  const fixed = Math.abs(value).toFixed(decimals);
  const [intPart = "0", frac] = fixed.split(".");
  const int = grouped ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : intPart;
  const prefix = /^[^0#]*/.exec(format.replace(/"/g, ""))?.[0] ?? "";
  return `${value < 0 ? "-" : ""}${prefix}${int}${frac === undefined ? "" : `.${frac}`}${percent ? "%" : ""}`;
}

export function displayText(value: string | number | boolean, format: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const f = format.split(";")[0] ?? "General";
  if (f === "General" || f === "@" || f === "") return general(value);
  if (isDateFormat(f)) return formatDate(value, f);
  if (/[0#]/.test(f)) return formatNumber(value, f);
  return general(value);
}

const COLOR_NAMES = /^(Black|Blue|Cyan|Green|Magenta|Red|White|Yellow)$/i;

/** Whether the inside of a "[...]" is one of the codes a number format may bracket. */
function isBracketCode(code: string): boolean {
  if (COLOR_NAMES.test(code)) return true;
  const colorIndex = /^Color(\d{1,2})$/i.exec(code);
  if (colorIndex) return Number(colorIndex[1]) >= 1 && Number(colorIndex[1]) <= 56;
  if (/^(<=|>=|<>|<|>|=)\s*-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(code)) return true; // condition
  if (/^(h+|m+|s+)$/i.test(code)) return true; // elapsed time
  if (/^\$[^\]]*$/.test(code)) return true; // currency / locale, e.g. [$€-x-euro2], [$-409]
  return /^(DBNum|NatNum)\d$/i.test(code);
}

/**
 * Throws InvalidArgument for a format code Excel cannot parse. Excel's rules ("Review guidelines
 * for customizing a number format", support.microsoft.com): up to four sections separated by ";"
 * (positive;negative;zero;text), text in double quotes closed, "\" and "_" and "*" followed by the
 * character they act on, square brackets closed and holding a colour, a condition, an elapsed-time
 * code or a currency/locale code.
 */
export function checkNumberFormat(format: string): void {
  const fail = (why: string): Error =>
    invalidArgument(`The number format '${format}' is not valid: ${why}.`);
  let sections = 1;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      if (end < 0) throw fail("a quoted text is not closed");
      i = end;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      if (i + 1 >= format.length) throw fail(`'${ch}' must be followed by a character`);
      i++;
    } else if (ch === "[") {
      const end = format.indexOf("]", i + 1);
      if (end < 0) throw fail("a '[' is not closed");
      const code = format.slice(i + 1, end);
      if (!isBracketCode(code)) throw fail(`'[${code}]' is not a colour, condition or locale code`);
      i = end;
    } else if (ch === "]") {
      throw fail("a ']' has no matching '['");
    } else if (ch === ";") {
      sections++;
      if (sections > 4) throw fail("a format has at most four sections");
    }
  }
}
