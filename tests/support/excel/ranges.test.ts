// Range members as Excel documents them; each test names its source.
import { createExcelStandIn } from "./index";
import { failure } from "./rejection";

describe("Excel stand-in: ranges", () => {
  it("refuses values = null for a whole range", async () => {
    // docs: learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values —
    // "null input … is not valid for a single value or for the whole property".
    const standIn = createExcelStandIn();
    const error = await failure(standIn, (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values =
        null as unknown as string[][];
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("leaves a cell unchanged where the 2-D array holds null", async () => {
    // docs: excel-add-ins-blank-null-values — "null … in a 2-D array … the cell is left unchanged".
    const standIn = createExcelStandIn();
    standIn.arrange.setValues("Sheet1", "A1:B1", [["keep", "old"]]);
    await standIn.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, "new"]];
      await context.sync();
    });
    expect(standIn.workbook.values("Sheet1", "A1:B1")).toEqual([["keep", "new"]]);
  });

  it("refuses a cell outside the grid", async () => {
    // @types/office-js Excel.Worksheet.getCell: "row - The row number of the cell to be retrieved.
    // Zero-indexed." — Excel's grid has 1,048,576 rows (Excel specifications and limits).
    const standIn = createExcelStandIn();
    const error = await failure(standIn, (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getCell(2_000_000, 0);
      cell.load("address");
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("accepts HTML color names and refuses anything else", async () => {
    // @types/office-js Excel.RangeFill.color: "HTML color code representing the color of the
    // background, in the form #RRGGBB (e.g. "FFA500"), or as a named HTML color (e.g. "orange")".
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.format.fill.color = "orange";
      range.format.font.color = "DarkSlateGray";
      await context.sync();
    });
    expect(standIn.workbook.sheet("Sheet1").format("A1")).toMatchObject({
      fillColor: "#FFA500",
      fontColor: "#2F4F4F",
    });
    const error = await failure(standIn, (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "blueish";
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("reads the selection and the active cell of the workbook", async () => {
    // @types/office-js Excel.Workbook.getSelectedRange: "Gets the currently selected single range
    // from the workbook"; getActiveCell: "Gets the currently active cell from the workbook."
    const standIn = createExcelStandIn({ sheets: ["Data", "KPI"] });
    const [selection, active] = await standIn.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("KPI").getRange("B2:C4").select();
      await context.sync();
      const selected = context.workbook.getSelectedRange();
      const cell = context.workbook.getActiveCell();
      selected.load("address");
      cell.load("address");
      await context.sync();
      return [selected.address, cell.address];
    });
    expect([selection, active]).toEqual(["KPI!B2:C4", "KPI!B2"]);
  });

  it("measures requests on the body Microsoft's client serialises", async () => {
    const standIn = createExcelStandIn();
    const text = "é".repeat(1000);
    await standIn.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[text]];
      await context.sync();
    });
    // 1,000 "é" weigh 2,000 bytes in UTF-8, plus the request's envelope.
    const [request] = standIn.stats.requests;
    expect(request?.bytes).toBeGreaterThan(2000);
    expect(request?.bytes).toBeLessThan(3000);
  });
});
