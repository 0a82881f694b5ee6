import fc from "fast-check";
import { HyperFormula, type RawCellContent } from "hyperformula";
import type { KpiDefinition } from "../../../src/domain/kpi/kpiDefinition";
import { kpiRegistry } from "../../../src/domain/kpi/registry";
import { inputArbitrary, type KpiInput as Input } from "../../support/kpiArbitraries";
import { evaluateCustom, layOut, plainValue } from "../../support/kpiOnSheet";

// Each KPI's native formula, evaluated by a spreadsheet engine, must give what the custom
// function gives on the same cells — values, blanks and errors — so "convert to native
// formulas" never changes a number in a user's workbook.

// One engine for the whole file: building one per case costs more than the evaluation.
// smartRounding off: Excel keeps 15 significant digits, HyperFormula rounds to 10 by default.
const hf = HyperFormula.buildFromArray([[]], { licenseKey: "gpl-v3", smartRounding: false });
afterAll(() => hf.destroy());

/** Lays the inputs out on a sheet (ranges down their own column) and evaluates the formula there. */
function evaluateNative(definition: KpiDefinition, inputs: readonly Input[]): unknown {
  const { sheet, refs } = layOut(inputs);
  (sheet[0] as RawCellContent[])[inputs.length + 1] = definition.nativeFormula?.(refs, "en") ?? "";
  hf.setSheetContent(0, sheet);
  return plainValue(hf.getCellValue({ sheet: 0, row: 0, col: inputs.length + 1 }));
}

const withNativeFormula = Object.values(kpiRegistry).filter(
  (definition) => definition.nativeFormula
);

describe.each(withNativeFormula)("the native formula of $id", (definition) => {
  it("agrees with the custom function on random inputs, zeros, negatives, blanks and bad values", () => {
    fc.assert(
      fc.property(fc.tuple(...definition.params.map(inputArbitrary)), (inputs) => {
        const expected = evaluateCustom(definition, inputs);
        const actual = evaluateNative(definition, inputs);
        if (typeof expected === "number") expect(actual).toBeCloseTo(expected, 9);
        else expect(actual).toBe(expected);
      }),
      { numRuns: 150 }
    );
  });
});

describe("native formulas", () => {
  it("exist for every KPI Excel can express", () => {
    const without = Object.values(kpiRegistry)
      .filter((definition) => !definition.nativeFormula)
      .map((definition) => definition.id);
    expect(without).toEqual(["MENTIONS", "SENTIMENT"]);
  });

  it("write goal statuses in the requested language", () => {
    expect(
      kpiRegistry.GOAL_STATUS.nativeFormula?.(["A1", "B1", "C1", "D1", "E1", "F1"], "fr")
    ).toContain('"En bonne voie"');
  });
});
