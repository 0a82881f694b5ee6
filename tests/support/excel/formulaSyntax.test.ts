import fc from "fast-check";
import type { StructuredReferenceText } from "./formulaSyntax";
import { replaceStructuredReferences } from "./formulaSyntax";

const referencesIn = (formula: string): StructuredReferenceText[] => {
  const found: StructuredReferenceText[] = [];
  replaceStructuredReferences(formula, (ref) => {
    found.push(ref);
    return undefined;
  });
  return found;
};

// Pieces formulas are made of, so that generated text holds references, quotes and brackets often.
const formulaText = fc
  .array(
    fc.oneof(
      fc.constantFrom("Posts", "Données", "[", "]", "'", '"', "@", "#Headers", ",", "!", "$", "A1"),
      fc.string({ maxLength: 3 })
    ),
    { maxLength: 12 }
  )
  .map((parts) => `=${parts.join("")}`);

describe("Excel stand-in: structured references in formula text", () => {
  it("finds table-qualified and bare references, with Unicode table names and nested brackets", () => {
    expect(referencesIn("=SUM(Données[Vues])/[@Clicks]+T[[#Headers],[a']b]]")).toEqual([
      { table: "Données", inner: "Vues" },
      { table: undefined, inner: "@Clicks" },
      { table: "T", inner: "[#Headers],[a']b]" },
    ]);
  });

  it("skips text values and quoted sheet names, doubled quotes included", () => {
    expect(referencesIn(`="Posts[x]""[y]"&'It''s [z]'!A1&Posts[Reach]`)).toEqual([
      { table: "Posts", inner: "Reach" },
    ]);
  });

  it("gives back any text unchanged when every reference is kept or rewritten as itself", () => {
    fc.assert(
      fc.property(formulaText, (formula) => {
        expect(replaceStructuredReferences(formula, () => undefined)).toBe(formula);
        const same = (ref: StructuredReferenceText) => `${ref.table ?? ""}[${ref.inner}]`;
        expect(replaceStructuredReferences(formula, same)).toBe(formula);
      })
    );
  });

  it("replaces only the references, leaving the text around them", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[-+*/(),&<> ]{0,8}$/), (around) => {
        const formula = `=${around}Posts[Reach]${around}[@Clicks]${around}`;
        const out = replaceStructuredReferences(formula, (ref) => (ref.table ? "$B$2" : "C7"));
        expect(out).toBe(`=${around}$B$2${around}C7${around}`);
      })
    );
  });
});
