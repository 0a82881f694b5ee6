import { renderChartSvg, SERIES_PALETTE } from "./chartSvg";
import type { ExcelStandIn } from "./index";
import { createExcelStandIn, renderWorkbookHtml } from "./index";

const DATA = [
  ["Month", "Reach", "Clicks"],
  ["Jan", 10, 1],
  ["Feb", 20, 2],
  ["Mar", 40, 4],
];

function standInWithData(): ExcelStandIn {
  const standIn = createExcelStandIn();
  standIn.arrange.setValues("Sheet1", "A1:C4", DATA);
  return standIn;
}

/** Adds a chart over A1:C4 with production code's calls, edits it, and gives back its SVG. */
async function drawn(
  type: string,
  edit: (chart: Excel.Chart) => void = () => undefined,
  standIn = standInWithData()
): Promise<string> {
  await standIn.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const chart = sheet.charts.add(type as Excel.ChartType, sheet.getRange("A1:C4"), "Columns");
    edit(chart);
    await context.sync();
  });
  const sheet = standIn.model.liveSheets()[0];
  const chart = sheet?.charts[0];
  if (!sheet || !chart) throw new Error("no chart");
  return renderChartSvg(sheet, chart);
}

const attributes = (svg: string, tag: string, name: string): number[] =>
  [...svg.matchAll(new RegExp(`<${tag}[^>]*\\s${name}="([-\\d.]+)"`, "g"))].map((m) =>
    Number(m[1])
  );

/** The plotted shapes of one series, found by its data-series group. */
const seriesGroup = (svg: string, name: string): string =>
  new RegExp(`<g class="series" data-series="${name}">(.*?)</g>`).exec(svg)?.[1] ?? "";

