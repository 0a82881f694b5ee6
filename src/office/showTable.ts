import { IMPORT_LOG } from "../domain/workbook/importLogTable";
import type { OwnedTable } from "../domain/workbook/tableNames";
import { TABLE_SPECS } from "../domain/workbook/tableSpecs";
import { workbookError, type WorkbookError } from "../domain/workbook/workbookError";
import { WORKBOOK_ERROR } from "../domain/workbook/workbookErrorCode";
import { findTables } from "./findTables";
import { runExcel } from "./runExcel";

/**
 * Shows an add-in table to the user: activates its sheet and selects its last row (the newest
 * entry of the import log), in two syncs — one to find the table by its remembered id (the user may
 * have renamed it), one to select. Gives back the sheet's name.
 *
 * @example
 * await showTable("importLog") //=> "Import log"
 */
export async function showTable(owned: OwnedTable): Promise<string | WorkbookError> {
  return runExcel(async (context) => {
    const name = (await findTables(context, [])).names[owned];
    if (name === undefined) {
      const tableName = owned === "importLog" ? IMPORT_LOG.tableName : TABLE_SPECS[owned].tableName;
      return workbookError(WORKBOOK_ERROR.TABLE_NOT_FOUND, { tableName });
    }
    const table = context.workbook.tables.getItem(name);
    const sheet = table.worksheet.load("name");
    sheet.activate();
    table.getRange().getLastRow().select();
    await context.sync();
    return sheet.name;
  });
}
