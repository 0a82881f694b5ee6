import type { SheetSpec } from "../../src/domain/templates/sheetSpec";
import { TEMPLATES_SETTING } from "../../src/domain/templates/rememberedSheets";
import { isWorkbookError } from "../../src/domain/workbook/workbookError";
import { applyTemplate, type TemplateBuilder } from "../../src/office/applyTemplate";
import { writeImport } from "../../src/office/writeImport";
import { NOW, post, postsFile, posts } from "../support/builders/records";
import { useExcelStandIn } from "../support/excel/useExcelStandIn";

const excel = useExcelStandIn();

const goals: SheetSpec = {
  id: "goals",
  sheetName: "Goals",
  cells: [
    { at: "A1", value: "Goal", bold: true },
    { at: "B1", value: "Target" },
    { at: "C1", value: "Progress" },
    { at: "A2", value: "=Followers, not a formula" },
    { at: "C2", formula: '=IF(B2=0,"",D2/B2)', numberFormat: "0.0%" },
    { at: "E1", formula: "=GoalTarget*2" },
  ],
  inputs: [
    { at: "B2", initial: 1000, numberFormat: "#,##0" },
    { at: "D2", initial: 250 },
  ],
  columnWidths: [
    { columns: "A", width: 160 },
    { columns: "B:C", width: 72 },
  ],
  freeze: { rows: 1, columns: 1 },
  names: [{ name: "GoalTarget", refersTo: "B2", comment: "The first goal's target" }],
};