describe("the chart drawing", () => {
  it("draws a clustered column chart with one column per point, heights proportional to the values", async () => {
    const svg = await drawn("ColumnClustered");
    const reach = seriesGroup(svg, "Reach");
    const heights = attributes(reach, "rect", "height");
    expect(heights).toHaveLength(3);
    expect(heights[1]! / heights[0]!).toBeCloseTo(2, 1);
    expect(heights[2]! / heights[0]!).toBeCloseTo(4, 1);
    expect(reach).toContain(`fill="${SERIES_PALETTE[0]}"`);
    expect(seriesGroup(svg, "Clicks")).toContain(`fill="${SERIES_PALETTE[1]}"`);
  });

  it("labels the categories from the source's first column and the legend with the series names", async () => {
    const svg = await drawn("ColumnClustered");
    for (const label of ["Jan", "Feb", "Mar", "Reach", "Clicks"])
      expect(svg).toContain(`>${label}<`);
    expect(svg).toContain('role="img"');
  });

  it("shows the title production code set and leaves out a hidden one", async () => {
    const titled = await drawn("ColumnClustered", (chart) => {
      chart.title.text = "Reach & clicks <monthly>";
    });
    expect(titled).toContain(">Reach &amp; clicks &lt;monthly&gt;<");
    expect(titled).toContain('aria-label="Reach &amp; clicks &lt;monthly&gt;"');
    const untitled = await drawn("ColumnClustered", (chart) => {
      chart.title.text = "Hidden title";
      chart.title.visible = false;
    });
    expect(untitled).not.toContain(">Hidden title<");
  });

  it("uses the colour production code gave a series", async () => {
    const svg = await drawn("ColumnClustered", (chart) => {
      chart.series.getItemAt(0).format.fill.setSolidColor("#123456");
    });
    expect(seriesGroup(svg, "Reach")).toContain('fill="#123456"');
  });

  it("stacks the columns of a stacked chart on one another", async () => {
    const svg = await drawn("ColumnStacked");
    const reachY = attributes(seriesGroup(svg, "Reach"), "rect", "y");
    const clicks = seriesGroup(svg, "Clicks");
    const clicksY = attributes(clicks, "rect", "y");
    const clicksHeight = attributes(clicks, "rect", "height");
    // Each Clicks column ends where the Reach column below it starts.
    clicksY.forEach((y, i) => expect(y + clicksHeight[i]!).toBeCloseTo(reachY[i]!, 0));
  });

  it("draws a bar chart horizontally: lengths, not heights, follow the values", async () => {
    const svg = await drawn("BarClustered");
    const widths = attributes(seriesGroup(svg, "Reach"), "rect", "width");
    expect(widths[2]! / widths[0]!).toBeCloseTo(4, 1);
    const heights = attributes(seriesGroup(svg, "Reach"), "rect", "height");
    expect(new Set(heights).size).toBe(1);
  });

  it("draws a line chart as a polyline through every point, with markers only for a markers type", async () => {
    const plain = await drawn("Line");
    const reach = seriesGroup(plain, "Reach");
    const points = /<polyline points="([^"]+)"/.exec(reach)?.[1]?.split(" ") ?? [];
    expect(points).toHaveLength(3);
    const ys = points.map((p) => Number(p.split(",")[1]));
    expect(ys[0]!).toBeGreaterThan(ys[1]!);
    expect(ys[1]!).toBeGreaterThan(ys[2]!);
    expect(reach).not.toContain("<circle");
    expect(seriesGroup(await drawn("LineMarkers"), "Reach").match(/<circle/g)).toHaveLength(3);
  });

  it("draws a pie of the first series, one slice per category, with the categories in the legend", async () => {
    const svg = await drawn("Pie");
    const slices = seriesGroup(svg, "Reach").match(/<path /g) ?? [];
    expect(slices).toHaveLength(3);
    expect(svg).not.toContain('data-series="Clicks"');
    expect(svg).toContain("<title>Mar: 40</title>");
    expect(svg).toMatch(/class="legend">.*>Jan<.*>Feb<.*>Mar</);
  });

  it("draws a doughnut with a hole: each slice has an outer and an inner arc", async () => {
    const svg = await drawn("Doughnut");
    const slices = seriesGroup(svg, "Reach").match(/d="[^"]+"/g) ?? [];
    expect(slices).toHaveLength(3);
    for (const d of slices) expect(d.match(/A/g)).toHaveLength(2);
  });

  it("plots a combo chart's secondary series against its own axis, labelled on the right", async () => {
    const standIn = standInWithData();
    standIn.arrange.setValues("Sheet1", "C2:C4", [[0.1], [0.2], [0.4]]);
    standIn.arrange.setNumberFormat("Sheet1", "C2:C4", "0%");
    const svg = await drawn(
      "ColumnClustered",
      (chart) => {
        const rate = chart.series.getItemAt(1);
        rate.chartType = "Line";
        rate.axisGroup = "Secondary";
        chart.axes.getItem("Value", "Secondary").numberFormat = "0%";
      },
      standIn
    );
    // The highest rate reaches as high as the highest reach: each fills its own axis.
    const columnTops = attributes(seriesGroup(svg, "Reach"), "rect", "y");
    const line = /<polyline points="([^"]+)"/.exec(seriesGroup(svg, "Clicks"))?.[1] ?? "";
    const lastY = Number(line.split(" ")[2]?.split(",")[1]);
    expect(lastY).toBeCloseTo(columnTops[2]!, 0);
    expect(svg).toMatch(/text-anchor="start">40%</);
    expect(svg).toMatch(/text-anchor="end">40</);
  });

  it("labels a value axis in its source cells' number format until it is given its own", async () => {
    const rates = (): ExcelStandIn => {
      const standIn = standInWithData();
      standIn.arrange.setValues("Sheet1", "B2:C4", [
        [0.1, 0.05],
        [0.2, 0.1],
        [0.4, 0.2],
      ]);
      standIn.arrange.setNumberFormat("Sheet1", "B2:C4", "0%");
      return standIn;
    };
    const linked = await drawn("Line", () => undefined, rates());
    expect(linked).toMatch(/text-anchor="end">40%</);
    const own = await drawn(
      "Line",
      (chart) => {
        chart.axes.valueAxis.numberFormat = "0.00";
      },
      rates()
    );
    expect(own).toMatch(/text-anchor="end">0.40</);
    expect(own).not.toMatch(/text-anchor="end">40%</);
  });

  it("writes data labels as the cells display their values", async () => {
    const standIn = standInWithData();
    standIn.arrange.setNumberFormat("Sheet1", "B2:B4", "#,##0.00");
    const svg = await drawn(
      "ColumnClustered",
      (chart) => {
        chart.dataLabels.showValue = true;
      },
      standIn
    );
    expect(seriesGroup(svg, "Reach")).toContain(">40.00<");
  });

  it("says which chart types it does not draw instead of drawing them wrong", async () => {
    const svg = await drawn("Treemap");
    expect(svg).toContain("Treemap chart (not drawn in the preview)");
    expect(svg).not.toContain('class="series"');
  });

  it("draws each chart of a sheet over its cells in the rendered workbook", async () => {
    const standIn = standInWithData();
    await drawn(
      "ColumnClustered",
      (chart) => {
        chart.setPosition("E2", "J12");
      },
      standIn
    );
    const html = renderWorkbookHtml(standIn);
    expect(html).toMatch(/<div class="chart-frame" style="left:[\d.]+px;top:[\d.]+px"><svg /);
    // The grid reaches as far as the chart (column J), though the cells end at column C.
    expect(html).toContain('<th scope="col">J</th>');
  });
});
