import type { ExcelStandIn } from "./index";
import { createExcelStandIn, renderWorkbookHtml } from "./index";

const DATA = [
  ["Month", "Reach", "Clicks"],
  ["Jan", 10, 1],
  ["Feb", 20, 2],
  ["Mar", 30, 3],
];

function standInWithData(): ExcelStandIn {
  const standIn = createExcelStandIn({ sheets: ["Sheet1", "Other"] });
  standIn.arrange.setValues("Sheet1", "A1:C4", DATA);
  return standIn;
}

type Batch<R> = (
  chart: Excel.Chart,
  sheet: Excel.Worksheet,
  context: Excel.RequestContext
) => Promise<R>;

/** Adds a ColumnClustered chart over A1:C4 and runs `batch` on it in the same Excel.run. */
function withChart<R>(
  standIn: ExcelStandIn,
  batch: Batch<R>,
  type: Excel.ChartType | string = "ColumnClustered"
): Promise<R> {
  return standIn.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const chart = sheet.charts.add(type as Excel.ChartType, sheet.getRange("A1:C4"), "Columns");
    return batch(chart, sheet, context);
  });
}

/** A chart edit in one batch of its own, so a refused edit fails that batch alone. */
const edited = (standIn: ExcelStandIn, edit: (chart: Excel.Chart) => void): Promise<void> =>
  withChart(standIn, async (chart, _sheet, context) => {
    edit(chart);
    await context.sync();
  });

const onlyChart = (standIn: ExcelStandIn) => {
  const [chart] = standIn.workbook.charts("Sheet1");
  if (!chart) throw new Error("no chart");
  return chart;
};

describe("Excel stand-in: charts.add", () => {
  it("derives one series per column, named by the header row, with the first column as categories", async () => {
    // @types/office-js Excel.ChartCollection.add: "sourceData: The `Range` object corresponding to the source data.
    // seriesBy: Optional. Specifies the way columns or rows are used as data series on the chart."
    const standIn = standInWithData();
    await withChart(standIn, async (_chart, _sheet, context) => context.sync());
    const chart = onlyChart(standIn);
    expect(chart).toMatchObject({
      chartType: "ColumnClustered",
      sourceAddress: "Sheet1!A1:C4",
      name: "Chart 1",
    });
    expect(chart.series).toEqual([
      expect.objectContaining({
        name: "Reach",
        valuesAddress: "Sheet1!$B$2:$B$4",
        xValuesAddress: "Sheet1!$A$2:$A$4",
      }),
      expect.objectContaining({
        name: "Clicks",
        valuesAddress: "Sheet1!$C$2:$C$4",
        xValuesAddress: "Sheet1!$A$2:$A$4",
      }),
    ]);
  });

  it("derives one series per row with seriesBy Rows, and plots the shorter side as series with Auto", async () => {
    // @types/office-js Excel.ChartSeriesBy: "auto", "columns", "rows".
    const standIn = standInWithData();
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.charts.add("Line", sheet.getRange("A1:C4"), "Rows");
      sheet.charts.add("Line", sheet.getRange("A1:C4"));
      await context.sync();
    });
    const [byRows, auto] = standIn.workbook.charts("Sheet1");
    expect(byRows?.series.map((s) => [s.name, s.valuesAddress])).toEqual([
      ["Jan", "Sheet1!$B$2:$C$2"],
      ["Feb", "Sheet1!$B$3:$C$3"],
      ["Mar", "Sheet1!$B$4:$C$4"],
    ]);
    expect(auto?.series.map((s) => s.name)).toEqual(["Reach", "Clicks"]);
  });

  it("refuses a chart type outside Excel.ChartType, such as Combo, and a seriesBy outside Excel.ChartSeriesBy", async () => {
    // @types/office-js Excel.ChartCollection.add: "type: Represents the type of a chart. See `Excel.ChartType` for details."
    // Excel.ChartType has no combo type: a combo chart is a chart whose series have their own chartType.
    const standIn = standInWithData();
    await expect(
      withChart(standIn, async (_c, _s, context) => context.sync(), "Combo")
    ).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(
      standIn.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.charts.add("Line", sheet.getRange("A1:C4"), "Diagonal" as Excel.ChartSeriesBy);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(standIn.workbook.charts()).toEqual([]);
  });

  it("refuses source data given as an address instead of a Range", async () => {
    // @types/office-js Excel.ChartCollection.add: "sourceData: The `Range` object corresponding to the source data."
    const standIn = standInWithData();
    await expect(
      standIn.Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Sheet1")
          .charts.add("Line", "A1:C4" as unknown as Excel.Range);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("gives a new chart Excel's default layout: a title and, with several series, a legend at the bottom", async () => {
    // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts (charts take Excel's default style);
    // Excel's default style titles a one-series chart with the series name and shows no legend for it.
    const standIn = standInWithData();
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"), "Columns");
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
      await context.sync();
    });
    const [two, one] = standIn.workbook.charts("Sheet1");
    expect(two).toMatchObject({
      title: { text: "Chart Title", visible: true },
      legend: { visible: true, position: "Bottom" },
    });
    expect(one).toMatchObject({
      name: "Chart 2",
      title: { text: "Reach", visible: true },
      legend: { visible: false },
    });
  });
});

