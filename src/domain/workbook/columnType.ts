import type { ValueType } from "../import/fields";
import { dateToSerial, serialToDate } from "../kpi/excelDate";
import type { CellValue } from "./cellValue";
import { MAX_WRITTEN_TEXT } from "./literalText";

/**
 * How a field's value type is stored in a cell:
 * - text, ids and platforms: literal text (an X post id exceeds 2^53 and must never become a
 *   number);
 * - `date` / `datetime`: a real Excel date (a serial number) shown with a date format, so that
 *   `SUMIFS(…, Daily[Date], ">="&DATE(2026,1,1))` works; text that is not an ISO date stays text;
 * - `integer`, `money`, `share`: a number;
 * - `duration`: seconds stored as an Excel duration (a fraction of a day) shown as `[h]:mm:ss`.
 */
/** A canonical field's value: records hold strings, numbers or `null` (not in the export). */
export type FieldValue = string | number | null;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const SECONDS_PER_DAY = 86_400;

/** The serial of an ISO date or date-time, or undefined when the text is not one. */
function isoToSerial(text: string): number | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((p) => Number(p ?? 0));
  if (year === undefined || month === undefined || day === undefined) return undefined;
  // Excel's dates start in 1900: an earlier one stays text rather than becoming a bogus serial.
  if (year < 1900 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return undefined;
  const seconds = (hour ?? 0) * 3600 + (minute ?? 0) * 60 + (second ?? 0);
  return dateToSerial(year, month, day) + seconds / SECONDS_PER_DAY;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** ISO text of a serial: the date, plus `THH:mm` (and `:ss`) when it has a time of day. */
function serialToIso(serial: number, withTime: boolean): string {
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * SECONDS_PER_DAY);
  if (seconds === SECONDS_PER_DAY) {
    days += 1;
    seconds = 0;
  }
  const { year, month, day } = serialToDate(days);
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!withTime || seconds === 0) return date;
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}`;
  return seconds % 60 === 0 ? `${date}T${time}` : `${date}T${time}:${pad(seconds % 60)}`;
}

/**
 * The cell value for a field: what `values` will return once it is written (the apostrophe of
 * literal text is added later, by {@link toWrittenValue}). `null` becomes an empty cell.
 *
 * @example
 * toCell("date", "2026-01-05") //=> 46027
 * toCell("duration", 90) //=> 0.00104166…  (1:30 as a fraction of a day)
 * toCell("text", "=1+1") //=> "=1+1"
 */
export function toCell(type: ValueType, value: FieldValue): CellValue {
  if (value === null) return "";
  switch (type) {
    case "platform":
    case "id":
    case "text":
      return String(value).slice(0, MAX_WRITTEN_TEXT);
    case "date":
    case "datetime": {
      if (typeof value === "number") return value;
      return isoToSerial(value) ?? value.slice(0, MAX_WRITTEN_TEXT);
    }
    case "integer":
    case "money":
    case "share":
      return typeof value === "number" && Number.isFinite(value) ? value : "";
    case "duration":
      return typeof value === "number" && Number.isFinite(value) ? value / SECONDS_PER_DAY : "";
  }
}

/**
 * The field value of a cell as read back: the inverse of {@link toCell}, tolerant of what a user
 * may have typed (a number in a text column becomes its text, a numeric string a number).
 *
 * @example
 * fromCell("datetime", 46027.5) //=> "2026-01-05T12:00"
 * fromCell("text", 12) //=> "12"
 * fromCell("integer", "") //=> null
 */
export function fromCell(type: ValueType, cell: CellValue): FieldValue {
  if (cell === "") return null;
  switch (type) {
    case "platform":
    case "id":
    case "text":
      return typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : String(cell);
    case "date":
    case "datetime":
      return typeof cell === "number" ? serialToIso(cell, type === "datetime") : String(cell);
    case "integer":
    case "money":
    case "share":
    case "duration": {
      const n = typeof cell === "number" ? cell : Number(cell);
      if (typeof cell === "boolean" || !Number.isFinite(n)) return null;
      return type === "duration" ? Math.round(n * SECONDS_PER_DAY * 1000) / 1000 : n;
    }
  }
}

/**
 * The part of a merge key a cell contributes: text as text (so a Post ID typed as a number still
 * matches the same id written as text), numbers (dates) at Excel's precision.
 *
 * @example
 * keyPart("text", 123) //=> "123"
 * keyPart("date", 46027) //=> 46027
 */
export function keyPart(type: ValueType, cell: CellValue): string | number {
  if (type === "text" || type === "id" || type === "platform") return fromCell("text", cell) ?? "";
  return typeof cell === "number" ? Number(cell.toPrecision(15)) : String(cell);
}
