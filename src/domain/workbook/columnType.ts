import type { ValueType } from "../import/fields";
import { isoToSerial, serialToIso } from "../common/excelDate";
import { MAX_WRITTEN_TEXT } from "./literalText";
import type { WorkbookCell } from "./workbookCell";

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

const SECONDS_PER_DAY = 86_400;

/**
 * The cell value for a field: what `values` will return once it is written (the apostrophe of
 * literal text is added later, by {@link toWrittenValue}). `null` becomes an empty cell.
 *
 * @example
 * toCell("date", "2026-01-05") //=> 46027
 * toCell("duration", 90) //=> 0.00104166…  (1:30 as a fraction of a day)
 * toCell("text", "=1+1") //=> "=1+1"
 */
export function toCell(type: ValueType, value: FieldValue): WorkbookCell {
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
export function fromCell(type: ValueType, cell: WorkbookCell): FieldValue {
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
export function keyPart(type: ValueType, cell: WorkbookCell): string | number {
  if (type === "text" || type === "id" || type === "platform") return fromCell("text", cell) ?? "";
  return typeof cell === "number" ? Number(cell.toPrecision(15)) : String(cell);
}
