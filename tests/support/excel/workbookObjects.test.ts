import { createExcelStandIn, renderWorkbookHtml } from "./index";
import { defineType } from "./host/typeHandler";

describe("Excel stand-in: workbook, worksheets, ranges, settings", () => {
  it("rejects a malformed colour at sync", async () => {
    const standIn = createExcelStandIn();
    await expect(
      standIn.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "blueish";
        await context.sync();
      })
    ).rejects.toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "RangeFill.color" },
    });
  });

  it("round-trips JSON settings and reports missing ones", async () => {
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      context.workbook.settings.add("schema", { version: 2, when: new Date(Date.UTC(2026, 0, 5)) });
      await context.sync();
      const setting = context.workbook.settings.getItem("schema");
      setting.load("value");
      await context.sync();
      expect(setting.value).toEqual({ version: 2, when: "2026-01-05T00:00:00.000Z" });
    });
    await expect(
      standIn.Excel.run(async (context) => {
        const missing = context.workbook.settings.getItem("nope");
        missing.load("value");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("records worksheet properties, activation, deletion and application suspensions", async () => {
    const standIn = createExcelStandIn({ sheets: ["A", "B"] });
    await standIn.Excel.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      const sheet = context.workbook.worksheets.add("KPI");
      sheet.position = 0;
      sheet.tabColor = "#00B050";
      sheet.showGridlines = false;
      sheet.activate();
      context.workbook.worksheets.getItem("B").visibility = "Hidden";
      context.workbook.worksheets.getItem("A").delete();
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load("name");
      await context.sync();
      expect(active.name).toBe("KPI");
    });
    expect(standIn.workbook.sheetNames()).toEqual(["KPI", "B"]);
    expect(standIn.workbook.sheet("KPI")).toMatchObject({
      tabColor: "#00B050",
      showGridlines: false,
      isActive: true,
    });
    expect(standIn.workbook.sheet("B").visibility).toBe("Hidden");
    expect(standIn.workbook.application).toEqual({
      calculationSuspensions: 1,
      screenUpdatingSuspensions: 1,
    });
  });

  it("navigates ranges like Excel and returns sheet-qualified addresses", async () => {
    const standIn = createExcelStandIn({ sheets: ["My Sheet"] });
    standIn.arrange.setValues("My Sheet", "B2:C4", [
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("My Sheet");
      const used = sheet.getUsedRange();
      const ranges = [
        used,
        used.getLastRow(),
        used.getRowsBelow(2),
        used.getColumnsAfter(),
        used.getOffsetRange(1, 1),
        used.getCell(1, 1),
        sheet.getRangeByIndexes(0, 0, 2, 3),
        sheet.getRange("A:A"),
        sheet.getRange("2:3"),
        used.getBoundingRect("E9"),
        used.getEntireColumn(),
      ];
      ranges.forEach((r) => r.load("address"));
      await context.sync();
      expect(ranges.map((r) => r.address)).toEqual([
        "'My Sheet'!B2:C4",
        "'My Sheet'!B4:C4",
        "'My Sheet'!B5:C6",
        "'My Sheet'!D2:D4",
        "'My Sheet'!C3:D5",
        "'My Sheet'!C3",
        "'My Sheet'!A1:C2",
        "'My Sheet'!A:A",
        "'My Sheet'!2:3",
        "'My Sheet'!B2:E9",
        "'My Sheet'!B:C",
      ]);
    });
  });

  it("renders the workbook as self-contained HTML", () => {
    const standIn = createExcelStandIn();
    standIn.arrange.addTable("Sheet1", "A1:B2", {
      name: "Posts",
      values: [
        ["Name", "Share"],
        ["<b>", "=0.25"],
      ],
    });
    standIn.arrange.setNumberFormat("Sheet1", "B2", "0%");
    const html = renderWorkbookHtml(standIn);
    expect(html).toContain("<!doctype html>");
    expect(html).toContain("&lt;b&gt;");
    expect(html).toContain(">25%<");
    expect(html).toContain("Table <b>Posts</b> Sheet1!A1:B2");
  });

  it("checks member names against @types/office-js at compile time", () => {
    const misspelt = defineType<Excel.RangeFormat, unknown>({
      type: "RangeFormat",
      // @ts-expect-error AutoFitColumns is not an Excel.RangeFormat member (autofitColumns is).
      methods: { AutoFitColumns: () => undefined },
    });
    const correct = defineType<Excel.RangeFormat, unknown>({
      type: "RangeFormat",
      methods: { AutofitColumns: () => undefined },
    });
    expect(Object.keys(misspelt.methods)).toEqual(["AutoFitColumns"]);
    expect(Object.keys(correct.methods)).toEqual(["AutofitColumns"]);
  });
});
