import fc from "fast-check";
import type { ArgumentCell, KpiContext, KpiDefinition } from "../../src/domain/kpi/kpiDefinition";
import { kpiRegistry } from "../../src/domain/kpi/registry";
import { dateToSerial } from "../../src/domain/common/excelDate";
import { evaluateKpi, type Cells } from "../../src/functions/evaluateKpi";
import { cellValueArbitrary } from "../support/cellValueArbitrary";
import { cellArbitrary, inputArbitrary } from "../support/kpiArbitraries";

// One harness over every function of the catalogue (Fluent's isConformant spirit): the rules of
// docs/architecture.md §3.4 hold for each KPI, not only for the ones with hand-written tests.

const context: KpiContext = { today: dateToSerial(2026, 1, 16), language: "en" };
const definitions = Object.values(kpiRegistry);
const code = (value: unknown) => (value instanceof CustomFunctions.Error ? value.code : value);
const elementIndexes = (definition: KpiDefinition) =>
  definition.params.flatMap((param, index) => (param.shape === "element" ? [index] : []));

/** Arguments with each element argument a 1×1 cell and range arguments a column. */
function args(
  definition: KpiDefinition,
  cells: readonly (ArgumentCell | readonly ArgumentCell[] | undefined)[]
): Cells[] {
  return definition.params.map((param, index) => {
    const input = cells[index];
    if (input === undefined) return null;
    return Array.isArray(input)
      ? (input as ArgumentCell[]).map((cell) => [cell])
      : [[input as ArgumentCell]];
  });
}

const withElements = definitions.filter((definition) => elementIndexes(definition).length > 0);

describe.each(withElements)("=KPI.$id", (definition) => {
  const sample = (overrides: Record<number, Cells>): Cells[] =>
    definition.params.map((param, index) => {
      if (index in overrides) return overrides[index] ?? null;
      if (param.optional) return null;
      if (param.shape === "range") return [[5], [4], [3]];
      if (param.kind === "text") return [[param.id === "cadence" ? "monthly" : "love it"]];
      if (param.kind === "date") return [[dateToSerial(2026, 1, 1 + index * 10)]];
      return [[10 * (index + 1)]];
    });

  it("is blank where every element input is empty", () => {
    const blanks = Object.fromEntries(elementIndexes(definition).map((index) => [index, [[null]]]));
    expect(evaluateKpi(definition, sample(blanks), context)).toEqual([[""]]);
  });

  it("gives #VALUE! for text that is not a number in a numeric argument", () => {
    const numeric = elementIndexes(definition).find(
      (index) => definition.params[index]?.kind !== "text"
    );
    if (numeric === undefined) return; // a text-only function (SENTIMENT) has no numeric argument
    expect(
      evaluateKpi(definition, sample({ [numeric]: [["abc"]] }), context).map((row) => row.map(code))
    ).toEqual([["#VALUE!"]]);
  });

  it("gives one #VALUE! for element ranges of different shapes", () => {
    const [first, second] = elementIndexes(definition);
    if (second === undefined || first === undefined) return; // one element argument cannot disagree
    const mismatched = sample({ [first]: [[1], [2]], [second]: [[1], [2], [3]] });
    expect(evaluateKpi(definition, mismatched, context).map((row) => row.map(code))).toEqual([
      ["#VALUE!"],
    ]);
  });

  it("gives over ranges what it gives for each element alone, and broadcasts single values", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.tuple(...definition.params.map(inputArbitrary)),
        fc.array(fc.tuple(...definition.params.map((param) => cellArbitrary(param))), {
          minLength: 5,
          maxLength: 5,
        }),
        (rows, base, columnValues) => {
          // The first element argument becomes a column of `rows` cells; the others stay single.
          const [column] = elementIndexes(definition);
          const columnCells = columnValues
            .slice(0, rows)
            .map((values) => values[column ?? 0] ?? null);
          const whole = args(definition, base);
          whole[column ?? 0] = columnCells.map((cell) => [cell]);
          const together = evaluateKpi(definition, whole, context).map((row) => row.map(code));
          const alone = columnCells.map((cell) => {
            const single = args(definition, base);
            single[column ?? 0] = [[cell]];
            return evaluateKpi(definition, single, context).map((row) => row.map(code))[0];
          });
          expect(together).toEqual(alone);
        }
      ),
      { numRuns: 40 }
    );
  });
});

describe("every =KPI function", () => {
  it.each(definitions)("never lets an exception out of $id, whatever the cells", (definition) => {
    const anyCell = fc.oneof(
      fc.double(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.integer(),
      cellValueArbitrary
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.option(
            fc.array(fc.array(anyCell, { minLength: 1, maxLength: 3 }), {
              minLength: 1,
              maxLength: 3,
            }),
            { nil: null }
          ),
          {
            minLength: definition.params.length,
            maxLength: definition.params.length,
          }
        ),
        (cells) => {
          expect(() => evaluateKpi(definition, cells, context)).not.toThrow();
        }
      ),
      { numRuns: 60 }
    );
  });
});
