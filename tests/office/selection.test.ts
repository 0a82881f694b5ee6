import { WORKBOOK_ERROR } from "../../src/domain/workbook/workbookErrorCode";
import { insertFormulaIntoSelection, readSelectionAddress } from "../../src/office/selection";
import { useExcelStandIn } from "../support/excel/useExcelStandIn";

const excel = useExcelStandIn({ sheets: ["Data", "KPI"] });

describe("the user's selection", () => {
  it("is read with its sheet, in one sync", async () => {
    excel.standIn.arrange.select("KPI!B2:C4");
    expect(await readSelectionAddress()).toBe("KPI!B2:C4");
    expect(excel.standIn.stats.syncs).toBe(1);
  });

  it("takes a formula in its active cell only, leaving the rest of the selection alone", async () => {
    excel.standIn.arrange.setValues("KPI", "C2", [["keep"]]);
    excel.standIn.arrange.select("KPI!B2:C4");
    expect(await insertFormulaIntoSelection("=SUM(Data!A1:A3)")).toBe("KPI!B2");
    const kpi = excel.standIn.workbook.sheet("KPI");
    expect(kpi.cell("B2").formula).toBe("=SUM(Data!A1:A3)");
    expect(kpi.cell("C2").value).toBe("keep");
    expect(excel.standIn.stats.syncs).toBe(1);
  });

  it("reports a formula Excel refuses as a workbook error and writes nothing", async () => {
    excel.standIn.arrange.select("KPI!B2");
    const result = await insertFormulaIntoSelection("=SUM(1;2)");
    expect(result).toMatchObject({
      code: WORKBOOK_ERROR.EXCEL_REQUEST_FAILED,
      params: { excelCode: "InvalidArgument" },
    });
    expect(excel.standIn.workbook.sheet("KPI").cell("B2").formula).toBe("");
  });
});
