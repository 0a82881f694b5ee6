import type { Language } from "../domain/common/language";
import { goalRowRange, goalRowValues, planGoalRow, withGoalAt } from "../domain/goals/goalRow";
import type { SmartGoal } from "../domain/goals/smartGoal";
import {
  FIRST_GOAL_ROW,
  GOAL_COLUMNS,
  GOALS_TEMPLATE_ID,
  goalsTemplate,
} from "../domain/templates/goals";
import { parseRememberedSheets, TEMPLATES_SETTING } from "../domain/templates/rememberedSheets";
import { toWrittenValue } from "../domain/workbook/literalText";
import type { WorkbookError } from "../domain/workbook/workbookError";
import { applyTemplateIn } from "./applyTemplate";
import { findTables } from "./findTables";
import { runExcel } from "./runExcel";

/** Where a goal was written. */
export interface AddedGoal {
  readonly sheetName: string;
  /** The sheet row (1-based) that holds the goal. */
  readonly row: number;
  /** True when the goals sheet did not exist and was generated for this goal. */
  readonly created: boolean;
}

/**
 * Writes a goal into the first empty goal row of the goals sheet, where the row's formulas measure
 * and score it. The sheet is the one the goals template generated (found by its remembered id,
 * so a renamed sheet is still found); without one, the template is applied with the goal in its
 * first row. A row with anything typed in it is never written. When every goal row is taken, the
 * template is applied again with more rows (keeping every goal) and the goal in the first new
 * one. The KPI is written in the sheet's own language, read from its headings.
 *
 * Syncs: three to add to a sheet with room (find the tables and the sheet; read its goal rows;
 * write), four to create the sheet, five to grow it.
 *
 * @example
 * const added = await addGoal(goal, "en");
 * if (!isWorkbookError(added)) added //=> { sheetName: "Goals", row: 7, created: false }
 */
export async function addGoal(
  goal: SmartGoal,
  language: Language
): Promise<AddedGoal | WorkbookError> {
  return runExcel(async (context) => {
    const workbook = context.workbook;
    const setting = workbook.settings.getItemOrNullObject(TEMPLATES_SETTING);
    setting.load("value");
    const sheets = workbook.worksheets.load("items/name,items/id");
    const { names } = await findTables(context, []);
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the setting rode on findTables' sync: one round trip finds the tables and the goals sheet
    const stored: unknown = setting.isNullObject ? undefined : setting.value;
    const remembered = parseRememberedSheets(stored);
    const entry = remembered[GOALS_TEMPLATE_ID];
    const sheet = entry && sheets.items.find((item) => item.id === entry.id);

    if (!sheet) {
      const spec = goalsTemplate(names, language);
      const applied = await applyTemplateIn(
        context,
        withGoalAt(spec, FIRST_GOAL_ROW, goalRowValues(goal, language))
      );
      return { sheetName: applied.sheetName, row: FIRST_GOAL_ROW, created: true };
    }

    const lines = sheet
      .getRange(`${GOAL_COLUMNS.goal}:${GOAL_COLUMNS.current}`)
      .getUsedRangeOrNullObject(true)
      .load("formulas,rowIndex");
    await context.sync();
    const plan = lines.isNullObject
      ? planGoalRow([], 0)
      : planGoalRow(lines.formulas, lines.rowIndex);
    const sheetLanguage = plan.language ?? language;
    const values = goalRowValues(goal, sheetLanguage);

    if (plan.growTo !== undefined) {
      const spec = goalsTemplate(names, sheetLanguage, { rows: plan.growTo });
      const applied = await applyTemplateIn(context, withGoalAt(spec, plan.row, values));
      return { sheetName: applied.sheetName, row: plan.row, created: false };
    }
    sheet.getRange(goalRowRange(plan.row)).values = [values.map(toWrittenValue)];
    await context.sync();
    return { sheetName: sheet.name, row: plan.row, created: false };
  });
}
