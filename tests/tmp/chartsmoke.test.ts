import { createExcelStandIn } from "../support/excel";
test("chart smoke", async () => {
  const s = createExcelStandIn();
  s.arrange.setValues("Sheet1", "A1:C3", [["Month", "Reach", "Clicks"], ["Jan", 10, 1], ["Feb", 20, 2]]);
  const out = await s.Excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C3"), "Columns");
    chart.title.text = "Reach";
    chart.title.format.font.bold = true;
    chart.series.getItemAt(1).chartType = "Line";
    chart.series.getItemAt(1).axisGroup = "Secondary";
    chart.axes.getItem("Value", "Secondary").numberFormat = "0%";
    chart.setPosition("E2", "L20");
    chart.load();
    chart.series.load("items/name");
    await ctx.sync();
    const charts = sheet.charts; charts.load("items/name");
    await ctx.sync();
    return [chart.toJSON(), chart.series.items.map((x) => x.name), charts.items.map((c) => c.name)];
  });
  console.log(JSON.stringify(out), JSON.stringify(s.workbook.charts()));
});
