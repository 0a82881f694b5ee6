import fc from "fast-check";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { kpiRegistry } from "../../../src/domain/kpi/registry";
import { mentionsKpiFunction, toNativeFormula } from "../../../src/domain/kpi/toNativeFormula";
import { inputArbitrary } from "../../support/kpiArbitraries";
import { evaluateCustom, layOut, plainValue } from "../../support/kpiOnSheet";

// Converted formulas are evaluated by a spreadsheet engine and compared with the custom function
// on the same cells: converting a workbook must not change any of its numbers.

const hf = HyperFormula.buildFromArray([[]], { licenseKey: "gpl-v3", smartRounding: false });
afterAll(() => hf.destroy());

/** Evaluates formulas placed in row 1 from column Z on: their values, errors as their codes. */
function evaluate(sheet: RawCellContent[][], formulas: readonly string[]): unknown[] {
  const row = [...(sheet[0] ?? [])];
  formulas.forEach((formula, i) => (row[25 + i] = formula));
  hf.setSheetContent(0, [row, ...sheet.slice(1)]);
  return formulas.map((_, i) => {
    return plainValue(hf.getCellValue({ sheet: 0, row: 0, col: 25 + i }));
  });
}

const expectSame = (actual: unknown, expected: unknown) => {
  if (typeof expected === "number") expect(actual).toBeCloseTo(expected, 9);
  else expect(actual).toBe(expected);
};

/** `=KPI.<name>(…)` over the references, omitted arguments left empty, trailing ones dropped. */
function kpiFormula(name: string, refs: readonly (string | undefined)[]): string {
  const args = refs.map((ref) => ref ?? "");
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return `=KPI.${name}(${args.join(",")})`;
}

const withNativeFormula = Object.values(kpiRegistry).filter((d) => d.nativeFormula);

describe.each(withNativeFormula)("converting =KPI.$id(…)", (definition) => {
  it("gives the registry's native formula, whose value is the custom function's", () => {
    fc.assert(
      fc.property(
        fc.tuple(...definition.params.map(inputArbitrary)),
        fc.constantFrom(definition.name.en, definition.name.fr, definition.name.fr.toLowerCase()),
        (inputs, name) => {
          const { sheet, refs } = layOut(inputs);
          const conversion = toNativeFormula(kpiFormula(name, refs));
          expect(conversion.formula).toBe(definition.nativeFormula?.(refs, "en"));
          expect(conversion.converted).toEqual([{ id: definition.id, maps: false }]);
          // Negated, the converted call must stay one operand: -(a+b), not -a+b.
          const negated = toNativeFormula(`=-${kpiFormula(name, refs).slice(1)}`).formula;
          const [actual, actualNegated] = evaluate(sheet, [conversion.formula, negated]);
          const expected = evaluateCustom(definition, inputs);
          expectSame(actual, expected);
          if (typeof expected === "number") expectSame(actualNegated, -expected);
        }
      ),
      { numRuns: 40 }
    );
  });
});

