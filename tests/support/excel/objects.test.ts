import { createExcelStandIn, renderWorkbookHtml } from "./index";
import type { OfficeNames } from "./officeNames";
import type { RangeFormatProxy } from "./range";

describe("Excel stand-in: recorded workbook objects", () => {
  it("records charts with their source addresses, series, titles, axes and position", async () => {
    const standIn = createExcelStandIn();
    standIn.arrange.setValues("Sheet1", "A1:C3", [
      ["Month", "Reach", "Clicks"],
      ["Jan", 10, 1],
      ["Feb", 20, 2],
    ]);
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add(
        standIn.Excel.ChartType.columnClustered,
        sheet.getRange("A1:C3"),
        "Columns"
      );
      chart.title.text = "Reach";
      chart.legend.position = "Bottom";
      chart.axes.valueAxis.title.text = "People";
      chart.axes.valueAxis.numberFormat = "#,##0";
      const clicks = chart.series.getItemAt(1);
      clicks.chartType = "Line";
      clicks.axisGroup = "Secondary";
      chart.setPosition("E2", "L20");
      await context.sync();
    });
    const [chart] = standIn.workbook.charts("Sheet1");
    expect(chart).toMatchObject({
      chartType: "ColumnClustered",
      sourceAddress: "Sheet1!A1:C3",
      title: { text: "Reach" },
      legend: { position: "Bottom" },
      axes: { value: { title: "People", numberFormat: "#,##0" } },
      position: { start: "Sheet1!E2", end: "Sheet1!L20" },
    });
    expect(chart?.series).toEqual([
      expect.objectContaining({
        name: "Reach",
        valuesAddress: "Sheet1!$B$2:$B$3",
        xValuesAddress: "Sheet1!$A$2:$A$3",
      }),
      expect.objectContaining({ name: "Clicks", chartType: "Line", axisGroup: "Secondary" }),
    ]);
  });

  it("rejects a chart whose source is an address string instead of a Range", async () => {
    const standIn = createExcelStandIn();
    await expect(
      standIn.Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Sheet1")
          .charts.add("Line", "A1:B2" as unknown as Excel.Range);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("records conditional formats, data validation, freeze panes and formats", async () => {
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const cf = sheet.getRange("B2:B10").conditionalFormats.add("CellValue");
      cf.cellValue.format.font.color = "#9C0006";
      cf.cellValue.rule = { formula1: "=0", operator: "LessThan" };
      const icons = sheet.getRange("C2:C10").conditionalFormats.add("IconSet");
      icons.iconSet.style = "ThreeTriangles";
      sheet.getRange("D2:D10").dataValidation.rule = {
        list: { inCellDropDown: true, source: "Weekly,Monthly" },
      };
      sheet.freezePanes.freezeRows(1);
      const header = sheet.getRange("A1:D1");
      header.format.font.bold = true;
      header.format.fill.color = "#4472C4";
      header.format.columnWidth = 80;
      header.format.autofitColumns();
      await context.sync();
    });
    const s = standIn.workbook.sheet("Sheet1");
    expect(s.conditionalFormats.map((c) => [c.type, c.address, c.settings])).toEqual([
      [
        "CellValue",
        "Sheet1!B2:B10",
        {
          cellValue: {
            format: { font: { color: "#9C0006" } },
            rule: { formula1: "=0", operator: "LessThan" },
          },
        },
      ],
      ["IconSet", "Sheet1!C2:C10", { iconSet: { style: "ThreeTriangles" } }],
    ]);
    expect(s.dataValidations[0]).toMatchObject({
      address: "Sheet1!D2:D10",
      rule: { list: { source: "Weekly,Monthly" } },
    });
    expect(s.freezePanes).toMatchObject({ rows: 1, columns: 0, address: "Sheet1!1:1" });
    expect(s.format("B1")).toMatchObject({ bold: true, fillColor: "#4472C4", columnWidth: 80 });
    expect(s.format("B50")).toMatchObject({ bold: false, columnWidth: 80 });
    expect(s.autofits).toEqual([{ address: "Sheet1!A1:D1", kind: "columns" }]);
  });

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

  it("adds names that formulas can use and that tests can read back", async () => {
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[200]];
      context.workbook.names.add("Goal", sheet.getRange("A1"), "monthly goal");
      context.workbook.names.add("Rate", "=0.5");
      sheet.getRange("B1").formulas = [["=Goal*Rate"]];
      const goal = context.workbook.names.getItem("Goal");
      goal.load("type, value, formula");
      await context.sync();
      expect([goal.type, goal.value, goal.formula]).toEqual([
        "Range",
        "Sheet1!$A$1",
        "=Sheet1!$A$1",
      ]);
    });
    expect(standIn.workbook.values("Sheet1", "B1")).toEqual([[100]]);
    expect(standIn.workbook.names().map((n) => n.name)).toEqual(["Goal", "Rate"]);
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
    // @ts-expect-error autoFitColumns is not an Excel.RangeFormat member (autofitColumns is).
    type Misspelt = OfficeNames<Excel.RangeFormat, "autoFitColumns">;
    const correct: OfficeNames<Excel.RangeFormat, "autofitColumns"> = {} as RangeFormatProxy;
    expect(correct).toBeDefined();
    expect(null as Misspelt | null).toBeNull();
  });
});
