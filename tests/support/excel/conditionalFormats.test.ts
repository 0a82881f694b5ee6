// Conditional formats as Excel documents them; each test names its source (the @types/office-js
// comment of the member, or Microsoft's page).
import { createExcelStandIn } from "./index";
import type { Batch } from "./rejection";
import { failure } from "./rejection";

const range = (context: Excel.RequestContext, address = "B2:B10"): Excel.Range =>
  context.workbook.worksheets.getItem("Sheet1").getRange(address);

describe("Excel stand-in: conditional formats", () => {
  it("adds a cell value format whose rule and font read back and show in the inspector", async () => {
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalcellvaluerule (sample:
    // `conditionalFormat.cellValue.format.font.color = "red"; …rule = { formula1: "=0", operator: "LessThan" }`).
    // @types/office-js ConditionalRangeFont.color: "HTML color code representation of the text color".
    const standIn = createExcelStandIn();
    const read = await standIn.Excel.run(async (context) => {
      const cf = range(context).conditionalFormats.add("CellValue");
      cf.cellValue.format.font.color = "red";
      cf.cellValue.format.fill.color = "#FFC7CE";
      cf.cellValue.rule = { formula1: "=0", operator: "LessThan" };
      cf.load("id, type, priority, stopIfTrue");
      cf.cellValue.load("rule");
      cf.cellValue.format.font.load("color, bold");
      await context.sync();
      return {
        type: cf.type,
        priority: cf.priority,
        stopIfTrue: cf.stopIfTrue,
        rule: cf.cellValue.rule,
        color: cf.cellValue.format.font.color,
        bold: cf.cellValue.format.font.bold,
      };
    });
    expect(read).toEqual({
      type: "CellValue",
      priority: 0,
      stopIfTrue: false,
      rule: { formula1: "=0", operator: "LessThan" },
      color: "#FF0000",
      bold: null,
    });
    const [cf] = standIn.workbook.sheet("Sheet1").conditionalFormats;
    expect([cf?.type, cf?.address, cf?.settings]).toEqual([
      "CellValue",
      "Sheet1!B2:B10",
      {
        cellValue: {
          format: { font: { color: "#FF0000" }, fill: { color: "#FFC7CE" } },
          rule: { formula1: "=0", operator: "LessThan" },
        },
      },
    ]);
  });

  it("refuses a type outside ConditionalFormatType", async () => {
    // @types/office-js ConditionalFormatCollection.add: "type: The type of conditional format being
    // added. See Excel.ConditionalFormatType for details."
    const standIn = createExcelStandIn();
    const failed = await failure(standIn, (context) => {
      range(context).conditionalFormats.add("Sparkles" as Excel.ConditionalFormatType);
    });
    expect(failed.code).toBe("InvalidArgument");
  });

  it("refuses a cell value operator outside its enum ('Bigger')", async () => {
    // @types/office-js ConditionalCellValueRule.operator: Excel.ConditionalCellValueOperator
    // ("Between" | "NotBetween" | "EqualTo" | … | "LessThanOrEqual").
    const standIn = createExcelStandIn();
    const failed = await failure(standIn, (context) => {
      const cf = range(context).conditionalFormats.add("CellValue");
      cf.cellValue.rule = { formula1: "=1", operator: "Bigger" as "GreaterThan" };
    });
    expect(failed).toEqual({
      code: "InvalidArgument",
      location: "CellValueConditionalFormat.rule",
    });
  });

  it("needs formula2 for Between and NotBetween, and formula1 always", async () => {
    // @types/office-js ConditionalCellValueRule: "formula1: The formula, if required, on which to
    // evaluate the conditional format rule." formula2 the same; Between takes two bounds
    // (https://learn.microsoft.com/en-us/javascript/api/office-scripts/excelscript/excelscript.conditionalcellvaluerule
    // sample: formula1 "50", formula2 "75", operator between).
    const standIn = createExcelStandIn();
    for (const rule of [
      { formula1: "=1", operator: "Between" },
      { formula1: "", operator: "GreaterThan" },
    ] as Excel.ConditionalCellValueRule[]) {
      const failed = await failure(standIn, (context) => {
        range(context).conditionalFormats.add("CellValue").cellValue.rule = rule;
      });
      expect(failed.code).toBe("InvalidArgument");
    }
    await standIn.Excel.run(async (context) => {
      range(context).conditionalFormats.add("CellValue").cellValue.rule = {
        formula1: "50",
        formula2: "75",
        operator: "Between",
      };
      await context.sync();
    });
    expect(standIn.workbook.sheet("Sheet1").conditionalFormats[0]?.settings).toEqual({
      cellValue: { rule: { formula1: "50", formula2: "75", operator: "Between" } },
    });
  });

  it("refuses a cell value formula Excel cannot parse", async () => {
    // @types/office-js ConditionalCellValueRule.formula1: "The formula … on which to evaluate the
    // conditional format rule": a formula, parsed as a cell's.
    const standIn = createExcelStandIn();
    const failed = await failure(standIn, (context) => {
      range(context).conditionalFormats.add("CellValue").cellValue.rule = {
        formula1: "=SUM(A1:A3",
        operator: "GreaterThan",
      };
    });
    expect(failed.code).toBe("InvalidArgument");
  });

  it("takes top/bottom ranks from 1 to 1000 (items) or 1 to 100 (percent) only", async () => {
    // @types/office-js ConditionalTopBottomRule.rank: "The rank between 1 and 1000 for numeric
    // ranks or 1 and 100 for percent ranks."
    const standIn = createExcelStandIn();
    for (const rule of [
      { rank: 0, type: "TopItems" },
      { rank: 1001, type: "BottomItems" },
      { rank: 101, type: "TopPercent" },
      { rank: 2.5, type: "TopItems" },
      { rank: 10, type: "Highest" },
    ] as Excel.ConditionalTopBottomRule[]) {
      const failed = await failure(standIn, (context) => {
        range(context).conditionalFormats.add("TopBottom").topBottom.rule = rule;
      });
      expect(failed).toEqual({
        code: "InvalidArgument",
        location: "TopBottomConditionalFormat.rule",
      });
    }
    const rule = await standIn.Excel.run(async (context) => {
      const cf = range(context).conditionalFormats.add("TopBottom");
      cf.topBottom.rule = { rank: 1000, type: "TopItems" };
      cf.topBottom.format.font.bold = true;
      cf.topBottom.load("rule");
      await context.sync();
      return cf.topBottom.rule;
    });
    expect(rule).toEqual({ rank: 1000, type: "TopItems" });
  });

  it("refuses an icon set style outside Excel.IconSet ('ThreeBananas')", async () => {
    // @types/office-js IconSetConditionalFormat.style: Excel.IconSet ("ThreeArrows" | … | "FiveBoxes").
    const standIn = createExcelStandIn();
    const failed = await failure(standIn, (context) => {
      range(context).conditionalFormats.add("IconSet").iconSet.style =
        "ThreeBananas" as Excel.IconSet;
    });
    expect(failed).toEqual({ code: "InvalidArgument", location: "IconSetConditionalFormat.style" });
  });

  it("takes icon criteria as a whole array, one criterion per icon, the first only for its icon", async () => {
    // @types/office-js IconSetConditionalFormat.criteria: "An array of criteria and icon sets for
    // the rules … Note that for the first criterion only the custom icon can be modified, while
    // type, formula, and operator will be ignored when set." ConditionalIconCriterion.operator:
    // "greaterThan or greaterThanOrEqual".
    const standIn = createExcelStandIn();
    const criteria = await standIn.Excel.run(async (context) => {
      const cf = range(context).conditionalFormats.add("IconSet");
      cf.iconSet.style = "ThreeTriangles";
      cf.iconSet.criteria = [
        {} as Excel.ConditionalIconCriterion,
        { type: "Number", formula: "=700", operator: "GreaterThanOrEqual" },
        { type: "Number", formula: "=1000", operator: "GreaterThanOrEqual" },
      ];
      cf.iconSet.load("criteria, style");
      await context.sync();
      return cf.iconSet.criteria;
    });
    expect(criteria.slice(1)).toEqual([
      { type: "Number", formula: "=700", operator: "GreaterThanOrEqual" },
      { type: "Number", formula: "=1000", operator: "GreaterThanOrEqual" },
    ]);
    for (const bad of [
      [{}, { type: "Number", formula: "=1", operator: "GreaterThanOrEqual" }],
      [
        {},
        { type: "Number", formula: "=1", operator: "LessThan" },
        { type: "Number", formula: "=2", operator: "GreaterThan" },
      ],
      [
        {},
        { type: "Bananas", formula: "=1", operator: "GreaterThan" },
        { type: "Number", formula: "=2", operator: "GreaterThan" },
      ],
    ] as Excel.ConditionalIconCriterion[][]) {
      const failed = await failure(standIn, (context) => {
        const cf = range(context).conditionalFormats.add("IconSet");
        cf.iconSet.style = "ThreeArrows";
        cf.iconSet.criteria = bad;
      });
      expect(failed).toEqual({
        code: "InvalidArgument",
        location: "IconSetConditionalFormat.criteria",
      });
    }
  });

  it("checks color scale criteria: minimum and maximum, a criterion type, a formula where the type needs one", async () => {
    // @types/office-js ConditionalColorScaleCriteria: "maximum … midpoint … if the color scale is a
    // 3-color scale … minimum"; ConditionalColorScaleCriterion.formula: "A number, a formula, or null
    // (if type is lowestValue)"; ColorScaleConditionalFormat.threeColorScale: "If true, the color
    // scale will have three points (minimum, midpoint, maximum)".
    const standIn = createExcelStandIn();
    const three = await standIn.Excel.run(async (context) => {
      const cf = range(context).conditionalFormats.add("ColorScale");
      cf.colorScale.criteria = {
        minimum: { type: "LowestValue", color: "blue" },
        midpoint: { type: "Percent", formula: "50", color: "yellow" },
        maximum: { type: "HighestValue", color: "red" },
      };
      cf.colorScale.load("threeColorScale, criteria");
      await context.sync();
      return [cf.colorScale.threeColorScale, cf.colorScale.criteria.maximum.color];
    });
    expect(three).toEqual([true, "#FF0000"]);
    for (const criteria of [
      { minimum: { type: "LowestValue", color: "#0000FF" } },
      { minimum: { type: "Lowest" }, maximum: { type: "HighestValue" } },
      { minimum: { type: "Number" }, maximum: { type: "HighestValue" } },
      { minimum: { type: "LowestValue", color: "blueish" }, maximum: { type: "HighestValue" } },
    ] as Excel.ConditionalColorScaleCriteria[]) {
      const failed = await failure(standIn, (context) => {
        range(context).conditionalFormats.add("ColorScale").colorScale.criteria = criteria;
      });
      expect(failed).toEqual({
        code: "InvalidArgument",
        location: "ColorScaleConditionalFormat.criteria",
      });
    }
  });

  it("parses a custom rule's formula when the request runs: a syntax error is refused", async () => {
    // @types/office-js ConditionalFormatRule.formula: "The formula, if required, on which to
    // evaluate the conditional format rule."
    const standIn = createExcelStandIn();
    const failed = await failure(standIn, (context) => {
      range(context).conditionalFormats.add("Custom").custom.rule.formula = "=AND(B2>1,";
    });
    expect(failed).toEqual({ code: "InvalidArgument", location: "ConditionalFormatRule.formula" });
    const formula = await standIn.Excel.run(async (context) => {
      const cf = range(context).conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=and($b2>1, $b2<10)";
      cf.custom.format.fill.color = "#C6EFCE";
      cf.custom.rule.load("formula, formulaR1C1");
      await context.sync();
      return [cf.custom.rule.formula, cf.custom.rule.formulaR1C1];
    });
    expect(formula).toEqual(["=AND($B2>1, $B2<10)", "=AND(RC2>1, RC2<10)"]);
  });

  it("refuses other rules outside their enums: text operator, preset criterion, data bar settings", async () => {
    // @types/office-js ConditionalTextComparisonRule.operator (Excel.ConditionalTextOperator),
    // ConditionalPresetCriteriaRule.criterion (Excel.ConditionalFormatPresetCriterion),
    // DataBarConditionalFormat.axisFormat (Excel.ConditionalDataBarAxisFormat) and
    // ConditionalDataBarRule.formula: "The formula, if required, on which to evaluate the data bar rule."
    const standIn = createExcelStandIn();
    const cases: [Batch, string][] = [
      [
        (c) => {
          range(c).conditionalFormats.add("ContainsText").textComparison.rule = {
            operator: "Includes" as "Contains",
            text: "x",
          };
        },
        "TextConditionalFormat.rule",
      ],
      [
        (c) => {
          range(c).conditionalFormats.add("PresetCriteria").preset.rule = {
            criterion: "Tuesdays" as "Today",
          };
        },
        "PresetCriteriaConditionalFormat.rule",
      ],
      [
        (c) => {
          range(c).conditionalFormats.add("DataBar").dataBar.axisFormat = "Middle" as "None";
        },
        "DataBarConditionalFormat.axisFormat",
      ],
      [
        (c) => {
          range(c).conditionalFormats.add("DataBar").dataBar.lowerBoundRule = { type: "Number" };
        },
        "DataBarConditionalFormat.lowerBoundRule",
      ],
    ];
    for (const [batch, location] of cases) {
      expect(await failure(standIn, batch)).toEqual({ code: "InvalidArgument", location });
    }
  });

  it("refuses a conditional number format Excel cannot parse, and clears it with null", async () => {
    // @types/office-js ConditionalRangeFormat.numberFormat: "Represents Excel's number format code
    // for the given range … Cleared if null is passed in."
    const standIn = createExcelStandIn();
    const failed = await failure(standIn, (context) => {
      range(context).conditionalFormats.add("CellValue").cellValue.format.numberFormat = '0.00"';
    });
    expect(failed).toEqual({
      code: "InvalidArgument",
      location: "ConditionalRangeFormat.numberFormat",
    });
    const read = await standIn.Excel.run(async (context) => {
      const format = range(context).conditionalFormats.add("CellValue").cellValue.format;
      format.numberFormat = "0.0%";
      format.load("numberFormat");
      await context.sync();
      const before = format.numberFormat as unknown;
      format.numberFormat = null;
      format.load("numberFormat");
      await context.sync();
      return [before, format.numberFormat as unknown];
    });
    expect(read).toEqual(["0.0%", null]);
  });

  it("adds each new format at the top priority and moves one with a negative priority to the back", async () => {
    // @types/office-js ConditionalFormatCollection.add: "Adds a new conditional format to the
    // collection at the first/top priority." ConditionalFormat.priority: "Use a negative priority to
    // begin from the back. Priorities greater than the bounds will get and set to the maximum".
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const formats = range(context).conditionalFormats;
      formats.add("DataBar");
      formats.add("IconSet");
      const newest = formats.add("ColorScale");
      await context.sync();
      newest.priority = -1;
      await context.sync();
      formats.getItemAt(0).priority = 99;
      await context.sync();
    });
    const list = standIn.workbook.sheet("Sheet1").conditionalFormats;
    expect(list.map((cf) => [cf.type, cf.priority])).toEqual([
      ["DataBar", 0],
      ["ColorScale", 1],
      ["IconSet", 2],
    ]);
  });

  it("finds a format by id in a later batch, counts and lists the formats of a range, deletes one", async () => {
    // @types/office-js ConditionalFormatCollection.getItem: "Returns a conditional format for the
    // given ID." getCount: "Returns the number of conditional formats". ConditionalFormat.delete:
    // "Deletes this conditional format." getRange: "Returns the range the conditional format is applied to."
    const standIn = createExcelStandIn();
    const result = await standIn.Excel.run(async (context) => {
      const formats = range(context).conditionalFormats;
      const cf = formats.add("PresetCriteria");
      cf.preset.rule = { criterion: "DuplicateValues" };
      range(context, "D1:D3").conditionalFormats.add("DataBar");
      cf.load("id");
      await context.sync();
      const again = formats.getItem(cf.id);
      again.load("type");
      const where = again.getRange();
      where.load("address");
      const count = range(context, "B5").conditionalFormats.getCount();
      const missing = formats.getItemOrNullObject("{nope}");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
      const seen = [again.type, where.address, count.value, missing.isNullObject];
      again.delete();
      const after = formats.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
      return [...seen, after.value];
    });
    expect(result).toEqual(["PresetCriteria", "Sheet1!B2:B10", 1, true, 0]);
  });

  it("clears the formats of a range with clearAll, keeping the others", async () => {
    // @types/office-js ConditionalFormatCollection.clearAll: "Clears all conditional formats active
    // on the current specified range."
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      range(context, "A1:A5").conditionalFormats.add("DataBar");
      range(context, "C1:C5").conditionalFormats.add("DataBar");
      range(context, "A1:B10").conditionalFormats.clearAll();
      await context.sync();
    });
    expect(standIn.workbook.sheet("Sheet1").conditionalFormats.map((cf) => cf.address)).toEqual([
      "Sheet1!C1:C5",
    ]);
  });

  it("answers ItemNotFound for another type's properties, a null object for their OrNullObject twin", async () => {
    // @types/office-js ConditionalFormat.cellValue: "Returns the cell value conditional format
    // properties if the current conditional format is a CellValue type."; cellValueOrNullObject
    // (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
    const standIn = createExcelStandIn();
    const failed = await failure(standIn, (context) => {
      const cf = range(context).conditionalFormats.add("DataBar");
      cf.cellValue.rule = { formula1: "=1", operator: "EqualTo" };
    });
    expect(failed.code).toBe("ItemNotFound");
    const isNull = await standIn.Excel.run(async (context) => {
      const cf = range(context).conditionalFormats.add("DataBar");
      const other = cf.cellValueOrNullObject;
      other.load();
      await context.sync();
      return other.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it("reads stopIfTrue as null on data bars, icon sets and color scales", async () => {
    // @types/office-js ConditionalFormat.stopIfTrue: "Value is null on data bars, icon sets, and
    // color scales as there's no concept of StopIfTrue for these."
    const standIn = createExcelStandIn();
    const read = await standIn.Excel.run(async (context) => {
      const bar = range(context).conditionalFormats.add("DataBar");
      const text = range(context).conditionalFormats.add("ContainsText");
      text.textComparison.rule = { operator: "Contains", text: "late" };
      text.stopIfTrue = true;
      bar.load("stopIfTrue");
      text.load("stopIfTrue");
      await context.sync();
      return [bar.stopIfTrue, text.stopIfTrue];
    });
    expect(read).toEqual([null, true]);
  });

  it("answers NotImplemented for conditional borders, which the stand-in does not model", async () => {
    // The rule: a member the host does not implement answers NotImplemented, never a no-op
    // (@types/office-js ConditionalRangeFormat.borders: "Collection of border objects").
    const standIn = createExcelStandIn();
    const failed = await failure(standIn, (context) => {
      range(context)
        .conditionalFormats.add("CellValue")
        .cellValue.format.borders.getItem("EdgeTop").color = "red";
    });
    expect(failed.code).toBe("NotImplemented");
  });

  it("refuses conditional formats on a protected sheet unless formatting cells is allowed", async () => {
    // @types/office-js WorksheetProtectionOptions.allowFormatCells: "Represents the worksheet
    // protection option allowing the use of the formatting cells feature."
    const standIn = createExcelStandIn();
    const failed = await failure(standIn, (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect();
      range(context).conditionalFormats.add("DataBar");
    });
    expect(failed.code).toBe("AccessDenied");
  });
  it("reads the area a format applies to with getRanges", async () => {
    // @types/office-js ConditionalFormat.getRanges: "Returns the RangeAreas, comprising one or more
    // rectangular ranges, to which the conditional format is applied."
    const standIn = createExcelStandIn();
    const address = await standIn.Excel.run(async (context) => {
      const areas = range(context).conditionalFormats.add("DataBar").getRanges();
      areas.load("address");
      await context.sync();
      return areas.address;
    });
    expect(address).toBe("Sheet1!B2:B10");
  });

  it("keeps a format's address in step with its sheet's name", async () => {
    // @types/office-js Worksheet.name: "The display name of the worksheet"; a rule's range is on
    // its sheet whatever the sheet is called.
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      range(context).conditionalFormats.add("DataBar");
      context.workbook.worksheets.getItem("Sheet1").name = "KPIs";
      await context.sync();
    });
    expect(standIn.workbook.sheet("KPIs").conditionalFormats[0]?.address).toBe("KPIs!B2:B10");
  });
  it("records the settings as assigned: reading defaults adds nothing", async () => {
    // @types/office-js IconSetConditionalFormat.style: "If set, displays the icon set option for the
    // conditional format."; an unset icon set reads Excel's default style and thresholds.
    const standIn = createExcelStandIn();
    const read = await standIn.Excel.run(async (context) => {
      const cf = range(context, "C2:C10").conditionalFormats.add("IconSet");
      cf.iconSet.style = "ThreeTriangles";
      cf.iconSet.load();
      const text = range(context, "D2:D10").conditionalFormats.add("ContainsText");
      text.textComparison.format.font.load();
      text.textComparison.format.fill.load("color");
      await context.sync();
      return [cf.iconSet.style, cf.iconSet.criteria.length, text.textComparison.format.fill.color];
    });
    expect(read).toEqual(["ThreeTriangles", 3, null]);
    expect(standIn.workbook.sheet("Sheet1").conditionalFormats.map((c) => c.settings)).toEqual([
      {},
      { iconSet: { style: "ThreeTriangles" } },
    ]);
  });
});