describe("converting formulas that use KPI functions", () => {
  const count = fc.oneof(fc.nat({ max: 10_000 }), fc.constant(0), fc.constant(-3));

  it("gives a nested call the value of the same calls chained through cells", () => {
    fc.assert(
      fc.property(fc.tuple(count, count, count, count), (values) => {
        const sheet: RawCellContent[][] = [[...values]];
        const inner1 = toNativeFormula("=KPI.CTR(A1,B1)").formula;
        const inner2 = toNativeFormula("=KPI.CTR(C1,D1)").formula;
        const outer = toNativeFormula("=KPI.GROWTH_RATE(Z1,AA1)").formula;
        const nested = toNativeFormula("=KPI.GROWTH_RATE(KPI.CTR(A1,B1),KPI.TAUX_CLIC(C1,D1))");
        expect(nested.converted).toEqual([
          { id: "CTR", maps: false },
          { id: "CTR", maps: false },
          { id: "GROWTH_RATE", maps: false },
        ]);
        const [, , chained, direct] = evaluate(sheet, [inner1, inner2, outer, nested.formula]);
        expectSame(direct, chained);
      }),
      { numRuns: 60 }
    );
  });

  it("keeps the rest of an expression around a converted call", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1000 }), fc.integer({ min: 1, max: 1000 }), (clicks, views) => {
        const { formula } = toNativeFormula('=ROUND(100*KPI.CTR(A1,B1),2)&" %"');
        const [actual] = evaluate([[clicks, views]], [formula]);
        expect(actual).toBe(`${Math.round((10000 * clicks) / views) / 100} %`);
      }),
      { numRuns: 30 }
    );
  });

  it("parenthesises an argument that is an expression, so the native formula keeps its precedence", () => {
    const { formula } = toNativeFormula("=KPI.CTR(A1+B1,C1)");
    const [actual] = evaluate([[1, 2, 4]], [formula]);
    expect(actual).toBe(0.75);
  });

  it("maps over ranges of elements with MAP and LAMBDA, so the result still spills", () => {
    const { formula, converted } = toNativeFormula("=KPI.CTR(Posts[Clicks],Posts[Impressions])");
    const body = kpiRegistry.CTR.nativeFormula?.(["kpi_arg1", "kpi_arg2"], "en").slice(1);
    expect(formula).toBe(
      `=MAP(Posts[Clicks],Posts[Impressions],LAMBDA(kpi_arg1,kpi_arg2,${body}))`
    );
    expect(converted).toEqual([{ id: "CTR", maps: true }]);
  });

  it("maps only the range arguments and keeps single values inside the lambda", () => {
    const { formula } = toNativeFormula("=KPI.CPM(B2:B9,$F$1)");
    const body = kpiRegistry.CPM.nativeFormula?.(["kpi_arg1", "$F$1"], "en").slice(1);
    expect(formula).toBe(`=MAP(B2:B9,LAMBDA(kpi_arg1,${body}))`);
  });

  it("treats this-row references, single cells and sums as single values", () => {
    for (const formula of [
      "=KPI.CTR(Posts[[#This Row],[Clicks]],[@Impressions])",
      "=KPI.CTR('Q1, 2026'!B2,Sheet2!$C$2)",
      "=KPI.CTR(SUM(B2:B9),SUM(C2:C9)*2)",
    ]) {
      expect(toNativeFormula(formula).converted).toEqual([{ id: "CTR", maps: false }]);
    }
  });

  it("accepts French names, any case and the _xll. prefix", () => {
    const expected = toNativeFormula("=KPI.ENGAGEMENT_RATE(B2,C2)").formula;
    expect(toNativeFormula("=kpi.taux_engagement(B2,C2)").formula).toBe(expected);
    expect(toNativeFormula("=_xll.KPI.ENGAGEMENT_RATE(B2,C2)").formula).toBe(expected);
  });

  it("writes goal statuses in the requested language", () => {
    const { formula } = toNativeFormula("=KPI.GOAL_STATUS(A1,B1,C1,D1,E1,F1)", "fr");
    expect(formula).toContain('"En bonne voie"');
  });

  it("leaves the functions Excel cannot express as written and converts what they contain", () => {
    const { formula, converted, notConverted } = toNativeFormula(
      "=KPI.MENTIONS(A2:A9,KPI.SENTIMENT(B2))+KPI.CTR(C1,D1)"
    );
    expect(formula).toBe(
      `=KPI.MENTIONS(A2:A9,KPI.SENTIMENT(B2))+${kpiRegistry.CTR.nativeFormula?.(["C1", "D1"], "en").slice(1)}`
    );
    expect(converted).toEqual([{ id: "CTR", maps: false }]);
    expect(notConverted.map((call) => [call.name, call.code])).toEqual([
      ["KPI.SENTIMENT", "NO_NATIVE_FORMULA"],
      ["KPI.MENTIONS", "NO_NATIVE_FORMULA"],
    ]);
  });

  it("reports unknown functions, wrong argument counts and ranges given as arrays", () => {
    const codes = (formula: string) => toNativeFormula(formula).notConverted.map((c) => c.code);
    expect(codes("=KPI.CLICKS(A1)")).toEqual(["UNKNOWN_FUNCTION"]);
    expect(codes("=KPI.CTR(A1)")).toEqual(["WRONG_ARGUMENT_COUNT"]);
    expect(codes("=KPI.CTR(A1,B1,C1)")).toEqual(["WRONG_ARGUMENT_COUNT"]);
    expect(codes("=KPI.CSAT({5;4;3})")).toEqual(["RANGE_ARGUMENT_NOT_A_REFERENCE"]);
    expect(codes("=KPI.SHARE_OF_VOICE(B2:B5,C2:E5)")).toEqual(["SUMMED_ARGUMENT_BESIDE_RANGE"]);
    expect(codes("=KPI.SHARE_OF_VOICE(B2,C2:E2)")).toEqual([]);
    expect(codes('=KPI.CTR(A1,"B1)')).toEqual(["UNBALANCED_FORMULA"]);
  });

  it("never touches text that only looks like a call", () => {
    const formula = "=\"=KPI.CTR(A1,B1)\"&'KPI.CTR(1,2)'!A1&MYKPI.CTR(1,2)";
    expect(toNativeFormula(formula)).toEqual({ formula, converted: [], notConverted: [] });
  });

  it("returns formulas without KPI functions unchanged", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!/kpi\./i.test(text));
        expect(toNativeFormula(`=${text}`).formula).toBe(`=${text}`);
        expect(mentionsKpiFunction(`=${text}`)).toBe(false);
      })
    );
  });
});
