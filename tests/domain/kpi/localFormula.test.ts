import fc from "fast-check";
import { skipAtom } from "../../../src/domain/kpi/formulaText";
import { localFormula, localFunctionName } from "../../../src/domain/kpi/localFormula";
import { kpiRegistry } from "../../../src/domain/kpi/registry";

/** The string constants of a formula, in order. */
const strings = (formula: string): string[] => formula.match(/"(?:[^"]|"")*"/g) ?? [];

/**
 * How many arguments each call of a formula has, in the order the calls open, the arguments split
 * at `separator`; strings, sheet names, structured references and arrays are skipped whole.
 */
function argumentCounts(formula: string, separator: string): number[] {
  const counts: number[] = [];
  const open: { index: number; empty: boolean }[] = [];
  for (let i = 0; i < formula.length;) {
    const char = formula[i];
    const call = open[open.length - 1];
    if (char === "(") {
      open.push({ index: counts.length, empty: true });
      counts.push(1);
    } else if (char === ")") {
      const closed = open.pop();
      if (closed?.empty) counts[closed.index] = 0;
    } else if (char === separator && call) {
      counts[call.index] = (counts[call.index] ?? 0) + 1;
    }
    if (call && char !== "(" && char !== ")" && char !== " ") call.empty = false;
    const next = skipAtom(formula, i);
    if (next < 0) throw new Error(`Unbalanced: ${formula}`);
    i = next;
  }
  return counts;
}

const text = fc
  .string({ unit: fc.constantFrom("a", " ", ",", ";", ".", "(", ")", "1", "'", "é", '"') })
  .map((s) => `"${s.replace(/"/g, '""')}"`);
const number = fc
  .tuple(fc.nat({ max: 99999 }), fc.option(fc.nat({ max: 999 }), { nil: undefined }))
  .map(([whole, decimals]) => (decimals === undefined ? `${whole}` : `${whole}.${decimals}`));
const reference = fc.constantFrom("B2", "$C$3", "B2:B9", "'Q1, 2026'!A1", "Posts[Clicks]", "x_1");
const array = fc
  .array(fc.array(fc.oneof(number, text), { minLength: 2, maxLength: 2 }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((rows) => `{${rows.map((row) => row.join(",")).join(";")}}`);
const functionName = fc.constantFrom(
  "IF",
  "SUM",
  "SUMIFS",
  "IFERROR",
  "MAX",
  "LET",
  "UNKNOWN_FN",
  ...Object.values(kpiRegistry).map((definition) => `KPI.${definition.id}`)
);
const { expression } = fc.letrec<{ expression: string }>((tie) => ({
  expression: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    number,
    text,
    reference,
    array,
    fc
      .tuple(tie("expression"), fc.constantFrom("+", "*", "&", "<="), tie("expression"))
      .map(([a, operator, b]) => `${a}${operator}${b}`),
    fc
      .tuple(functionName, fc.array(tie("expression"), { maxLength: 4 }))
      .map(([name, args]) => `${name}(${args.join(",")})`)
  ),
}));
const formula = expression.map((body) => `=${body}`);

describe("a formula as the user types it in their Excel", () => {
  it("is the stored en-US formula in an English Excel", () => {
    fc.assert(fc.property(formula, (f) => expect(localFormula(f, "en")).toBe(f)));
  });

  it("translates function names, argument separators and decimal points in a French Excel", () => {
    expect(localFormula('=IFERROR(SUMIFS(Posts[Likes],Posts[Date],">="&B1)/2.5,0)', "fr")).toBe(
      '=SIERREUR(SOMME.SI.ENS(Posts[Likes];Posts[Date];">="&B1)/2,5;0)'
    );
    expect(localFormula('=IF(AND(B2="",C2=""),"",SQRT(-1))', "fr")).toBe(
      '=SI(ET(B2="";C2="");"";RACINE(-1))'
    );
    expect(localFormula("=EDATE(TODAY(),1)+COUNTIFS(A:A,1)+ISBLANK(A1)", "fr")).toBe(
      "=MOIS.DECALER(AUJOURDHUI();1)+NB.SI.ENS(A:A;1)+ESTVIDE(A1)"
    );
  });

  it("gives the add-in's functions their French names, from either language, in any case", () => {
    expect(localFormula("=KPI.CTR(34, 1000)", "fr")).toBe("=KPI.TAUX_CLIC(34; 1000)");
    expect(localFormula("=kpi.engagement_rate(B2,C2)", "fr")).toBe("=KPI.TAUX_ENGAGEMENT(B2;C2)");
    expect(localFormula("=KPI.TAUX_CLIC(B2,C2)", "fr")).toBe("=KPI.TAUX_CLIC(B2;C2)");
    expect(localFormula("=_xll.KPI.CPC(1.5,2)", "fr")).toBe("=_xll.KPI.COUT_PAR_CLIC(1,5;2)");
  });

  it("leaves names it does not know, references and the names of things as written", () => {
    expect(localFormula("=MYFUNC(1.5,Sheet1.2026!A1,T[Clicks, all],x.y)", "fr")).toBe(
      "=MYFUNC(1,5;Sheet1.2026!A1;T[Clicks, all];x.y)"
    );
  });

  it("writes constants, error values and array constants the French way", () => {
    expect(localFormula("=IF(A1,TRUE,FALSE)+IFERROR(A2,#VALUE!)*#N/A", "fr")).toBe(
      "=SI(A1;VRAI;FAUX)+SIERREUR(A2;#VALEUR!)*#N/A"
    );
    expect(localFormula("=SUM({1.5,2;3,4})+KPI.CSAT({5;4;3})", "fr")).toBe(
      "=SOMME({1,5.2;3.4})+KPI.CSAT({5;4;3})"
    );
    expect(localFormula('={"a,b",TRUE}', "fr")).toBe('={"a,b".VRAI}');
  });

  it("translates the items of structured references and the commas between them", () => {
    expect(localFormula("=SUM(Posts[[#This Row],[Likes]:[Shares]])", "fr")).toBe(
      "=SOMME(Posts[[#Cette ligne];[Likes]:[Shares]])"
    );
    expect(localFormula("=COUNTA(Posts[[#Headers],[#Data],[It's '[1']]])", "fr")).toBe(
      "=NBVAL(Posts[[#En-têtes];[#Données];[It's '[1']]])"
    );
  });

  it("never changes the text inside quotes", () => {
    fc.assert(
      fc.property(formula, (f) => expect(strings(localFormula(f, "fr"))).toEqual(strings(f)))
    );
  });

  it("keeps the number of arguments of every call", () => {
    fc.assert(
      fc.property(formula, (f) =>
        expect(argumentCounts(localFormula(f, "fr"), ";")).toEqual(argumentCounts(f, ","))
      )
    );
  });

  it("leaves no decimal point outside quotes, names and references", () => {
    fc.assert(
      fc.property(formula, (f) => {
        const bare = localFormula(f, "fr")
          .replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'!|[A-Za-z_][\w.]*/g, "")
          .replace(/\{[^}]*\}/g, "");
        expect(bare).not.toMatch(/\d\.\d/);
      })
    );
  });
});

describe("a function's name as the user's Excel shows it", () => {
  it("is the add-in's or Excel's French name in French, the name as written in English", () => {
    expect(localFunctionName("KPI.CTR", "fr")).toBe("KPI.TAUX_CLIC");
    expect(localFunctionName("SUMIFS", "fr")).toBe("SOMME.SI.ENS");
    expect(localFunctionName("KPI.CTR", "en")).toBe("KPI.CTR");
  });
});
