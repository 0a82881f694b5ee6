/** Numbers as exports write them: plain, `"1938.0"`, `"3,215"`, Dutch `2.546` and `"1,15"`, `6.5%`, `1.2K`. */

/** The decimal separator of a file's numbers; the other of `.` and `,` groups thousands. */
export type DecimalSeparator = "." | ",";

/** Cells that mean "no value" in one export or another (TikTok, X, Meta, GA4). */
const MISSING = new Set([
  "",
  "-",
  "--",
  "undefined",
  "nan",
  "n/a",
  "na",
  "null",
  "none",
  "(not set)",
]);

/**
 * Whether a cell means "no value": empty, or one of the tokens exports use for it (`--`, `-`,
 * `undefined`, `NAN`, `N/A`), case-insensitively and ignoring surrounding spaces.
 *
 * @example
 * isMissing(" NAN ") //=> true
 * isMissing("0") //=> false
 */
export function isMissing(raw: string): boolean {
  // No token is longer than "undefined"; most cells are, and skip the lower-casing.
  return raw === "" || (raw.length <= 12 && MISSING.has(raw.trim().toLowerCase()));
}

/** Votes one cell casts about the decimal separator: +1 for ",", -1 for ".", 0 when it cannot tell. */
function decimalVote(raw: string): number {
  // Up to four characters of currency before (`US$ `, `£`) or unit after (`%`, ` EUR`) are
  // ignored; longer text around a number ("read 1,5 times") is not a number and does not vote.
  const text = raw.replace(/^[^\d.,+-]{1,4}|[^\d.,]{1,4}$/g, "").replace(/[\s\u00a0]/g, "");
  if (!/^[-+]?[\d.,]+$/.test(text)) return 0;
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  if (lastDot !== -1 && lastComma !== -1) return lastComma > lastDot ? 1 : -1;
  const at = Math.max(lastDot, lastComma);
  if (at === -1) return 0;
  const separator = text[at] ?? "";
  if (text.indexOf(separator) !== at) {
    // "1.234.567" groups thousands (so the decimal is the other one); "40.0.2214" is no number.
    const grouped = /^[-+]?\d{1,3}(?:[.,]\d{3})+$/.test(text);
    return grouped ? (separator === "." ? 1 : -1) : 0;
  }
  // "2.546" or "3,215" could be either; "1,15", "85,98" or "0.3513" cannot.
  const digitsAfter = text.length - at - 1;
  if (digitsAfter === 3 || digitsAfter === 0) return 0;
  return separator === "," ? 1 : -1;
}

/**
 * Infers a file's decimal separator from the numbers in it: "85,98%" or "1,15" can only have a
 * decimal comma, "0.3513" only a decimal point, while "2.546" could be either and does not vote.
 * Dutch Universal Analytics writes `2.546` next to `"85,98%"`: the whole file is decimal-comma,
 * so `2.546` is 2546. Without evidence, `fallback` decides (a semicolon-delimited file comes from
 * a decimal-comma locale: Excel uses `;` as list separator exactly where `,` is the decimal).
 *
 * @param cells - cells that hold numbers (a sample is enough)
 *
 * @example
 * inferDecimalSeparator(["2.546", "85,98%", "1,15"]) //=> ","
 * inferDecimalSeparator(["3,215", "1.18"]) //=> "."
 */
export function inferDecimalSeparator(
  cells: Iterable<string>,
  fallback: DecimalSeparator = "."
): DecimalSeparator {
  let votes = 0;
  for (const cell of cells) votes += decimalVote(cell);
  return votes > 0 ? "," : votes < 0 ? "." : fallback;
}

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/**
 * Reads a number as the file wrote it. Thousands separators, spaces, currency signs and codes
 * (`US$ 0,00`, `£0.00`) and a trailing `%` are ignored (a percent string gives its percent
 * number: "85,98%" → 85.98); `1.2K` is 1200. Missing-value tokens give `null`; text that is not
 * a number gives `NaN`, for the caller to report.
 *
 * @param raw - the cell
 * @param decimal - the file's decimal separator ({@link inferDecimalSeparator})
 *
 * @example
 * parseNumber("2.546", ",") //=> 2546
 * parseNumber('1938.0', ".") //=> 1938
 * parseNumber("--", ".") //=> null
 * parseNumber("1.2K", ".") //=> 1200
 */
