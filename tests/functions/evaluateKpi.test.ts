import fc from "fast-check";
import type { KpiContext } from "../../src/domain/kpi/kpiDefinition";
import { kpiRegistry, type KpiId } from "../../src/domain/kpi/registry";
import { dateToSerial } from "../../src/domain/common/excelDate";
import { type CellOutput, evaluateKpi, type Cells } from "../../src/functions/evaluateKpi";
import type { CellInput } from "../../src/functions/basicValue";
import { cellValueArbitrary } from "../support/cellValueArbitrary";

const context: KpiContext = { today: dateToSerial(2026, 1, 16), language: "en" };
const run = (id: KpiId, ...args: Cells[]) => evaluateKpi(kpiRegistry[id], args, context);
const ctr = (clicks: CellInput[][] | null, impressions: CellInput[][] | null) =>
  run("CTR", clicks, impressions);

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

  it("passes range arguments whole and returns one value", () => {
    expect(run("CSAT", [[5], [4], [3], ["n/a"], [null], [5], [2]])).toEqual([[0.6]]);
    expect(
      run("NPS", [
        [10, 9, 8],
        [7, 6, 3],
        [10, 9, 9],
        [5, null, null],
      ])
    ).toEqual([[20]]);
  });

  it("uses the optional scalar arguments of a range KPI when given", () => {
    expect(run("CSAT", [[10], [9], [7], [8]], [[9]], [[10]])).toEqual([[0.5]]);
    expect(run("CSAT", [[10], [9], [7], [8]], null, [[10]])).toEqual([[0.5]]);
  });

  it("returns #NUM! for a score outside the scale", () => {
    expect(run("CSAT", [[6], [5]]).map((row) => row.map(errorCode))).toEqual([["#NUM!"]]);
    expect(run("NPS", [[11]]).map((row) => row.map(errorCode))).toEqual([["#NUM!"]]);
  });

  it("sums competitors across each row when the brand is a column", () => {
    const brand = [[300], [100]];
    const competitors = [
      [400, 300],
      [50, 50],
    ];
    expect(run("SHARE_OF_VOICE", brand, competitors)).toEqual([[0.3], [0.5]]);
  });

  it("sums every competitor cell when the brand is a single value", () => {
    expect(run("SHARE_OF_VOICE", [[300]], [[400], [300]])).toEqual([[0.3]]);
  });

  it("refuses competitors that do not line up with the brand", () => {
    const [[result]] = run("SHARE_OF_VOICE", [[1], [2], [3]], [[1, 2]]) as [
      [CustomFunctions.Error],
    ];
    expect(result.code).toBe("#VALUE!");
  });

  it("scores texts element by element and leaves empty texts blank", () => {
    const [[positive], [negative], [empty]] = run("SENTIMENT", [
      ["I love it, amazing!"],
      ["Terrible service, never again"],
      [null],
    ]) as [[number], [number], [string]];
    expect(positive).toBeGreaterThan(0.5);
    expect(negative).toBeLessThan(-0.3);
    expect(empty).toBe("");
  });

  it("gives omitted optional counts their default of 0", () => {
    expect(run("ENGAGEMENTS", [[10]], [[2]], [[1]])).toEqual([[13]]);
    expect(run("ENGAGEMENTS", [[10]], [[2]], [[1]], [[4]], [[null]])).toEqual([[17]]);
  });

  it("uses today for an omitted as_of date", () => {
    const start = dateToSerial(2026, 1, 1);
    const deadline = dateToSerial(2026, 1, 31);
    expect(run("GOAL_PACE", [[10000]], [[12000]], [[start]], [[deadline]])).toEqual([[11000]]);
  });

  it("labels goal statuses in the user's language", () => {
    const args: Cells[] = [
      [[10000]],
      [[12000]],
      [[10900]],
      [[dateToSerial(2026, 1, 1)]],
      [[dateToSerial(2026, 1, 31)]],
    ];
    expect(evaluateKpi(kpiRegistry.GOAL_STATUS, args, context)).toEqual([["At risk"]]);
    expect(evaluateKpi(kpiRegistry.GOAL_STATUS, args, { ...context, language: "fr" })).toEqual([
      ["À risque"],
    ]);
  });

  it("writes its #VALUE! and #N/A messages in a French Excel's language", () => {
    const french = { ...context, language: "fr" as const };
    const messageOf = (cells: CellOutput[][]) => (cells[0]?.[0] as CustomFunctions.Error).message;
    expect(messageOf(evaluateKpi(kpiRegistry.CTR, [[["n/a"]], [[10]]], french))).toBe(
      "« n/a » n'est pas un nombre."
    );
    expect(
      messageOf(
        evaluateKpi(
          kpiRegistry.CTR,
          [
            [[1], [2]],
            [[1], [2], [3]],
          ],
          french
        )
      )
    ).toMatch(/même forme.*2×1 et 3×1/);
    const day = dateToSerial(2026, 1, 1);
    const projection = [[[1]], [[2]], [[day]], [[day + 30]], [[day]]];
    expect(messageOf(evaluateKpi(kpiRegistry.GOAL_PROJECTION, projection, french))).toMatch(
      /pas encore de rythme/
    );
    expect(messageOf(evaluateKpi(kpiRegistry.MENTIONS, [[["Nike rocks"]], [[""]]], french))).toBe(
      "Indiquez au moins un terme à rechercher."
    );
  });

  it("returns #N/A with a message when there is no pace yet", () => {
    const day = dateToSerial(2026, 1, 1);
    const [[result]] = run("GOAL_PROJECTION", [[1]], [[2]], [[day]], [[day + 30]], [[day]]) as [
      [CustomFunctions.Error],
    ];
    expect(result.code).toBe("#N/A");
    expect(result.message).toMatch(/no pace yet/);
  });

  it("reads a cadence as text and dates as serials, element by element", () => {
    const from = [[dateToSerial(2026, 3, 10)], [dateToSerial(2026, 3, 16)]];
    expect(run("NEXT_REVIEW", [["weekly"]], from)).toEqual([
      [dateToSerial(2026, 3, 16)],
      [dateToSerial(2026, 3, 16)],
    ]);
    const [[unknown]] = run("NEXT_REVIEW", [["fortnightly"]], [[from[0]?.[0] ?? 0]]) as [
      [CustomFunctions.Error],
    ];
    expect(unknown.code).toBe("#VALUE!");
  });
});

