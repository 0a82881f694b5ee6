import fc from "fast-check";
import { columnLetters, planFormulaConversion } from "../../../src/domain/kpi/formulaConversion";
import { toNativeFormula } from "../../../src/domain/kpi/toNativeFormula";

/** Reads column letters back as Excel numbers columns: A = 0, Z = 25, AA = 26. */
const columnIndex = (letters: string): number =>
  [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;

describe("column letters", () => {
  it("name Excel's first, last-single and first double-letter columns", () => {
    expect([0, 25, 26, 701, 702, 16_383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });

  it("read back as the column index", () => {
    fc.assert(
      fc.property(fc.nat({ max: 16_383 }), (index) => {
        expect(columnIndex(columnLetters(index))).toBe(index);
      })
    );
  });
});

describe("planning the conversion of a block of cells", () => {
  it("rewrites only the cells with KPI calls, with their addresses on the sheet", () => {
    const { changes, report } = planFormulaConversion(
      [
        ["=KPI.CTR(B2,C2)", 12, "=SUM(A1)"],
        ["text", "", '=KPI.MENTIONS(A1:A9,"x")+KPI.CPC(1,2)'],
      ],
      { sheet: "Q1 'review'", row: 4, column: 26 }
    );

    expect(changes).toEqual([
      { row: 0, column: 0, formula: toNativeFormula("=KPI.CTR(B2,C2)").formula },
      {
        row: 1,
        column: 2,
        formula: toNativeFormula('=KPI.MENTIONS(A1:A9,"x")+KPI.CPC(1,2)').formula,
      },
    ]);
    expect(report.converted.map((cell) => cell.address)).toEqual([
      "'Q1 ''review'''!AA5",
      "'Q1 ''review'''!AC6",
    ]);
    expect(report.kept).toEqual([
      expect.objectContaining({ address: "'Q1 ''review'''!AC6", code: "NO_NATIVE_FORMULA" }),
    ]);
  });

  it("changes nothing where no call can be converted", () => {
    const { changes, report } = planFormulaConversion([["=KPI.SENTIMENT(A1)"]], {
      sheet: "Data",
      row: 0,
      column: 0,
    });
    expect(changes).toEqual([]);
    expect(report.converted).toEqual([]);
    expect(report.kept).toHaveLength(1);
  });
});
