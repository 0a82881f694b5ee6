import {
  FIRST_READ_ROWS,
  jsonBytes,
  nextReadRows,
  REQUEST_BUDGET_BYTES,
} from "../domain/workbook/requestSize";
import type { WorkbookCell } from "../domain/workbook/workbookCell";
import { isResponseTooLarge } from "./excelFailure";

/**
 * Reads a table's data rows in blocks, one sync per block. Excel on the web refuses a response
 * over 5 MB, and a table of 100,000 posts is several times that, so blocks are sized from the
 * bytes per row seen so far, the rows left spread evenly over as few blocks as fit; a block
 * refused for its size is read again in halves.
 */
export async function readTableRows(
  context: Excel.RequestContext,
  tableId: string,
  rowCount: number
): Promise<WorkbookCell[][]> {
  const table = context.workbook.tables.getItem(tableId);
  const rows: WorkbookCell[][] = [];
  let bytesPerRow = REQUEST_BUDGET_BYTES / FIRST_READ_ROWS;
  while (rows.length < rowCount) {
    const count = nextReadRows(bytesPerRow, rowCount - rows.length);
    const block = table
      .getHeaderRowRange()
      .getOffsetRange(1 + rows.length, 0)
      .getResizedRange(count - 1, 0)
      .load("values");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows: the block size keeps each response under Excel's 5 MB
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || count === 1) throw error;
      bytesPerRow = (REQUEST_BUDGET_BYTES / count) * 2;
      continue;
    }
    const values = block.values as WorkbookCell[][];
    for (const row of values) rows.push(row);
    bytesPerRow = jsonBytes(values) / Math.max(1, values.length);
  }
  return rows;
}
