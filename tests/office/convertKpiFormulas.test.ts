import { kpiRegistry } from "../../src/domain/kpi/registry";
import { isWorkbookError } from "../../src/domain/workbook/workbookError";
import { convertKpiFormulas } from "../../src/office/convertKpiFormulas";
import { useExcelStandIn } from "../support/excel/useExcelStandIn";

const excel = useExcelStandIn({ sheets: ["Data"] });

const ctr = (clicks: string, impressions: string) =>
  kpiRegistry.CTR.nativeFormula?.([clicks, impressions], "en");

describe("converting the active sheet's KPI formulas", () => {
  it("rewrites KPI calls into native formulas that compute the same values, in two syncs", async () => {
    excel.standIn.arrange.setValues("Data", "A1:D3", [
      ["Post", "Clicks", "Impressions", "CTR"],
      ["a", 34, 1000, "=KPI.CTR(B2,C2)"],
      ["'=not a formula", 5, 0, "=KPI.TAUX_CLIC(B3,C3)"],
    ]);
    excel.standIn.resetStats();

    const report = await convertKpiFormulas("sheet");

    expect(report).toEqual({
      converted: [
        { address: "Data!D2", before: "=KPI.CTR(B2,C2)", after: ctr("B2", "C2"), maps: false },
        {
          address: "Data!D3",
          before: "=KPI.TAUX_CLIC(B3,C3)",
          after: ctr("B3", "C3"),
          maps: false,
        },
      ],
      kept: [],
    });
    const sheet = excel.standIn.workbook.sheet("Data");
    expect(sheet.cell("D2").formula).toBe(ctr("B2", "C2"));
    expect(sheet.cell("D2").value).toBe(0.034);
    expect(sheet.cell("D3").value).toBe("#DIV/0!");
    expect(sheet.cell("A3").value).toBe("=not a formula");
    expect(excel.standIn.stats.syncs).toBe(2);
  });

  it("keeps the calls Excel cannot express and says why", async () => {
    excel.standIn.arrange.setValues("Data", "B2:C2", [["=KPI.SENTIMENT(A2)", "=SUM(1,2)"]]);

    const report = await convertKpiFormulas("sheet");

    expect(report).toEqual({
      converted: [],
      kept: [
        {
          address: "Data!B2",
          name: "KPI.SENTIMENT",
          code: "NO_NATIVE_FORMULA",
          message: expect.any(String),
        },
      ],
    });
    expect(excel.standIn.workbook.sheet("Data").cell("B2").formula).toBe("=KPI.SENTIMENT(A2)");
  });

  it("reports nothing on an empty sheet, in one sync", async () => {
    const report = await convertKpiFormulas("sheet");
    expect(isWorkbookError(report)).toBe(false);
    expect(report).toEqual({ converted: [], kept: [] });
    expect(excel.standIn.stats.syncs).toBe(1);
  });
});
