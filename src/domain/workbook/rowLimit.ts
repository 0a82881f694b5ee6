import { workbookError, type WorkbookError } from "./workbookError";
import { WORKBOOK_ERROR } from "./workbookErrorCode";

/** Rows in an Excel worksheet, the hard ceiling for a table's header plus data rows. */
export const MAX_SHEET_ROWS = 1_048_576;

/** Where a table would end after an import. */
export interface TableGrowth {
  readonly tableName: string;
  /** 0-based sheet row of the header. */
  readonly headerRow: number;
  /** Data rows the table will hold, appended rows included. */
  readonly dataRows: number;
  readonly appendedRows: number;
}

/**
 * Refuses an import that would push a table past the last sheet row, with what to do about it.
 * Checked for every table before anything is written, so a refused import leaves the workbook
 * exactly as it was.
 *
 * @example
 * checkRowLimit({ tableName: "Posts", headerRow: 0, dataRows: 1_048_600, appendedRows: 600 })
 * //=> { code: WORKBOOK_ERROR.TOO_MANY_ROWS, message: "Importing would add 600 rows to table Posts, …", params: { … } }
 */
export function checkRowLimit(growth: TableGrowth): WorkbookError | undefined {
  const lastRow = growth.headerRow + 1 + growth.dataRows;
  if (lastRow <= MAX_SHEET_ROWS) return undefined;
  const room = Math.max(
    0,
    MAX_SHEET_ROWS - growth.headerRow - 1 - (growth.dataRows - growth.appendedRows)
  );
  return workbookError(WORKBOOK_ERROR.TOO_MANY_ROWS, {
    tableName: growth.tableName,
    appendedRows: growth.appendedRows,
    room,
    maxRows: MAX_SHEET_ROWS,
  });
}
