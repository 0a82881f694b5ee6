import type { Language } from "../../../src/domain/common/language";
import { budgetTemplate } from "../../../src/domain/templates/budget";
import { cadenceTemplate } from "../../../src/domain/templates/cadence";
import { contentTemplate } from "../../../src/domain/templates/content";
import { dashboardTemplate } from "../../../src/domain/templates/dashboard";
import { goalsTemplate } from "../../../src/domain/templates/goals";
import type { SheetSpec } from "../../../src/domain/templates/sheetSpec";
import type { OwnedTable } from "../../../src/domain/workbook/tableNames";
import { isWorkbookError } from "../../../src/domain/workbook/workbookError";
import { applyTemplate } from "../../../src/office/applyTemplate";
import { writeImport } from "../../../src/office/writeImport";
import { day, NOW, post, postsFile } from "../../support/builders/records";
import { useExcelStandIn } from "../../support/excel/useExcelStandIn";

const excel = useExcelStandIn();

type Template = (tables: Partial<Record<OwnedTable, string>>, language: Language) => SheetSpec;

/** Each template, and whether it reads the posts table (the budget reads only the Ads table). */
const TEMPLATES: ReadonlyArray<readonly [id: string, template: Template, readsPosts: boolean]> = [
  ["dashboard", dashboardTemplate, true],
  ["goals", goalsTemplate, true],
  ["cadence", cadenceTemplate, true],
  ["budget", budgetTemplate, false],
  ["content", contentTemplate, true],
];

describe.each(TEMPLATES)(
  "the %s template with the posts imported as Posts_SocialKPI",
  (_, template, readsPosts) => {
    it("is applied from its builder in at most three syncs, created and regenerated, reading Posts_SocialKPI and never the user's Posts", async () => {
      excel.standIn.arrange.addTable("Sheet1", "A1:B2", {
        name: "Posts",
        values: [
          ["Mine", "Too"],
          [1, 2],
        ],
      });
      for (const file of [
        postsFile([post(1, { publishedAt: "2026-11-20T10:00" }), post(2)]),
        {
          ...postsFile([]),
          platform: "facebook" as const,
          records: { daily: [day("2026-11-20")] },
        },
      ]) {
        const report = await writeImport(file, { now: NOW });
        if (isWorkbookError(report)) throw new Error(`${report.code}: ${report.message}`);
      }

      let sheetName = "";
      for (const created of [true, false]) {
        excel.standIn.resetStats();
        const applied = await applyTemplate((tables) => template(tables, "en"));
        if (isWorkbookError(applied)) throw new Error(`${applied.code}: ${applied.message}`);
        expect(applied.created).toBe(created);
        sheetName = applied.sheetName;
        expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
      }

      // The inspector reads addresses on the sheet itself: drop the sheet's name.
      const used = (excel.standIn.workbook.sheet(sheetName).usedAddress() ?? "A1").replace(
        /^.*!/,
        ""
      );
      const formulas = excel.standIn.workbook
        .sheet(sheetName)
        .formulas(used)
        .flat()
        .filter((f): f is string => typeof f === "string" && f.startsWith("="));
      expect(formulas.some((f) => f.includes("Posts_SocialKPI["))).toBe(readsPosts);
      expect(formulas.filter((f) => /(^|[^_\w])Posts\[/.test(f))).toEqual([]);
      // Chart cells without data are #N/A by design (a gap in the line); any other error is a fault.
      const errors = excel.standIn.workbook
        .values(sheetName)
        .flat()
        .filter((v) => typeof v === "string" && v.startsWith("#") && v !== "#N/A");
      expect(errors).toEqual([]);
    });
  }
);