export function parseNumber(raw: string, decimal: DecimalSeparator): number | null {
  // Fast path: most cells are plain non-negative integers.
  const length = raw.length;
  if (length > 0 && length < 16) {
    let value = 0;
    let i = 0;
    for (; i < length; i++) {
      const code = raw.charCodeAt(i) - 48;
      if (code < 0 || code > 9) break;
      value = value * 10 + code;
    }
    if (i === length) return value;
    // Second fastest: a plain decimal in a decimal-point file ("96808.007", "0.35").
    if (decimal === "." && raw.charCodeAt(i) === 46 && /^\d+\.\d+$/.test(raw)) return Number(raw);
  }
  if (raw === "") return null;
  if (isMissing(raw)) return null;
  let text = raw.trim().replace(/[\s\u00a0\u202f]/g, "");
  let sign = 1;
  if (/^\(.*\)$/.test(text)) {
    sign = -1;
    text = text.slice(1, -1);
  }
  text = text.replace(/^(?:[A-Z]{3}|[A-Z]{0,2}[$€£¥₹])/, "").replace(/(?:[$€£¥₹]|[A-Z]{3})$/, "");
  text = text.replace(/%$/, "");
  let multiplier = 1;
  const suffix = SUFFIX[text.slice(-1).toLowerCase()];
  if (suffix !== undefined && /\d[kKmMbB]$/.test(text)) {
    multiplier = suffix;
    text = text.slice(0, -1);
  }
  const thousands = decimal === "," ? "." : ",";
  if (text.includes(thousands)) {
    // A grouping separator must group by threes; "1,15" in a decimal-point file is not 115.
    const grouped =
      decimal === ","
        ? /^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d*)?$/
        : /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
    if (!grouped.test(text)) return Number.NaN;
    text = text.split(thousands).join("");
  }
  if (decimal === ",") text = text.replace(",", ".");
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(text)) return Number.NaN;
  return sign * Number(text) * multiplier;
}

/** How an export writes a share of a whole. */
export type ShareScale = "percent" | "fraction";

/**
 * Reads a share as a fraction 0–1: percent strings (`"6.5%"`) and percent numbers (Meta's
 * Audience `10.6`, YouTube's `(%)` columns) are divided by 100, fractions (TikTok's `0.59`) kept.
 *
 * @example
 * parseShare("10.6", "percent", ".") //=> 0.106
 * parseShare("85,98%", "fraction", ",") //=> 0.8598 (a % sign always means percent)
 * parseShare("0.59", "fraction", ".") //=> 0.59
 */
export function parseShare(
  raw: string,
  scale: ShareScale,
  decimal: DecimalSeparator
): number | null {
  const value = parseNumber(raw, decimal);
  if (value === null || Number.isNaN(value)) return value;
  // toPrecision(15) drops the binary noise of the division (75.1 / 100 = 0.7509999999999999).
  return scale === "percent" || raw.trim().endsWith("%")
    ? Number((value / 100).toPrecision(15))
    : value;
}

/**
 * Reads a duration (`0:03:11`, `00:00:12`, `4:23`) or plain seconds as seconds.
 *
 * @example
 * parseDuration("0:03:11") //=> 191
 * parseDuration("34.9", ".") //=> 34.9
 */
export function parseDuration(raw: string, decimal: DecimalSeparator = "."): number | null {
  const clock = /^\s*(?:(\d+):)?(\d{1,2}):(\d{2})\s*$/.exec(raw);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  return parseNumber(raw, decimal);
}