describe("Excel stand-in: combo charts and axes", () => {
  it("makes a combo chart from a ColumnClustered chart whose second series is a Line on the secondary axis", async () => {
    // @types/office-js Excel.ChartSeries.chartType: "Represents the chart type of a series."
    // Excel.ChartSeries.axisGroup: "Specifies the group for the specified series."
    // Excel.ChartAxes.getItem: "Returns the specific axis identified by type and group."
    const standIn = standInWithData();
    const loaded = await withChart(standIn, async (chart, _sheet, context) => {
      const clicks = chart.series.getItemAt(1);
      clicks.chartType = "Line";
      clicks.axisGroup = "Secondary";
      const secondary = chart.axes.getItem("Value", "Secondary");
      secondary.numberFormat = "0%";
      secondary.title.text = "Clicks";
      secondary.load("type, axisGroup, numberFormat");
      const reach = chart.series.getItemAt(0);
      reach.load("chartType, axisGroup");
      clicks.load("chartType");
      await context.sync();
      const { type, axisGroup, numberFormat } = secondary;
      return {
        secondary: { type, axisGroup, numberFormat },
        reach: reach.toJSON(),
        clicks: clicks.chartType,
      };
    });
    expect(loaded.secondary).toEqual({ type: "Value", axisGroup: "Secondary", numberFormat: "0%" });
    expect(loaded.reach).toEqual({ chartType: "ColumnClustered", axisGroup: "Primary" });
    expect(loaded.clicks).toBe("Line");
    const chart = onlyChart(standIn);
    expect(chart.series[1]).toMatchObject({ chartType: "Line", axisGroup: "Secondary" });
    expect(chart.axes.secondaryValue).toMatchObject({
      numberFormat: "0%",
      title: "Clicks",
      titleVisible: true,
    });
  });

  it("shows the secondary value axis of a combo chart and hides its secondary category axis", async () => {
    // @types/office-js Excel.ChartAxis.visible: "Specifies if the axis is visible." Excel adds the secondary
    // vertical axis when a series moves to the secondary group; the secondary horizontal axis stays off.
    const standIn = standInWithData();
    const visible = await withChart(standIn, async (chart, _sheet, context) => {
      chart.series.getItemAt(1).axisGroup = "Secondary";
      const value = chart.axes.getItem("Value", "Secondary");
      const category = chart.axes.getItem("Category", "Secondary");
      value.load("visible");
      category.load("visible");
      await context.sync();
      return [value.visible, category.visible];
    });
    expect(visible).toEqual([true, false]);
  });

  it("has no secondary axis until a series is plotted on it", async () => {
    // office-js issue #449 (Microsoft): set a series' axisGroup to secondary, then get the axis with
    // Chart.axes.getItem("Value", "Secondary").
    const standIn = standInWithData();
    await expect(
      withChart(standIn, async (chart, _sheet, context) => {
        chart.axes.getItem("Value", "Secondary").load("numberFormat");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("has a series axis only on 3-D charts with depth", async () => {
    // @types/office-js Excel.ChartAxes.seriesAxis: "Represents the series axis of a 3-D chart."
    const standIn = standInWithData();
    await expect(
      withChart(standIn, async (chart, _sheet, context) => {
        chart.axes.seriesAxis.load("type");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    const type = await withChart(
      standIn,
      async (chart, _sheet, context) => {
        const axis = chart.axes.seriesAxis;
        axis.load("type");
        await context.sync();
        return axis.type;
      },
      "3DColumn"
    );
    expect(type).toBe("Series");
  });

  it("refuses an axis type or group outside their enums", async () => {
    // @types/office-js Excel.ChartAxes.getItem: "type: Specifies the axis type. See `Excel.ChartAxisType` for details.
    // group: Optional. Specifies the axis group. See `Excel.ChartAxisGroup` for details."
    const standIn = standInWithData();
    await expect(
      withChart(standIn, async (chart, _sheet, context) => {
        chart.axes.getItem("Depth" as Excel.ChartAxisType).load("type");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      withChart(standIn, async (chart, _sheet, context) => {
        chart.axes.getItem("Value", "Tertiary" as Excel.ChartAxisGroup).load("type");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("keeps axis titles, number formats and a fixed minimum and maximum, and reads an automatic scale as numbers", async () => {
    // @types/office-js Excel.ChartAxis.maximum: "Can be set to a numeric value or an empty string (for automatic
    // axis values). The returned value is always a number." numberFormat: "Specifies the format code for the axis tick label."
    const standIn = standInWithData();
    const read = await withChart(standIn, async (chart, _sheet, context) => {
      const value = chart.axes.valueAxis;
      value.load("minimum, maximum");
      await context.sync();
      const auto = { minimum: value.minimum as number, maximum: value.maximum as number };
      value.title.text = "People";
      value.title.format.font.bold = true;
      value.numberFormat = "#,##0";
      value.minimum = 5;
      value.maximum = 50;
      chart.axes.categoryAxis.title.text = "Month";
      value.load("minimum, maximum, numberFormat");
      await context.sync();
      const fixed = {
        minimum: value.minimum as unknown,
        maximum: value.maximum as unknown,
        numberFormat: value.numberFormat,
      };
      value.maximum = "";
      value.load("maximum");
      await context.sync();
      return { auto, fixed, reset: value.maximum as unknown };
    });
    expect(read.auto.minimum).toBe(0);
    expect(typeof read.auto.maximum).toBe("number");
    expect(read.auto.maximum).toBeGreaterThanOrEqual(30);
    expect(read.fixed).toEqual({ minimum: 5, maximum: 50, numberFormat: "#,##0" });
    expect(typeof read.reset).toBe("number");
    const chart = onlyChart(standIn);
    expect(chart.axes.value).toMatchObject({ title: "People", numberFormat: "#,##0" });
    expect(chart.axes.value.extra).toMatchObject({ title: { format: { font: { bold: true } } } });
    expect(chart.axes.category.title).toBe("Month");
  });

  it("refuses an unparseable axis number format, a minimum above the maximum and a scale on a category axis", async () => {
    // @types/office-js Excel.ChartAxis.minimum: "Represents the minimum value on the value axis."
    const standIn = standInWithData();
    for (const edit of [
      (chart: Excel.Chart) => void (chart.axes.valueAxis.numberFormat = '0.00"'),
      (chart: Excel.Chart) => void (chart.axes.valueAxis.numberFormat = "[Purple]0"),
      (chart: Excel.Chart) => {
        chart.axes.valueAxis.maximum = 10;
        chart.axes.valueAxis.minimum = 20;
      },
      (chart: Excel.Chart) => void (chart.axes.valueAxis.minimum = "low"),
      (chart: Excel.Chart) => void (chart.axes.categoryAxis.minimum = 1),
    ]) {
      await expect(edited(standIn, edit)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("accepts the number formats Excel parses: sections, colors, conditions, locales and literals", async () => {
    // @types/office-js Excel.ChartAxis.numberFormat: "Specifies the format code for the axis tick label."
    const standIn = standInWithData();
    const formats = [
      '#,##0;[Red]-#,##0;"–"',
      "[$-409]mmm yy",
      "0.0%",
      '0,"k"',
      "[>=1000]#,##0,\\k;0",
      "_(* #,##0_)",
      "@",
    ];
    const read = await withChart(standIn, async (chart, _sheet, context) => {
      const out: string[] = [];
      for (const format of formats) {
        chart.axes.valueAxis.numberFormat = format;
        out.push(format);
      }
      chart.axes.valueAxis.load("numberFormat");
      await context.sync();
      return [out.length, chart.axes.valueAxis.numberFormat];
    });
    expect(read).toEqual([formats.length, "@"]);
  });

  it("scales an axis over whole-column sources from the used cells only", async () => {
    // @types/office-js Excel.ChartAxis.maximum: "The returned value is always a number."
    const standIn = standInWithData();
    const maximum = await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("Line", sheet.getRange("A:C"), "Columns");
      chart.axes.valueAxis.load("maximum");
      await context.sync();
      return chart.axes.valueAxis.maximum as number;
    });
    expect(maximum).toBeGreaterThanOrEqual(30);
    expect(onlyChart(standIn).series[0]?.valuesAddress).toBe("Sheet1!$B$2:$B$1048576");
  });

  it("shows and formats the major gridlines of the value axis", async () => {
    // @types/office-js Excel.ChartGridlines.visible: "Specifies if the axis gridlines are visible."
    const standIn = standInWithData();
    const visible = await withChart(standIn, async (chart, _sheet, context) => {
      const major = chart.axes.valueAxis.majorGridlines;
      major.load("visible");
      await context.sync();
      const before = major.visible;
      major.visible = false;
      chart.axes.valueAxis.majorGridlines.format.line.color = "#D9D9D9";
      major.load("visible");
      await context.sync();
      return [before, major.visible];
    });
    expect(visible).toEqual([true, false]);
  });
});

describe("Excel stand-in: chart axes by type and group", () => {
  it("gets the primary axis when getItem has no group, and the chart's worksheet", async () => {
    // @types/office-js Excel.ChartAxes.getItem: "group: Optional. Specifies the axis group." Excel.Chart.worksheet:
    // "The worksheet containing the current chart."
    const standIn = standInWithData();
    const read = await withChart(standIn, async (chart, _sheet, context) => {
      const category = chart.axes.getItem("Category");
      category.visible = false;
      category.load("type, axisGroup, visible");
      chart.worksheet.load("name");
      await context.sync();
      return [category.type, category.axisGroup, category.visible, chart.worksheet.name];
    });
    expect(read).toEqual(["Category", "Primary", false, "Sheet1"]);
    expect(onlyChart(standIn).axes.category.extra).toMatchObject({ visible: false });
  });

  it("sets category names on the category axis from a Range", async () => {
    // @types/office-js Excel.ChartAxis.setCategoryNames: "Sets all the category names for the specified axis.
    // sourceData: The `Range` object corresponding to the source data."
    const standIn = standInWithData();
    await withChart(standIn, async (chart, sheet, context) => {
      chart.axes.categoryAxis.setCategoryNames(sheet.getRange("C2:C4"));
      await context.sync();
    });
    expect(onlyChart(standIn).series.map((s) => s.xValuesAddress)).toEqual([
      "Sheet1!$C$2:$C$4",
      "Sheet1!$C$2:$C$4",
    ]);
    await expect(
      edited(standIn, (chart) =>
        chart.axes.valueAxis.setCategoryNames(chart.worksheet.getRange("A2:A4"))
      )
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("lists the chart with its title and series in the rendered workbook", async () => {
    // The renderer shows what production code built; a chart appears with its title and series.
    const standIn = standInWithData();
    await withChart(standIn, async (chart, _sheet, context) => {
      chart.title.text = "Reach by month";
      await context.sync();
    });
    const html = renderWorkbookHtml(standIn);
    expect(html).toContain("Reach by month");
    expect(html).toContain("Clicks: Sheet1!$C$2:$C$4");
  });
});

describe("Excel stand-in: chart series", () => {
  it("sets values and x-axis values from single-row or single-column ranges", async () => {
    // @types/office-js Excel.ChartSeries.setValues: "sourceData: The `Range` object corresponding to the source data."
    const standIn = standInWithData();
    await withChart(standIn, async (chart, sheet, context) => {
      const series = chart.series.add("Extra");
      series.setValues(sheet.getRange("C2:C4"));
      series.setXAxisValues(sheet.getRange("A2:A4"));
      await context.sync();
    });
    expect(onlyChart(standIn).series[2]).toMatchObject({
      name: "Extra",
      valuesAddress: "Sheet1!$C$2:$C$4",
      xValuesAddress: "Sheet1!$A$2:$A$4",
    });
  });

  it("refuses series values from a range of several rows and columns, or from an address", async () => {
    // @types/office-js Excel.ChartSeries.setValues: "Sets the values for a chart series." A series is one row or column.
    const standIn = standInWithData();
    await expect(
      withChart(standIn, async (chart, sheet, context) => {
        chart.series.getItemAt(0).setValues(sheet.getRange("B2:C4"));
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      withChart(standIn, async (chart, _sheet, context) => {
        chart.series.getItemAt(0).setXAxisValues("A2:A4" as unknown as Excel.Range);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("renames, adds at an index, counts and deletes series", async () => {
    // @types/office-js Excel.ChartSeriesCollection.add: "index: Optional. Index value of the series to be added.
    // Zero-indexed." Excel.ChartSeries.delete: "Deletes the chart series."
    const standIn = standInWithData();
    const counts = await withChart(standIn, async (chart, _sheet, context) => {
      chart.series.getItemAt(0).name = "People reached";
      chart.series.add("First", 0);
      const before = chart.series.getCount();
      chart.series.getItemAt(2).delete();
      chart.series.load("count");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
      return [before.value, chart.series.count];
    });
    expect(counts).toEqual([3, 2]);
    expect(onlyChart(standIn).series.map((s) => s.name)).toEqual(["First", "People reached"]);
  });

  it("refuses a series name over 255 characters, an index outside the collection and a missing series", async () => {
    // @types/office-js Excel.ChartSeries.name: "The name's length should not be greater than 255 characters."
    const standIn = standInWithData();
    for (const edit of [
      (chart: Excel.Chart) => void (chart.series.getItemAt(0).name = "x".repeat(256)),
      (chart: Excel.Chart) => void chart.series.add("Late", 5),
      (chart: Excel.Chart) =>
        void (chart.series.getItemAt(0).axisGroup = "Tertiary" as Excel.ChartAxisGroup),
    ]) {
      await expect(edited(standIn, edit)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    await expect(
      withChart(standIn, async (chart, _sheet, context) => {
        chart.series.getItemAt(7).load("name");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("checks marker size, gap width and overlap against their documented ranges and chart types", async () => {
    // @types/office-js Excel.ChartSeries.markerSize: "The supported size range is 2 to 72. This method returns an
    // InvalidArgument error if it's set with a size outside of the supported range." gapWidth: "Only valid on bar and
    // column charts … Throws an invalid argument exception on invalid charts." overlap: "a value between -100 and 100".
    const standIn = standInWithData();
    await withChart(standIn, async (chart, _sheet, context) => {
      chart.series.getItemAt(0).gapWidth = 50;
      chart.series.getItemAt(0).overlap = -20;
      chart.series.getItemAt(1).chartType = "LineMarkers";
      chart.series.getItemAt(1).markerSize = 8;
      chart.series.getItemAt(1).markerStyle = "Circle";
      await context.sync();
    });
    for (const edit of [
      (chart: Excel.Chart) => void (chart.series.getItemAt(0).markerSize = 1),
      (chart: Excel.Chart) => void (chart.series.getItemAt(0).overlap = 101),
      (chart: Excel.Chart) => {
        chart.series.getItemAt(1).chartType = "Line";
        chart.series.getItemAt(1).gapWidth = 50;
      },
      (chart: Excel.Chart) =>
        void (chart.series.getItemAt(0).markerStyle = "Heart" as Excel.ChartMarkerStyle),
    ]) {
      await expect(edited(standIn, edit)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("refuses to combine a 3-D chart type with another type", async () => {
    // @types/office-js Excel.ChartSeries.chartType: "Represents the chart type of a series." Excel's message for
    // such a combination: "Some chart types cannot be combined with other chart types."
    const standIn = standInWithData();
    await expect(
      withChart(standIn, async (chart, _sheet, context) => {
        chart.series.getItemAt(1).chartType = "3DColumn";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("formats a series line with a color, a weight and a line style", async () => {
    // @types/office-js Excel.ChartLineFormat.color: "HTML color code representing the color of lines in the chart."
    // lineStyle: "Represents the line style. See `Excel.ChartLineStyle` for details." weight: "Represents weight of the line, in points."
    const standIn = standInWithData();
    const line = await withChart(standIn, async (chart, _sheet, context) => {
      const clicks = chart.series.getItemAt(1);
      clicks.chartType = "Line";
      clicks.format.line.color = "orange";
      clicks.format.line.weight = 2.25;
      clicks.format.line.lineStyle = "Dash";
      clicks.format.fill.setSolidColor("#4472C4");
      clicks.format.line.load("color, weight, lineStyle");
      await context.sync();
      return clicks.format.line.toJSON();
    });
    expect(line).toEqual({ color: "#FFA500", weight: 2.25, lineStyle: "Dash" });
    expect(onlyChart(standIn).series[1]?.extra).toMatchObject({
      format: {
        line: { color: "#FFA500", weight: 2.25, lineStyle: "Dash" },
        fill: { solidColor: "#4472C4" },
      },
    });
    for (const edit of [
      (chart: Excel.Chart) =>
        void (chart.series.getItemAt(0).format.line.lineStyle = "Wavy" as Excel.ChartLineStyle),
      (chart: Excel.Chart) => void (chart.series.getItemAt(0).format.line.weight = -1),
      (chart: Excel.Chart) => void (chart.series.getItemAt(0).format.line.color = "blurple"),
    ]) {
      await expect(edited(standIn, edit)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("reads a series' values and categories as the cells display them", async () => {
    // @types/office-js Excel.ChartSeries.getDimensionValues: "Gets the values from a single dimension of the chart series."
    const standIn = standInWithData();
    const dims = await withChart(standIn, async (chart, _sheet, context) => {
      const values = chart.series.getItemAt(0).getDimensionValues("Values");
      const categories = chart.series.getItemAt(0).getDimensionValues("Categories");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
      return [values.value, categories.value];
    });
    expect(dims).toEqual([
      ["10", "20", "30"],
      ["Jan", "Feb", "Mar"],
    ]);
  });
});

describe("Excel stand-in: chart title, legend and data labels", () => {
  it("keeps the title text and its font and fill, with named HTML colors", async () => {
    // @types/office-js Excel.ChartTitle.text: "Specifies the chart's title text." Excel.ChartFill.setSolidColor: "color: HTML
    // color code representing the color of the background, in the form #RRGGBB (e.g., "FFA500") or as a named HTML color (e.g., "orange")."
    const standIn = standInWithData();
    const read = await withChart(standIn, async (chart, _sheet, context) => {
      chart.title.text = "Reach by month";
      chart.title.format.font.size = 16;
      chart.title.format.font.color = "navy";
      chart.title.format.fill.setSolidColor("orange");
      chart.title.load("text, visible");
      chart.title.format.font.load("size, color, bold");
      await context.sync();
      return {
        title: { text: chart.title.text, visible: chart.title.visible },
        font: {
          size: chart.title.format.font.size,
          color: chart.title.format.font.color,
          bold: chart.title.format.font.bold,
        },
      };
    });
    expect(read).toEqual({
      title: { text: "Reach by month", visible: true },
      font: { size: 16, color: "#000080", bold: false },
    });
    expect(onlyChart(standIn).extra).toMatchObject({
      title: { format: { fill: { solidColor: "#FFA500" } } },
    });
    expect(onlyChart(standIn).title.text).toBe("Reach by month");
  });

  it("refuses a font size of zero, an unknown color and an unknown underline", async () => {
    // @types/office-js Excel.ChartFont.size: "Size of the font (e.g., 11)"; underline: "See `Excel.ChartUnderlineStyle`".
    const standIn = standInWithData();
    for (const edit of [
      (chart: Excel.Chart) => void (chart.title.format.font.size = 0),
      (chart: Excel.Chart) => void (chart.title.format.font.color = "#12345"),
      (chart: Excel.Chart) =>
        void (chart.title.format.font.underline = "Double" as Excel.ChartUnderlineStyle),
      (chart: Excel.Chart) => chart.title.format.fill.setSolidColor("sunset"),
    ]) {
      await expect(edited(standIn, edit)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("sets the legend position from Excel.ChartLegendPosition and refuses others", async () => {
    // @types/office-js Excel.ChartLegend.position: "Specifies the position of the legend on the chart. See `Excel.ChartLegendPosition`".
    const standIn = standInWithData();
    await withChart(standIn, async (chart, _sheet, context) => {
      chart.legend.position = "Right";
      chart.legend.format.font.italic = true;
      await context.sync();
    });
    expect(onlyChart(standIn).legend).toEqual({ visible: true, position: "Right" });
    await expect(
      withChart(standIn, async (chart, _sheet, context) => {
        chart.legend.position = "Middle" as Excel.ChartLegendPosition;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("shows chart and series data labels with a position, a number format and a font", async () => {
    // @types/office-js Excel.ChartDataLabels.showValue: "Specifies if the data label value is visible." position: "Value
    // that represents the position of the data label." numberFormat: "Specifies the format code for data labels."
    const standIn = standInWithData();
    const read = await withChart(standIn, async (chart, _sheet, context) => {
      chart.dataLabels.showValue = true;
      chart.dataLabels.position = "OutsideEnd";
      chart.dataLabels.format.font.size = 8;
      const labels = chart.series.getItemAt(1).dataLabels;
      const clicks = chart.series.getItemAt(1);
      labels.numberFormat = "0.0";
      labels.showSeriesName = true;
      clicks.load("hasDataLabels");
      labels.load("showSeriesName, numberFormat, linkNumberFormat");
      chart.dataLabels.load("showValue, position, showPercentage");
      await context.sync();
      return {
        chart: {
          showValue: chart.dataLabels.showValue,
          position: chart.dataLabels.position,
          showPercentage: chart.dataLabels.showPercentage,
        },
        series: {
          showSeriesName: labels.showSeriesName,
          numberFormat: labels.numberFormat,
          linkNumberFormat: labels.linkNumberFormat,
        },
        has: clicks.hasDataLabels,
      };
    });
    expect(read).toEqual({
      chart: { showValue: true, position: "OutsideEnd", showPercentage: false },
      series: { showSeriesName: true, numberFormat: "0.0", linkNumberFormat: false },
      has: true,
    });
    expect(onlyChart(standIn).extra).toMatchObject({
      dataLabels: { showValue: true, format: { font: { size: 8 } } },
    });
  });

  it("refuses a data label position the chart type does not offer, or outside the enum", async () => {
    // @types/office-js Excel.ChartDataLabels.position: "See `Excel.ChartDataLabelPosition` for details." BestFit is a
    // pie position in Excel's Format Data Labels pane; a clustered column offers Center, InsideEnd, InsideBase, OutsideEnd.
    const standIn = standInWithData();
    for (const position of ["BestFit", "Above", "Invalid"]) {
      const edit = (chart: Excel.Chart): void => {
        chart.dataLabels.position = position as Excel.ChartDataLabelPosition;
      };
      await expect(edited(standIn, edit)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    await withChart(
      standIn,
      async (chart, _sheet, context) => {
        chart.dataLabels.position = "BestFit";
        chart.dataLabels.showPercentage = true;
        await context.sync();
      },
      "Pie"
    );
  });

  it("refuses an unparseable data label number format", async () => {
    // @types/office-js Excel.ChartDataLabels.numberFormat: "Specifies the format code for data labels."
    const standIn = standInWithData();
    await expect(
      withChart(standIn, async (chart, _sheet, context) => {
        chart.dataLabels.numberFormat = "0;0;0;0;0";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("Excel stand-in: chart points", () => {
  it("has one point per value, each with its value and its own fill", async () => {
    // @types/office-js Excel.ChartPointsCollection.count: "Returns the number of chart points in the series."
    // Excel.ChartPoint.value: "Returns the value of a chart point." Excel.ChartPointFormat.fill: "Represents the fill
    // format of a chart, which includes background formatting information."
    const standIn = standInWithData();
    const read = await withChart(
      standIn,
      async (chart, _sheet, context) => {
        const points = chart.series.getItemAt(0).points;
        points.getItemAt(1).format.fill.setSolidColor("indigo");
        points.getItemAt(2).markerSize = 10;
        points.load("count, items/value");
        await context.sync();
        return [points.count, points.items.map((p) => p.value as unknown)];
      },
      "Pie"
    );
    expect(read).toEqual([3, [10, 20, 30]]);
    expect(onlyChart(standIn).series[0]?.extra).toMatchObject({
      points: { "1": { format: { fill: { solidColor: "#4B0082" } } }, "2": { markerSize: 10 } },
    });
  });

  it("refuses a point past the last value and a marker size outside 2 to 72", async () => {
    // @types/office-js Excel.ChartPoint.markerSize: "The supported size range is 2 to 72. This method returns an
    // InvalidArgument error if it's set with a size outside of the supported range."
    const standIn = standInWithData();
    await expect(
      edited(standIn, (chart) => chart.series.getItemAt(0).points.getItemAt(3).load("value"))
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(
      edited(
        standIn,
        (chart) => void (chart.series.getItemAt(0).points.getItemAt(0).markerSize = 73)
      )
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("Excel stand-in: chart references", () => {
  it("follows a renamed data sheet, and loses a deleted one to #REF!", async () => {
    // @types/office-js Excel.ChartSeries.getDimensionValues: "Gets the values from a single dimension of the chart
    // series." A series refers to its cells as a formula does, so renaming or deleting the sheet rewrites it.
    const standIn = standInWithData();
    const read = await standIn.Excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Sheet1");
      const chart = context.workbook.worksheets
        .getItem("Other")
        .charts.add("Line", data.getRange("A1:C4"), "Columns");
      data.name = "My data";
      const renamed = chart.series.getItemAt(0).getDimensionValues("Values");
      await context.sync();
      data.delete();
      const deleted = chart.series.getItemAt(0).getDimensionValues("Values");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
      return [renamed.value, deleted.value];
    });
    expect(read).toEqual([["10", "20", "30"], []]);
    const [chart] = standIn.workbook.charts("Other");
    expect(chart?.series[1]?.valuesAddress).toBe("#REF!$C$2:$C$4");
  });
});

describe("Excel stand-in: chart position and lifetime", () => {
  it("positions a chart by cells: top and left from the start cell, width and height to cover the end cell", async () => {
    // @types/office-js Excel.Chart.setPosition: "startCell: The start cell. This is where the chart will be moved to …
    // endCell: Optional. The end cell. If specified, the chart's width and height will be set to fully cover up this cell/range."
    const standIn = standInWithData();
    const box = await withChart(standIn, async (chart, sheet, context) => {
      sheet.getRange("E:E").format.columnWidth = 100;
      chart.setPosition("E2", sheet.getRange("G11"));
      chart.load("top, left, width, height");
      await context.sync();
      const box = (): object => ({
        top: chart.top,
        left: chart.left,
        width: chart.width,
        height: chart.height,
      });
      const first = box();
      chart.setPosition("B3");
      chart.load("top, left, width, height");
      await context.sync();
      return [first, box()];
    });
    // Columns are 48 points wide and rows 15 points high unless changed.
    expect(box[0]).toEqual({ top: 15, left: 4 * 48, width: 100 + 2 * 48, height: 10 * 15 });
    expect(box[1]).toEqual({ top: 30, left: 48, width: 196, height: 150 });
    expect(onlyChart(standIn).position).toEqual({ start: "Sheet1!B3", end: undefined });
  });

  it("refuses a position outside the grid, on another worksheet, or a negative size", async () => {
    // @types/office-js Excel.Chart.setPosition: "Positions the chart relative to cells on the worksheet."
    const standIn = standInWithData();
    for (const edit of [
      (chart: Excel.Chart) => chart.setPosition("A0"),
      (chart: Excel.Chart) => chart.setPosition("E2", "Other!H20"),
      (chart: Excel.Chart) => void (chart.width = -5),
    ]) {
      await expect(edited(standIn, edit)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("finds charts by name, position and count, and renames them", async () => {
    // @types/office-js Excel.ChartCollection.getItem: "Gets a chart using its name." getItemAt: "Gets a chart based on its
    // position in the collection." getItemOrNullObject: "If the chart doesn't exist, then this method returns an object
    // with its `isNullObject` property set to `true`."
    const standIn = standInWithData();
    const read = await withChart(standIn, async (chart, sheet, context) => {
      chart.name = "Reach";
      await context.sync();
      const byName = sheet.charts.getItem("Reach");
      const byIndex = sheet.charts.getItemAt(0);
      const missing = sheet.charts.getItemOrNullObject("Nope");
      const count = sheet.charts.getCount();
      byName.load("id, name");
      byIndex.load("name");
      sheet.charts.load("count, items/name");
      await context.sync();
      return {
        id: byName.id,
        name: byIndex.name,
        missing: missing.isNullObject,
        // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
        count: count.value,
        loaded: sheet.charts.count,
        names: sheet.charts.items.map((c) => c.name),
      };
    });
    expect(read).toEqual({
      id: onlyChart(standIn).id,
      name: "Reach",
      missing: true,
      count: 1,
      loaded: 1,
      names: ["Reach"],
    });
    await expect(
      standIn.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").charts.getItem("Nope").load("name");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("deletes a chart, after which the proxy answers ItemNotFound", async () => {
    // @types/office-js Excel.Chart.delete: "Deletes the chart object."
    const standIn = standInWithData();
    await expect(
      withChart(standIn, async (chart, sheet, context) => {
        chart.load("name");
        await context.sync();
        chart.delete();
        const gone = sheet.charts.getItemOrNullObject(chart.name);
        await context.sync();
        expect(gone.isNullObject).toBe(true);
        expect(standIn.workbook.charts()).toEqual([]);
        chart.title.text = "Too late";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("resets the series from new source data with setData", async () => {
    // @types/office-js Excel.Chart.setData: "Resets the source data for the chart."
    const standIn = standInWithData();
    await withChart(standIn, async (chart, sheet, context) => {
      chart.setData(sheet.getRange("A1:B4"), "Columns");
      await context.sync();
    });
    expect(onlyChart(standIn)).toMatchObject({ sourceAddress: "Sheet1!A1:B4" });
    expect(onlyChart(standIn).series.map((s) => s.name)).toEqual(["Reach"]);
  });

  it("turns every series to the chart's type when the chart type is set", async () => {
    // @types/office-js Excel.Chart.chartType: "Specifies the type of the chart."
    const standIn = standInWithData();
    await withChart(standIn, async (chart, _sheet, context) => {
      chart.series.getItemAt(1).chartType = "Line";
      chart.chartType = "BarClustered";
      await context.sync();
    });
    expect(onlyChart(standIn).series.map((s) => s.chartType)).toEqual([undefined, undefined]);
    expect(onlyChart(standIn).chartType).toBe("BarClustered");
  });

  it("answers NotImplemented for chart members the stand-in does not model", async () => {
    // The rule: any member the host does not implement answers Excel's NotImplemented, never a silent no-op.
    const standIn = standInWithData();
    await expect(
      withChart(standIn, async (chart, _sheet, context) => {
        chart.getImage();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "NotImplemented" });
    await expect(
      withChart(standIn, async (chart, _sheet, context) => {
        chart.series.getItemAt(0).trendlines.load("count");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "NotImplemented" });
  });
});