describe("applying a template", () => {
  it("creates its sheet with values, formulas, formats, widths, frozen panes and names in three syncs", async () => {
    const applied = await applyTemplate(goals);

    expect(applied).toEqual({ sheetName: "Goals", created: true });
    const sheet = excel.standIn.workbook.sheet("Goals");
    expect(sheet.cell("A1").value).toBe("Goal");
    expect(sheet.format("A1").bold).toBe(true);
    expect(sheet.cell("A2").value).toBe("=Followers, not a formula");
    expect(sheet.cell("C2").formula).toBe('=IF(B2=0,"",D2/B2)');
    expect(sheet.cell("C2").text).toBe("25.0%");
    expect(sheet.cell("B2").text).toBe("1,000");
    expect(sheet.format("A1").columnWidth).toBe(160);
    expect(sheet.format("C1").columnWidth).toBe(72);
    expect(sheet.freezePanes).toMatchObject({ rows: 1, columns: 1 });
    expect(excel.standIn.workbook.names()).toEqual([
      // Excel drops quotes a sheet name does not need.
      expect.objectContaining({ name: "GoalTarget", formula: "=Goals!$B$2", type: "Range" }),
    ]);
    expect(sheet.cell("E1").value).toBe(2000);
    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
  });

  it("shows the template's sheet once it is created or refreshed, as Excel shows a new sheet", async () => {
    await applyTemplate(goals);
    expect(excel.standIn.workbook.activeSheet()).toBe("Goals");
    excel.standIn.arrange.activate("Sheet1");
    await applyTemplate(goals);
    expect(excel.standIn.workbook.activeSheet()).toBe("Goals");
  });

  it("refreshes its own sheet, keeping what the user typed in input cells and nothing else", async () => {
    await applyTemplate(goals);
    excel.standIn.arrange
      .setValues("Goals", "B2", [[5000]])
      .setValues("Goals", "D2", [["=B2/2"]])
      .setValues("Goals", "F2", [["stray note"]]);
    excel.standIn.resetStats();

    const applied = await applyTemplate({
      ...goals,
      cells: goals.cells.map((cell) =>
        cell.at === "B1" ? { at: "B1", value: "Goal value" } : cell
      ),
    });

    expect(applied).toEqual({ sheetName: "Goals", created: false });
    const sheet = excel.standIn.workbook.sheet("Goals");
    expect(sheet.cell("B1").value).toBe("Goal value");
    expect(sheet.cell("B2").value).toBe(5000);
    expect(sheet.cell("C2").value).toBe(0.5);
    expect(sheet.cell("D2").formula).toBe("=B2/2");
    expect(sheet.cell("F2").value).toBe("");
    expect(excel.standIn.workbook.names()).toHaveLength(1);
    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
  });

  it("writes an input cell the spec sets over the initial value, then over what the user typed, formula or text", async () => {
    const setting = (set: number | string): SheetSpec => ({
      ...goals,
      inputs: goals.inputs?.map((input) => (input.at === "B2" ? { ...input, set } : input)),
    });

    await applyTemplate(setting(3000));
    expect(excel.standIn.workbook.sheet("Goals").cell("B2").value).toBe(3000);
    excel.standIn.arrange.setValues("Goals", "B2", [["=D2*8"]]).setValues("Goals", "D2", [[300]]);
    excel.standIn.resetStats();

    await applyTemplate(setting("=not a formula"));

    const sheet = excel.standIn.workbook.sheet("Goals");
    expect(sheet.cell("B2").value).toBe("=not a formula");
    expect(sheet.cell("B2").text).toBe("=not a formula");
    expect(sheet.cell("D2").value).toBe(300);
    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
  });

  it("finds its sheet after the user renamed it", async () => {
    await applyTemplate(goals);
    const settings = excel.standIn.workbook.settings()[TEMPLATES_SETTING] as Record<
      string,
      unknown
    >;
    expect(settings).toEqual({ goals: { id: expect.any(String), name: "Goals" } });
    await excel.standIn.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Goals").name = "My goals";
      await context.sync();
    });

    expect(await applyTemplate(goals)).toEqual({ sheetName: "My goals", created: false });
    expect(excel.standIn.workbook.sheetNames()).toEqual(["Sheet1", "My goals"]);
  });

  it("never writes on a user's sheet that has the template's name", async () => {
    excel.standIn.arrange.addSheet("Goals").setValues("Goals", "A1", [["mine"]]);

    expect(await applyTemplate(goals)).toEqual({ sheetName: "Goals (Social KPI)", created: true });
    expect(excel.standIn.workbook.sheet("Goals").cell("A1").value).toBe("mine");
  });

  it("adds data validation, conditional formats and charts bound to the sheet's cells", async () => {
    await applyTemplate({
      ...goals,
      validations: [
        {
          range: "B2",
          rule: { kind: "wholeNumber", min: 0 },
          prompt: "A count",
          error: "Whole numbers only",
        },
        { range: "E2", rule: { kind: "list", items: ["weekly", "monthly"] } },
      ],
      conditionalFormats: [{ range: "C2:C9", formula: "=C2>=1", fill: "#C6EFCE" }],
      charts: [
        {
          type: "columnClustered",
          source: "A1:B2",
          title: "Targets",
          position: "G2:N16",
          seriesBy: "columns",
        },
      ],
    });

    const sheet = excel.standIn.workbook.sheet("Goals");
    expect(sheet.dataValidations).toEqual([
      expect.objectContaining({
        address: expect.stringContaining("B2"),
        // BasicDataValidation.formula1: "When retrieving the value, it will always be returned as a string formula".
        rule: { wholeNumber: { operator: "GreaterThanOrEqualTo", formula1: "=0" } },
      }),
      expect.objectContaining({
        address: expect.stringContaining("E2"),
        rule: { list: { inCellDropDown: true, source: "weekly,monthly" } },
      }),
    ]);
    expect(sheet.conditionalFormats).toEqual([
      expect.objectContaining({ type: "Custom", address: expect.stringContaining("C2:C9") }),
    ]);
    expect(sheet.charts).toEqual([
      expect.objectContaining({
        chartType: "ColumnClustered",
        sourceAddress: expect.stringContaining("A1:B2"),
        title: expect.objectContaining({ text: "Targets" }),
      }),
    ]);
  });

  it("shades a range from its lowest value to its highest with a colour scale, replaced on refresh", async () => {
    const spec: SheetSpec = {
      ...goals,
      colorScales: [{ range: "B2:D2", lowest: "#FFFFFF", highest: "#63BE7B" }],
    };
    await applyTemplate(spec);
    await applyTemplate(spec);

    const sheet = excel.standIn.workbook.sheet("Goals");
    expect(sheet.conditionalFormats).toEqual([
      expect.objectContaining({ type: "ColorScale", address: expect.stringContaining("B2:D2") }),
    ]);
    expect(JSON.stringify(sheet.conditionalFormats[0]?.settings)).toContain("#63BE7B");
  });

  it("bounds a date validation by a date serial", async () => {
    await applyTemplate({
      ...goals,
      validations: [{ range: "D2", rule: { kind: "date", min: 36526 } }],
    });

    expect(excel.standIn.workbook.sheet("Goals").dataValidations).toEqual([
      expect.objectContaining({
        rule: { date: { operator: "GreaterThanOrEqualTo", formula1: "=36526" } },
      }),
    ]);
  });

  it("sets the print area and a landscape page", async () => {
    await applyTemplate({ ...goals, print: { area: "A1:E9", orientation: "landscape" } });
    const sheet = excel.standIn.workbook.sheet("Goals");
    expect(sheet.printArea).toBe("Goals!A1:E9");
    expect(sheet.orientation).toBe("Landscape");
    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
  });

  it("repeats the heading rows on every printed page and fits the columns one page wide", async () => {
    await applyTemplate({
      ...goals,
      print: { area: "A1:E9", orientation: "landscape", titleRows: "1:1", fitColumns: true },
    });

    expect(excel.standIn.workbook.sheet("Goals").printTitleRows).toBe("Goals!1:1");
    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
    const zoom = await excel.standIn.Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Goals").pageLayout.load("zoom");
      await context.sync();
      return layout.zoom;
    });
    expect(zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });

  it("offers a drop-down of the values in cells of the sheet, and bounds dates by serial", async () => {
    await applyTemplate({
      ...goals,
      validations: [
        { range: "A2:A5", rule: { kind: "listRange", range: "H2:H4" } },
        { range: "B2:B5", rule: { kind: "date", min: 46023, max: 46387 } },
      ],
    });

    expect(excel.standIn.workbook.sheet("Goals").dataValidations).toEqual([
      expect.objectContaining({
        address: expect.stringContaining("A2:A5"),
        rule: { list: { inCellDropDown: true, source: "=$H$2:$H$4" } },
      }),
      expect.objectContaining({
        address: expect.stringContaining("B2:B5"),
        rule: { date: { operator: "Between", formula1: "=46023", formula2: "=46387" } },
      }),
    ]);
  });

  it("replaces its charts and rules when applied again instead of adding more", async () => {
    const withExtras: SheetSpec = {
      ...goals,
      conditionalFormats: [{ range: "C2:C9", formula: "=C2>=1", fill: "#C6EFCE" }],
      charts: [{ type: "line", source: "A1:B2", position: "G2:N16" }],
    };
    await applyTemplate(withExtras);
    await applyTemplate(withExtras);

    const sheet = excel.standIn.workbook.sheet("Goals");
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.conditionalFormats).toHaveLength(1);
  });

  it("draws the series a chart names as a line on the secondary axis, the others as the chart's type", async () => {
    await applyTemplate({
      ...goals,
      cells: [
        { at: "G1", value: "Week" },
        { at: "H1", value: "Impressions" },
        { at: "I1", value: "Rate" },
        { at: "G2", value: "W1" },
        { at: "H2", value: 1200 },
        { at: "I2", value: 0.03 },
      ],
      charts: [
        {
          type: "columnClustered",
          source: "G1:I2",
          seriesBy: "columns",
          position: "A4:F20",
          lineOnSecondaryAxis: [1],
        },
      ],
    });

    const [chart] = excel.standIn.workbook.sheet("Goals").charts;
    expect(chart?.series.map((s) => [s.name, s.chartType ?? chart.chartType, s.axisGroup])).toEqual(
      [
        ["Impressions", "ColumnClustered", "Primary"],
        ["Rate", "Line", "Secondary"],
      ]
    );
  });

  describe("built from the tables' current names", () => {
    /** A sheet summing the posts table under the name the builder is given, or saying there is none. */
    const postsSum: TemplateBuilder = (tables) => ({
      id: "sum",
      sheetName: "Sum",
      cells: [
        tables.posts === undefined
          ? { at: "A1", value: "no posts" }
          : { at: "A1", formula: `=SUM(${tables.posts}[Impressions])` },
      ],
    });

    it("reads the names in its first sync, so it takes at most three syncs created or refreshed, whatever the data", async () => {
      excel.standIn.arrange.addTable("Sheet1", "A1:B2", {
        name: "Posts",
        values: [
          ["Mine", "Too"],
          [1, 2],
        ],
      });
      const imported = posts(500, 1);
      const report = await writeImport(postsFile(imported), { now: NOW });
      if (isWorkbookError(report)) throw new Error(report.message);

      for (const created of [true, false]) {
        excel.standIn.resetStats();
        expect(await applyTemplate(postsSum)).toEqual({ sheetName: "Sum", created });
        expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
      }
      const cell = excel.standIn.workbook.sheet("Sum").cell("A1");
      expect(cell.formula).toBe("=SUM(Posts_SocialKPI[Impressions])");
      expect(cell.value).toBe(imported.reduce((sum, p) => sum + (p.impressions ?? 0), 0));
    });

    it("builds with no names before any import, then with the imported table's name on regeneration", async () => {
      await applyTemplate(postsSum);
      expect(excel.standIn.workbook.sheet("Sum").cell("A1").value).toBe("no posts");

      const report = await writeImport(postsFile([post(1)]), { now: NOW });
      if (isWorkbookError(report)) throw new Error(report.message);
      excel.standIn.resetStats();
      await applyTemplate(postsSum);

      expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
      expect(excel.standIn.workbook.sheet("Sum").cell("A1").value).toBe(post(1).impressions);
    });
  });
});
