// Generated worksheets applied to a workbook holding 100,000 imported posts, measured against the
// Excel stand-in: a template's syncs must not grow with the data.
import type { Language } from "../../src/domain/common/language";
import { budgetTemplate } from "../../src/domain/templates/budget";
import { cadenceTemplate } from "../../src/domain/templates/cadence";
import { contentTemplate } from "../../src/domain/templates/content";
import { dashboardTemplate } from "../../src/domain/templates/dashboard";
import { goalsTemplate } from "../../src/domain/templates/goals";
import type { SheetSpec } from "../../src/domain/templates/sheetSpec";
import type { OwnedTable } from "../../src/domain/workbook/tableNames";
import { isWorkbookError } from "../../src/domain/workbook/workbookError";
import { applyTemplate } from "../../src/office/applyTemplate";
import { writeImport } from "../../src/office/writeImport";
import { createExcelStandIn } from "../../tests/support/excel";
import type { Figures } from "../figure";
import { postsImport100k } from "./writeThroughput";

type Template = (tables: Partial<Record<OwnedTable, string>>, language: Language) => SheetSpec;

const TEMPLATES: ReadonlyArray<readonly [id: string, template: Template]> = [
  ["dashboard", dashboardTemplate],
  ["goals", goalsTemplate],
  ["cadence", cadenceTemplate],
  ["budget", budgetTemplate],
  ["content", contentTemplate],
];

/**
 * `templates.<id>.syncs` and `templates.<id>.max_request_bytes`: each template applied once to a
 * workbook with 100,000 posts, built from the tables' names inside `applyTemplate` as the task
 * pane applies it, so the figure counts the sync that reads them.
 */
export async function templates(): Promise<Figures> {
  const standIn = createExcelStandIn();
  standIn.install();
  const imported = await writeImport(postsImport100k());
  if (isWorkbookError(imported)) throw new Error(`${imported.code}: ${imported.message}`);

  const figures: Figures = {};
  for (const [id, template] of TEMPLATES) {
    standIn.resetStats();
    const applied = await applyTemplate((tables) => template(tables, "en"));
    if (isWorkbookError(applied)) throw new Error(`${id}: ${applied.code}: ${applied.message}`);
    const maxBytes = Math.max(...standIn.stats.requests.map((r) => r.bytes));
    figures[`templates.${id}.syncs`] = {
      value: standIn.stats.syncs,
      unit: "syncs",
      note: `100,000 posts imported; budget 3, the tables' names read in the first; largest request ${maxBytes.toLocaleString("en-US")} bytes`,
    };
    figures[`templates.${id}.max_request_bytes`] = {
      value: maxBytes,
      unit: "bytes",
      note: "100,000 posts imported; Excel refuses a request over 5,000,000",
    };
  }
  return figures;
}
