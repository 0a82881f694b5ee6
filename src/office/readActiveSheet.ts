import type { SheetGrid } from "../domain/import/sheetGrid";
import type { WorkbookError } from "../domain/workbook/workbookError";
import { runExcel } from "./runExcel";

/**
 * The cells of the sheet the user has open, for "Import from the current sheet": the used range's
 * values (cells with a value only: formatting alone does not widen it) with their number formats,
 * which tell dates from numbers, in one sync. A blank sheet reads as no rows.
 */
export async function readActiveSheet(): Promise<SheetGrid | WorkbookError> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    const used = sheet.getUsedRangeOrNullObject(true).load("values,numberFormat,rowIndex");
    await context.sync();
    if (used.isNullObject) return { sheet: sheet.name, values: [], firstRow: 1 };
    return {
      sheet: sheet.name,
      values: used.values as SheetGrid["values"],
      numberFormats: used.numberFormat as string[][],
      firstRow: used.rowIndex + 1,
    };
  });
}
