import fc from "fast-check";
import { kpiRegistry } from "../../src/domain/kpi/registry";
import { evaluateKpi } from "../../src/functions/evaluateKpi";
import type { CellInput } from "../../src/functions/toNumber";

const ctr = (clicks: CellInput[][] | null, impressions: CellInput[][] | null) =>
  evaluateKpi(kpiRegistry.CTR, [clicks, impressions]);

const errorCode = (value: unknown) => (value instanceof CustomFunctions.Error ? value.code : value);

describe("evaluateKpi", () => {
  it("divides single values", () => {
    expect(ctr([[34]], [[1000]])).toEqual([[0.034]]);
  });

  it("combines ranges of the same shape element by element", () => {
    expect(ctr([[1], [2], [3]], [[10], [20], [40]])).toEqual([[0.1], [0.1], [0.075]]);
  });

  it("broadcasts a single value over a range", () => {
    expect(ctr([[5, 10]], [[100]])).toEqual([[0.05, 0.1]]);
    expect(ctr([[50]], [[100], [200]])).toEqual([[0.5], [0.25]]);
  });

  it("returns one #VALUE! with a message for ranges of different shapes", () => {
    const [[result]] = ctr([[1], [2]], [[1], [2], [3]]) as [[CustomFunctions.Error]];
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toMatch(/same shape.*2×1 and 3×1/);
  });

  it("returns #DIV/0! for zero impressions without a message", () => {
    const [[result]] = ctr([[5]], [[0]]) as [[CustomFunctions.Error]];
    expect(result.code).toBe("#DIV/0!");
  });

  it("returns #NUM! for a negative count", () => {
    expect(ctr([[-1]], [[10]]).map((row) => row.map(errorCode))).toEqual([["#NUM!"]]);
    expect(ctr([[1]], [[-10]]).map((row) => row.map(errorCode))).toEqual([["#NUM!"]]);
  });

  it("returns blank where every input of an element is empty", () => {
    expect(ctr([[null], [""], [3]], [[null], [""], [30]])).toEqual([[""], [""], [0.1]]);
  });

  it("counts an empty input as 0 when the other input is present", () => {
    expect(ctr([[null]], [[100]])).toEqual([[0]]);
    expect(ctr([[5]], [[null]]).map((row) => row.map(errorCode))).toEqual([["#DIV/0!"]]);
  });

  it("reads numeric text as Excel's arithmetic does", () => {
    expect(ctr([["34"]], [[" 1000 "]])).toEqual([[0.034]]);
    expect(ctr([["50%"]], [[2]])).toEqual([[0.25]]);
  });

  it("returns #VALUE! naming the text that is not a number", () => {
    const [[result]] = ctr([["n/a"]], [[10]]) as [[CustomFunctions.Error]];
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toBe('"n/a" is not a number.');
  });

  it("returns #VALUE! for a boolean rather than treating it as 1", () => {
    const [[result]] = ctr([[true]], [[10]]) as [[CustomFunctions.Error]];
    expect(result.code).toBe("#VALUE!");
  });

  it("keeps errors in their own cells and computes the others", () => {
    const results = ctr([[1], [2], [3]], [[10], [0], [30]]).map((row) => row.map(errorCode));
    expect(results).toEqual([[0.1], ["#DIV/0!"], [0.1]]);
  });

  it("gives over a range what it gives for each element alone", () => {
    const count = fc.oneof(
      fc.constant(null),
      fc.nat({ max: 1e9 }),
      fc.integer({ min: -5, max: -1 })
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((rows) =>
          fc.tuple(
            fc.array(fc.array(count, { minLength: 2, maxLength: 2 }), {
              minLength: rows,
              maxLength: rows,
            }),
            fc.array(fc.array(count, { minLength: 2, maxLength: 2 }), {
              minLength: rows,
              maxLength: rows,
            })
          )
        ),
        ([clicks, impressions]) => {
          const whole = ctr(clicks, impressions).map((row) => row.map(errorCode));
          const each = clicks.map((row, r) =>
            row.map((cell, c) => errorCode(ctr([[cell]], [[impressions[r]?.[c] ?? null]])[0]?.[0]))
          );
          expect(whole).toEqual(each);
        }
      )
    );
  });
});