describe("evaluateKpi over Excel data types", () => {
  const double = (basicValue: number): Excel.DoubleCellValue => ({ type: "Double", basicValue });
  const error = (basicValue: string): Excel.ErrorCellValue => ({ type: "Error", basicValue });
  const image: Excel.WebImageCellValue = {
    type: "WebImage",
    address: "https://example.com/logo.png",
    basicValue: "#VALUE!",
    basicType: "Error",
  };
  const codes = (cells: CellOutput[][]) => cells.map((row) => row.map(errorCode));

  it("computes with the basic value of number, formatted-number and text data types", () => {
    const impressions: Excel.FormattedNumberCellValue = {
      type: "FormattedNumber",
      basicValue: 1000,
      numberFormat: "#,##0",
    };
    expect(ctr([[double(34)]], [[impressions]])).toEqual([[0.034]]);
    expect(ctr([[{ type: "String", basicValue: "50%" }]], [[2]])).toEqual([[0.25]]);
    expect(ctr([[{ type: "Empty" }]], [[{ type: "Empty" }]])).toEqual([[""]]);
  });

  it("returns an error value found in an input as that error, in its own element only", () => {
    const clicks = [[1], [error("#N/A")], [error("#DIV/0!")], [error("#NUM!")], [error("#NULL!")]];
    const impressions = [[10], [10], [10], [10], [10]];
    expect(codes(ctr(clicks, impressions))).toEqual([
      [0.1],
      ["#N/A"],
      ["#DIV/0!"],
      ["#NUM!"],
      ["#NULL!"],
    ]);
  });

  it("stands #VALUE! with a message for an error a custom function cannot return", () => {
    const [[ref], [spill]] = ctr([[error("#REF!")], [error("#SPILL!")]], [[10]]) as [
      [CustomFunctions.Error],
      [CustomFunctions.Error],
    ];
    expect([ref.code, ref.message]).toEqual(["#VALUE!", "An argument holds the error #REF!."]);
    expect([spill.code, spill.message]).toEqual([
      "#VALUE!",
      "An argument holds the error #SPILL!.",
    ]);
  });

  it("returns #VALUE! naming the data type of a cell with neither number nor text", () => {
    const [[result]] = ctr([[image]], [[10]]) as [[CustomFunctions.Error]];
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toBe(
      "The cell holds a data type (WebImage) that is neither a number nor a text."
    );
    const [[french]] = evaluateKpi(kpiRegistry.CTR, [[[image]], [[10]]], {
      ...context,
      language: "fr",
    }) as [[CustomFunctions.Error]];
    expect(french.message).toMatch(/type de données \(WebImage\)/);
  });

  it("reads an entity in a text argument by the text on its card", () => {
    const entity: Excel.EntityCellValue = {
      type: "Entity",
      text: "I love it, amazing!",
      properties: {},
    };
    expect(run("SENTIMENT", [[entity]])).toEqual(run("SENTIMENT", [["I love it, amazing!"]]));
    expect(
      run("NEXT_REVIEW", [[{ type: "String", basicValue: "weekly" }]], [[double(46100)]])
    ).toEqual(run("NEXT_REVIEW", [["weekly"]], [[46100]]));
  });

  it("reads a range argument by basic values and returns an error found in it", () => {
    const scores: CellInput[][] = [
      [double(10)],
      [9],
      [{ type: "String", basicValue: "n/a" }],
      [double(3)],
    ];
    expect(run("NPS", scores)).toEqual(run("NPS", [[10], [9], ["n/a"], [3]]));
    expect(codes(run("NPS", [...scores, [error("#N/A")]]))).toEqual([["#N/A"]]);
    const texts: CellInput[][] = [[{ type: "Entity", text: "Nike Air", properties: {} }]];
    expect(run("MENTIONS", texts, [["nike"]])).toEqual([[1]]);
  });

  it("sums data types in a summed argument and carries an error to its element only", () => {
    const competitors = [
      [double(400), 300],
      [50, error("#DIV/0!")],
    ];
    expect(codes(run("SHARE_OF_VOICE", [[300], [100]], competitors))).toEqual([[0.3], ["#DIV/0!"]]);
  });

  it("gives the other elements of a spill the same results whatever one cell holds", () => {
    const count = fc.nat({ max: 1e6 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(count, count), { minLength: 2, maxLength: 6 }),
        fc.nat(),
        fc.oneof(cellValueArbitrary, fc.anything()),
        (pairs, at, odd) => {
          const clicks: CellInput[][] = pairs.map(([c]) => [c]);
          const impressions: CellInput[][] = pairs.map(([, i]) => [i]);
          const index = at % pairs.length;
          const plain = codes(ctr(clicks, impressions));
          clicks[index] = [odd as CellInput];
          const withOdd = codes(ctr(clicks, impressions));
          expect(withOdd.filter((_, row) => row !== index)).toEqual(
            plain.filter((_, row) => row !== index)
          );
          expect(withOdd).toHaveLength(pairs.length);
        }
      )
    );
  });
});
