// How Excel turns a value written through `range.values` / `range.formulas` into cell content.
// Excel parses strings exactly as if a user had typed them: "=..." is a formula, "+x"/"-x" that is
// not a number is a formula too, "#N/A" is an error value, "123" is a number (15 significant
// digits, so long ids lose their tail), "TRUE" is a boolean, an ISO date is a date serial. A text number format ("@") or a leading
// apostrophe keeps the string as typed. Those are the traps imported text must avoid.
import { invalidArgument } from "./errors";

export type CellScalar = string | number | boolean;

/** What a cell holds after a write: a constant, or a formula (its text as written). */
export type CellContent =
  | { kind: "empty" }
  | { kind: "value"; value: CellScalar; numberFormat?: string; error?: boolean }
  | { kind: "formula"; formula: string };

const EMPTY: CellContent = { kind: "empty" };

/** Excel keeps 15 significant decimal digits of anything it parses or stores as a number. */
const toExcelPrecision = (n: number): number => Number(n.toPrecision(15));

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;

/** Parses Excel-typed numbers: "123", "-1,234.5", "12%", "1.5E+3", ".5". */
export function parseTypedNumber(text: string): { value: number; percent: boolean } | undefined {
  const t = text.trim();
  if (t === "" || !NUMBER.test(t) || !/\d/.test(t)) return undefined;
  const percent = t.endsWith("%");
  const n = Number((percent ? t.slice(0, -1) : t).replace(/,/g, ""));
  if (!Number.isFinite(n)) return undefined;
  return { value: toExcelPrecision(percent ? n / 100 : n), percent };
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** 1900 date system serial (valid from 1900-03-01, where Excel's fictitious 1900-02-29 is behind). */
function dateSerial(year: number, month: number, day: number, fraction = 0): number {
  return (Date.UTC(year, month - 1, day) - EXCEL_EPOCH) / MS_PER_DAY + fraction;
}

export function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH + Math.round(serial * MS_PER_DAY));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function parseIsoDate(text: string): { serial: number; hasTime: boolean } | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  const date = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1));
  if (date.getUTCMonth() !== (mo ?? 1) - 1 || date.getUTCDate() !== d) return undefined;
  const fraction = ((h ?? 0) * 3600 + (mi ?? 0) * 60 + (s ?? 0)) / 86_400;
  return { serial: dateSerial(y ?? 0, mo ?? 1, d ?? 1, fraction), hasTime: m[4] !== undefined };
}

/** Every error value Excel shows in a cell and reads as a literal in a formula. */
export const ERROR_VALUES: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
];

/** Error values Excel reads when they are typed ("#n/a" becomes the error #N/A, not text). */
const TYPED_ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];

/** Excel refuses cell text longer than this. */
const MAX_TEXT_LENGTH = 32_767;

/**
 * Interprets one written value. `null` must be handled by the caller (it means "leave the cell
 * unchanged"). `currentFormat` is the cell's number format before the write.
 */
export function interpretWrite(input: unknown, currentFormat: string): CellContent {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument("Numbers must be finite.");
    return { kind: "value", value: input };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input !== "string") {
    throw invalidArgument(`Cell values must be strings, numbers or booleans, not ${typeof input}.`);
  }
  if (input.length > MAX_TEXT_LENGTH) {
    throw invalidArgument(`Text longer than ${MAX_TEXT_LENGTH} characters cannot go in a cell.`);
  }
  if (input === "") return EMPTY;
  if (currentFormat === "@") return { kind: "value", value: input };
  if (input.startsWith("'")) return { kind: "value", value: input.slice(1) };
  if (input.startsWith("=") && input.length > 1) return { kind: "formula", formula: input };
  const error = TYPED_ERRORS.find((e) => e === input.trim().toUpperCase());
  if (error !== undefined) return { kind: "value", value: error, error: true };

  const number = parseTypedNumber(input);
  if (number) {
    const pctFormat = number.percent && currentFormat === "General" ? "0%" : undefined;
    return { kind: "value", value: number.value, numberFormat: pctFormat };
  }
  if (/^[+\-@]./.test(input)) return { kind: "formula", formula: `=${input}` };
  if (/^(true|false)$/i.test(input))
    return { kind: "value", value: input.toUpperCase() === "TRUE" };
  const date = parseIsoDate(input);
  if (date) {
    const dateFormat = date.hasTime ? "yyyy-mm-dd h:mm" : "yyyy-mm-dd";
    return {
      kind: "value",
      value: date.serial,
      numberFormat: currentFormat === "General" ? dateFormat : undefined,
    };
  }
  return { kind: "value", value: input };
}
