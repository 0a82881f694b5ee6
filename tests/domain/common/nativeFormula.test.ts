import fc from "fast-check";
import { HyperFormula, type RawCellContent } from "hyperformula";
import {
  blankIfAllEmpty,
  DIV_ZERO_ERROR,
  NA_ERROR,
  NUM_ERROR,
  numErrorIfNegative,
  textLiteral,
  valueError,
} from "../../../src/domain/common/nativeFormula";

// The idioms are checked where they matter: evaluated by a spreadsheet engine.
const hf = HyperFormula.buildFromArray([[]], { licenseKey: "gpl-v3" });
afterAll(() => hf.destroy());

/** The value of `formula` in C1, with A1 and B1 holding `a` and `b`. */
function evaluate(formula: string, a: RawCellContent = null, b: RawCellContent = null): unknown {
  hf.setSheetContent(0, [[a, b, `=${formula}`]]);
  const value = hf.getCellValue({ sheet: 0, row: 0, col: 2 });
  return typeof value === "object" && value !== null && "value" in value ? value.value : value;
}

describe("native formula idioms", () => {
  it("spell Excel's errors", () => {
    expect(evaluate(NUM_ERROR)).toBe("#NUM!");
    expect(evaluate(DIV_ZERO_ERROR)).toBe("#DIV/0!");
    expect(evaluate(NA_ERROR)).toBe("#N/A");
    expect(evaluate(valueError("deadline"))).toBe("#VALUE!");
  });

  it("write any text as a literal that reads back the same", () => {
    // HyperFormula does not read Excel's doubled quotes: texts with quotes are checked below.
    const unquoted = fc.string({ unit: "grapheme", maxLength: 20 }).filter((t) => !t.includes('"'));
    fc.assert(
      fc.property(unquoted, (text) => {
        expect(evaluate(textLiteral(text))).toBe(text);
      }),
      { numRuns: 200 }
    );
  });

  it("double the quotes inside a text literal, as Excel reads them", () => {
    expect(textLiteral('say "hi"')).toBe('"say ""hi"""');
  });

  it("leave a result blank only when every cell is empty", () => {
    const formula = blankIfAllEmpty(["A1", "B1"], "A1+B1");
    expect(evaluate(formula)).toBe("");
    expect(evaluate(formula, 0)).toBe(0);
    expect(evaluate(formula, null, 2)).toBe(2);
    expect(evaluate(blankIfAllEmpty(["A1"], "A1*2"))).toBe("");
    expect(evaluate(blankIfAllEmpty(["A1"], "A1*2"), 3)).toBe(6);
  });

  it("give #NUM! when any amount is negative", () => {
    const formula = numErrorIfNegative(["A1", "B1"], "A1/B1");
    expect(evaluate(formula, 1, 4)).toBe(0.25);
    expect(evaluate(formula, -1, 4)).toBe("#NUM!");
    expect(evaluate(formula, 1, -4)).toBe("#NUM!");
    expect(evaluate(formula, 0, 0)).toBe("#DIV/0!");
  });

  it("write the formulas the KPIs have always written", () => {
    expect(blankIfAllEmpty(["B2", "C2"], numErrorIfNegative(["B2", "C2"], "B2/C2"))).toBe(
      'IF(AND(B2="",C2=""),"",IF(MIN(B2,C2)<0,SQRT(-1),B2/C2))'
    );
    expect(blankIfAllEmpty(["B2"], "B2")).toBe('IF(B2="","",B2)');
    expect(valueError("goal")).toBe('"goal"*1');
  });
});
