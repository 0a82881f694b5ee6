// The selection as tests arrange and inspect it; each test names its source.
import { createExcelStandIn } from "./index";

describe("Excel stand-in: selection", () => {
  it("starts with A1 of the first sheet selected", () => {
    // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-get — getSelectedRange "Gets
    // the currently selected single range"; a new workbook opens with cell A1 of its first sheet selected.
    const standIn = createExcelStandIn();
    expect(standIn.workbook.selection).toBe("Sheet1!A1");
  });

  it("arranges a selection that getSelectedRange and getActiveCell read", async () => {
    // @types/office-js Excel.Workbook.getSelectedRange: "Gets the currently selected single range
    // from the workbook"; getActiveCell: "Gets the currently active cell from the workbook."
    const standIn = createExcelStandIn({ sheets: ["Sheet1", "KPI"] });
    standIn.arrange.select("KPI!B2:C3");
    const read = await standIn.Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address");
      const active = context.workbook.getActiveCell().load("address");
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return [selected.address, active.address, sheet.name];
    });
    expect(read).toEqual(["KPI!B2:C3", "KPI!B2", "KPI"]);
    expect(standIn.workbook.activeSheet()).toBe("KPI");
  });

  it("shows what production code selected", async () => {
    // @types/office-js Excel.Range.select: "Selects the specified range in the Excel UI."
    const standIn = createExcelStandIn({ sheets: ["Sheet1", "KPI"] });
    await standIn.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("KPI").getRange("D4:E5").select();
      await context.sync();
    });
    expect(standIn.workbook.selection).toBe("KPI!D4:E5");
  });

  it("needs a sheet-qualified address to arrange a selection", () => {
    const standIn = createExcelStandIn();
    expect(() => standIn.arrange.select("B2")).toThrow(/sheet-qualified/);
    expect(() => standIn.arrange.select("Nope!B2")).toThrow(/No worksheet named 'Nope'/);
  });
});
