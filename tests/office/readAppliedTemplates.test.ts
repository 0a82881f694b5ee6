import { TEMPLATES_SETTING } from "../../src/domain/templates/rememberedSheets";
import type { SheetSpec } from "../../src/domain/templates/sheetSpec";
import { applyTemplate } from "../../src/office/applyTemplate";
import { readAppliedTemplates } from "../../src/office/readAppliedTemplates";
import { useExcelStandIn } from "../support/excel/useExcelStandIn";

const excel = useExcelStandIn();

const spec = (id: string, sheetName: string): SheetSpec => ({
  id,
  sheetName,
  cells: [{ at: "A1", value: sheetName }],
});

describe("reading which templates the workbook has", () => {
  it("finds none in a workbook no template was applied to", async () => {
    expect(await readAppliedTemplates()).toEqual({});
  });

  it("names each applied template's sheet, in one sync", async () => {
    await applyTemplate(spec("goals", "Goals"));
    await applyTemplate(spec("budget", "Budget allocation"));
    excel.standIn.resetStats();

    expect(await readAppliedTemplates()).toEqual({
      goals: "Goals",
      budget: "Budget allocation",
    });
    expect(excel.standIn.stats.syncs).toBe(1);
  });

  it("gives a renamed sheet's current name, as a refresh will find it", async () => {
    await applyTemplate(spec("goals", "Goals"));
    await excel.standIn.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Goals").name = "Our goals";
      await context.sync();
    });

    expect(await readAppliedTemplates()).toEqual({ goals: "Our goals" });
    expect(await applyTemplate(spec("goals", "Goals"))).toEqual({
      sheetName: "Our goals",
      created: false,
    });
  });

  it("leaves out a template whose sheet the user deleted, and a user's sheet of the same name", async () => {
    await applyTemplate(spec("goals", "Goals"));
    await excel.standIn.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Goals").delete();
      await context.sync();
    });
    excel.standIn.arrange.addSheet("Goals");

    expect(await readAppliedTemplates()).toEqual({});
  });

  it("ignores a setting that is not well formed", async () => {
    excel.standIn.arrange.setSetting(TEMPLATES_SETTING, { goals: { id: 7 }, content: "Sheet1" });

    expect(await readAppliedTemplates()).toEqual({});
  });
});
