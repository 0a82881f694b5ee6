import fc from "fast-check";
import {
  callArguments,
  skipAtom,
  topLevelOperands,
  wholeCall,
} from "../../../src/domain/kpi/formulaText";

// Arguments whose text holds commas and parentheses that do not belong to the call.
const tricky = fc.constantFrom(
  "A1",
  '"a, b"',
  '"say ""(hi)"""',
  "'Q1, 2026'!B2",
  "Posts[[#This Row],[Link Clicks]]",
  "{1,2;3,4}",
  "SUM(A1,B1)",
  "T[Clicks '[all']]",
  ""
);

describe("finding a call's arguments", () => {
  it("gives back the arguments it was built from, whatever commas they hold", () => {
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 1, maxLength: 5 }), (args) => {
        const text = `F(${args.join(",")})`;
        const call = callArguments(text, 1);
        const expected = args.length === 1 && args[0] === "" ? [] : args;
        expect(call).toEqual({ args: expected, close: text.length - 1 });
      })
    );
  });

  it("stops at the call's own closing parenthesis", () => {
    expect(callArguments("F(A1,(B1+C1))*2", 1)).toEqual({ args: ["A1", "(B1+C1)"], close: 12 });
  });

  it("returns null for a call that never closes", () => {
    expect(callArguments("F(A1,B1", 1)).toBeNull();
    expect(callArguments('F("A1)', 1)).toBeNull();
  });

  it("recognises an expression that is one whole call", () => {
    expect(wholeCall("KPI.CTR(A1, B1)")).toEqual({ name: "KPI.CTR", args: ["A1", " B1"] });
    expect(wholeCall("SUM(A1)+1")).toBeNull();
  });
});

describe("skipping atoms", () => {
  it("skips strings with doubled quotes, quoted sheet names and nested brackets", () => {
    expect(skipAtom('"a""b",1', 0)).toBe(6);
    expect(skipAtom("'it''s'!A1", 0)).toBe(7);
    expect(skipAtom("T[[#This Row],[a']b]]+1", 1)).toBe(21);
  });

  it("reports an atom that never closes", () => {
    expect(skipAtom('"abc', 0)).toBe(-1);
    expect(skipAtom("[a", 0)).toBe(-1);
  });
});

describe("top-level operands", () => {
  it("split at operators and keep groups and calls whole", () => {
    expect(topLevelOperands("A1*(B1+C1)-SUM(D1,E1)")).toEqual(["A1", "(B1+C1)", "SUM(D1,E1)"]);
    expect(topLevelOperands('"a-b"&T[x-y]')).toEqual(['"a-b"', "T[x-y]"]);
  });

  it("return null for unbalanced parentheses", () => {
    expect(topLevelOperands("(A1")).toBeNull();
    expect(topLevelOperands("A1)")).toBeNull();
  });
});
