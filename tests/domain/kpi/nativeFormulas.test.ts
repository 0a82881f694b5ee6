import fc from "fast-check";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { isKpiError, type KpiErrorCode } from "../../../src/domain/kpi/kpiError";
import { kpiRegistry } from "../../../src/domain/kpi/registry";

// What Excel shows for each domain error: the native formula must agree with the custom function.
const excelError: Record<KpiErrorCode, string> = {
  DIV_BY_ZERO: "#DIV/0!",
  NEGATIVE_COUNT: "#NUM!",
  OUT_OF_RANGE: "#NUM!",
  NOT_A_NUMBER: "#VALUE!",
  INVALID_ARGUMENT: "#VALUE!",
};

const columns = "ABCDEFGH";

function evaluateNative(formula: string, inputs: RawCellContent[]): unknown {
  // smartRounding off: Excel keeps 15 significant digits, HyperFormula rounds to 10 by default.
  const hf = HyperFormula.buildFromArray([[...inputs, formula]], {
    licenseKey: "gpl-v3",
    smartRounding: false,
  });
  const value = hf.getCellValue({ sheet: 0, row: 0, col: inputs.length });
  hf.destroy();
  return typeof value === "object" && value !== null && "value" in value ? value.value : value;
}

describe.each(Object.values(kpiRegistry))("the native formula of $id", (definition) => {
  const refs = definition.params.map((_, index) => `${columns[index]}1`);
  const formula = definition.nativeFormula(...refs);

  it("agrees with the custom function on random counts, zeros and negatives", () => {
    const count = fc.oneof(
      fc.nat({ max: 1e7 }),
      fc.constant(0),
      fc.integer({ min: -100, max: -1 })
    );
    fc.assert(
      fc.property(fc.array(count, { minLength: refs.length, maxLength: refs.length }), (inputs) => {
        const expected = definition.compute(...inputs);
        const actual = evaluateNative(formula, inputs);
        if (isKpiError(expected)) expect(actual).toBe(excelError[expected.code]);
        else expect(actual).toBeCloseTo(expected, 12);
      }),
      { numRuns: 200 }
    );
  });

  it("is blank when every input is empty", () => {
    expect(
      evaluateNative(
        formula,
        refs.map(() => null)
      )
    ).toBe("");
  });
});
