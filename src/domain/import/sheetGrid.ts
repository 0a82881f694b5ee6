import { fromExcelSerial, toIsoDate } from "./dates";
import type { TableSlice } from "./layout";

/** A cell value as Excel hands it over: text, a number (dates are serials), a boolean, or empty. */
export type GridCell = string | number | boolean | null;

/**
 * A block of a worksheet's cells read from Excel (the used range of the sheet the user has open):
 * its values, their number formats (which tell a date from a number), and where it starts.
 */
export interface SheetGrid {
  /** The worksheet's name: it stands for the file name in messages and the import log. */
  readonly sheet: string;
  readonly values: readonly (readonly GridCell[])[];
  /** Same shape as `values`; a missing format reads as `General`. */
  readonly numberFormats?: readonly (readonly string[])[];
  /** The 1-based sheet row of `values[0]`, so issues name the rows the user sees. */
  readonly firstRow: number;
}

/**
 * Whether a number format shows a date or a time, as spreadsheet readers decide it: a date or time
 * code (`y m d h s`, `AM/PM`, an elapsed `[h]`) outside quoted text, escapes and brackets (so
 * `0.00E+00` and `[$EUR] #,##0` are numbers).
 *
 * @example
 * isDateFormat("yyyy-mm-dd hh:mm") //=> true
 * isDateFormat('#,##0 "days"') //=> false
 */
export function isDateFormat(format: string): boolean {
  for (let i = 0; i < format.length; i++) {
    const c = format.charAt(i);
    if (c === '"') {
      const close = format.indexOf('"', i + 1);
      i = close === -1 ? format.length : close;
    } else if (c === "\\" || c === "_" || c === "*") {
      i++;
    } else if (c === "[") {
      const close = format.indexOf("]", i + 1);
      const inside = format.slice(i + 1, close === -1 ? format.length : close);
      if (/^(?:h+|m+|s+)$/i.test(inside)) return true;
      i = close === -1 ? format.length : close;
    } else if (/^general/i.test(format.slice(i))) {
      i += "general".length - 1;
    } else if (/[ymdhs]/i.test(c)) {
      return true;
    } else if (/^(?:am\/pm|a\/p)/i.test(format.slice(i))) {
      return true;
    }
  }
  return false;
}

/**
 * A cell as the text a CSV export of it would hold, as the spreadsheet reader reads XLSX cells:
 * numbers in full precision, numbers shown as dates as ISO dates (no time zone), booleans as
 * `TRUE`/`FALSE`.
 *
 * @example
 * gridCellText(45658.75, "m/d/yyyy h:mm") //=> "2025-01-01T18:00"
 */
export function gridCellText(value: GridCell, format: string | undefined): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    return format !== undefined && isDateFormat(format)
      ? toIsoDate(fromExcelSerial(value))
      : String(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "";
}

/**
 * The grid as a table of text rows, trailing empty cells dropped, as the spreadsheet reader makes
 * of a workbook's sheet.
 */
export function gridTable(grid: SheetGrid): TableSlice {
  const rows = grid.values.map((cells, r) => {
    const formats = grid.numberFormats?.[r];
    const row = cells.map((value, c) => gridCellText(value, formats?.[c]));
    while (row.length > 0 && row[row.length - 1] === "") row.pop();
    return row;
  });
  return { rows, firstRow: grid.firstRow, fileName: grid.sheet, sheet: grid.sheet };
}
