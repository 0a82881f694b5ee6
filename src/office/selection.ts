import type { WorkbookError } from "../domain/workbook/workbookError";
import { runExcel } from "./runExcel";

/**
 * The address of what the user selected, with its sheet (`Sheet1!B2:C9`), in one sync: the task
 * pane offers it as a function's argument.
 */
export async function readSelectionAddress(): Promise<string | WorkbookError> {
  return runExcel(async (context) => {
    const range = context.workbook.getSelectedRange().load("address");
    await context.sync();
    return range.address;
  });
}

/**
 * Writes a formula into the active cell of the selection (en-US syntax, as `range.formulas`
 * takes it) and returns that cell's address, in one sync. This is one of the two places the
 * add-in writes outside its own sheets, because the user asked it to.
 *
 * @example
 * await insertFormulaIntoSelection("=KPI.CTR(B2,C2)") //=> "Sheet1!D2"
 */
export async function insertFormulaIntoSelection(formula: string): Promise<string | WorkbookError> {
  return runExcel(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.formulas = [[formula]];
    cell.load("address");
    await context.sync();
    return cell.address;
  });
}
