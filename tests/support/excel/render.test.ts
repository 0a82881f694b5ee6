import { createExcelStandIn, renderWorkbookHtml } from "./index";

describe("Excel stand-in: the workbook's HTML picture", () => {
  it("sizes the grid to its columns, so a long text cannot widen its column and move the charts off their cells", async () => {
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [["A heading far longer than its column is wide", 1]];
      sheet.getRange("A:A").format.columnWidth = 60;
      sheet.getRange("B:B").format.columnWidth = 90;
      await context.sync();
    });
    const html = renderWorkbookHtml(standIn);
    const columns = [...html.matchAll(/<col style="width:([\d.]+)px">/g)].map((m) => Number(m[1]));
    const table = /<table class="grid[^"]*" style="width:([\d.]+)px"/.exec(html);
    // 60 and 90 points at 96 dpi, after the row headers' column.
    expect(columns.slice(1, 3)).toEqual([80, 120]);
    expect(Number(table?.[1])).toBeCloseTo(
      columns.reduce((sum, width) => sum + width, 0),
      0
    );
  });

  it("lets a text run over the empty cells to its right, as Excel does, up to the next value", async () => {
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:D2").values = [
        ["A title longer than one column", "", "", "next"],
        ["Beside a value", 5, "", ""],
      ];
      sheet.getRange("A:D").format.columnWidth = 60;
      await context.sync();
    });
    const html = renderWorkbookHtml(standIn);
    // Three columns of 60 points (80 px each) less the cell's 3 px padding on each side.
    expect(html).toContain(
      '<span class="spill" style="width:234.0px">A title longer than one column</span>'
    );
    expect(html).not.toMatch(/<span class="spill"[^>]*>Beside a value/);
    expect(html).not.toMatch(/<span class="spill"[^>]*>5</);
  });
});
