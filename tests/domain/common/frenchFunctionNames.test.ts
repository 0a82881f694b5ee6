import frFR from "hyperformula/commonjs/i18n/languages/frFR";
import { FRENCH_FUNCTION_NAMES } from "../../../src/domain/common/frenchFunctionNames";
import { kpiRegistry } from "../../../src/domain/kpi/registry";
import { toNativeFormula } from "../../../src/domain/kpi/toNativeFormula";

/** The native functions a formula calls (not the add-in's), outside its strings. */
const nativeCalls = (formula: string): string[] =>
  [...formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)]
    .map((match) => match[1] ?? "")
    .filter((name) => !/^(?:_xll\.)?KPI\./i.test(name));

// The names HyperFormula's French pack lacks or spells otherwise (it maps MAXIFS to the
// one-criterion MAX.SI), checked by hand against Microsoft's French function reference
// (https://support.microsoft.com/fr-fr/office/fonctions-excel-par-ordre-alphabetique-b3944572-255d-4efb-bb96-c6d90033e188).
const CHECKED_BY_HAND: Readonly<Record<string, string>> = {
  LAMBDA: "LAMBDA",
  LET: "LET",
  MAP: "MAP",
  MAXIFS: "MAX.SI.ENS",
  MINIFS: "MIN.SI.ENS",
  SWITCH: "SI.MULTIPLE",
};

describe("the French names of Excel's functions", () => {
  it("covers every native function of the registry's native formulas, examples and conversions", () => {
    const formulas = Object.values(kpiRegistry).flatMap((definition) => {
      const params = definition.params.map((param) => param.name.en);
      const ranges = definition.example.formula.replace(/\d+(?:\.\d+)?/g, "B2:B9");
      return [
        definition.example.formula,
        toNativeFormula(definition.example.formula).formula,
        toNativeFormula(ranges).formula,
        ...(["en", "fr"] as const).flatMap((language) =>
          definition.nativeFormula
            ? [
                definition.nativeFormula(params, language),
                definition.nativeFormula(
                  params.map(() => undefined),
                  language
                ),
              ]
            : []
        ),
      ];
    });
    const missing = [...new Set(formulas.flatMap(nativeCalls))].filter(
      (name) => !(name.toUpperCase() in FRENCH_FUNCTION_NAMES)
    );
    expect(missing).toEqual([]);
  });

  it("spells every name as HyperFormula's French pack does, or as checked by hand where it cannot", () => {
    const functions: Record<string, string | undefined> = frFR.functions;
    const expected = Object.fromEntries(
      Object.keys(FRENCH_FUNCTION_NAMES).map((english) => [
        english,
        CHECKED_BY_HAND[english] ?? functions[english],
      ])
    );
    expect(FRENCH_FUNCTION_NAMES).toEqual(expected);
  });
});
