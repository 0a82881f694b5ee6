import { parseRememberedSheets, TEMPLATES_SETTING } from "../domain/templates/rememberedSheets";
import type { WorkbookError } from "../domain/workbook/workbookError";
import { runExcel } from "./runExcel";

/** Template id → the current name of the sheet it generated. */
export type AppliedTemplates = Readonly<Partial<Record<string, string>>>;

/**
 * Which templates have a sheet in this workbook, under the sheet's current name, in one sync. A
 * sheet is found by the id remembered when the template created it, as `applyTemplate` finds it:
 * a renamed sheet is listed under its new name, a deleted one is not listed (applying the
 * template creates it again).
 *
 * @example
 * const applied = await readAppliedTemplates();
 * if (!isWorkbookError(applied)) applied.goals //=> "My goals" (after the user renamed "Goals")
 */
export async function readAppliedTemplates(): Promise<AppliedTemplates | WorkbookError> {
  return runExcel(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(TEMPLATES_SETTING);
    setting.load("value");
    const sheets = context.workbook.worksheets.load("items/name,items/id");
    await context.sync();

    const remembered = parseRememberedSheets(setting.isNullObject ? undefined : setting.value);
    const nameOfId = new Map(sheets.items.map((sheet) => [sheet.id, sheet.name]));
    const applied: Record<string, string> = {};
    for (const [template, { id }] of Object.entries(remembered)) {
      const name = nameOfId.get(id);
      if (name !== undefined) applied[template] = name;
    }
    return applied;
  });
}
