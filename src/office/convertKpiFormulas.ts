import {
  type FormulaConversionReport,
  planFormulaConversion,
} from "../domain/kpi/formulaConversion";
import type { Language } from "../domain/common/language";
import type { WorkbookError } from "../domain/workbook/workbookError";
import { runExcel } from "./runExcel";

/** Which cells to convert: the user's selection, or everything used on the active sheet. */
export type ConversionScope = "selection" | "sheet";

/**
 * Rewrites the `KPI.` calls of the cells in `scope` into native Excel formulas (see
 * `toNativeFormula`), so the workbook keeps its numbers without the add-in. Two syncs: read the
 * formulas (en-US, as `range.formulas` gives them), write back only the cells that change — values
 * and text are never rewritten. Goal statuses are written in `language`.
 *
 * @example
 * const report = await convertKpiFormulas("sheet");
 * if (!isWorkbookError(report)) report.converted.length //=> cells rewritten
 */
export async function convertKpiFormulas(
  scope: ConversionScope,
  language: Language = "en"
): Promise<FormulaConversionReport | WorkbookError> {
  return runExcel(async (context) => {
    const selection = scope === "selection" ? context.workbook.getSelectedRange() : undefined;
    const sheet = (selection?.worksheet ?? context.workbook.worksheets.getActiveWorksheet()).load(
      "name"
    );
    const range = selection ?? sheet.getUsedRangeOrNullObject();
    range.load("formulas,rowIndex,columnIndex");
    await context.sync();
    if (range.isNullObject) return { converted: [], kept: [] };

    const origin = { sheet: sheet.name, row: range.rowIndex, column: range.columnIndex };
    const { changes, report } = planFormulaConversion(range.formulas, origin, language);
    for (const { row, column, formula } of changes) {
      range.getCell(row, column).formulas = [[formula]];
    }
    if (changes.length > 0) await context.sync();
    return report;
  });
}
