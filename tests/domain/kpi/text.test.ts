import fc from "fast-check";
import { foldText } from "../../../src/domain/kpi/foldText";
import { mentions } from "../../../src/domain/kpi/mentions";
import { sentiment } from "../../../src/domain/kpi/sentiment/sentiment";

describe("mentions", () => {
  it("counts texts that mention any term, ignoring case and accents", () => {
    const texts = [
      "J'adore le Café Lumière",
      "cafe lumiere encore",
      "Rien à voir",
      "CAFÉ LUMIÈRE!!",
    ];
    expect(mentions(texts, ["café lumière"])).toBe(3);
  });

  it("matches whole words only", () => {
    expect(mentions(["Love my Nike shoes", "nikesh here", "ADIDAS vs nike"], ["nike"])).toBe(2);
  });

  it("counts a text once even when it mentions several terms", () => {
    expect(mentions(["nike and adidas"], ["nike", "adidas"])).toBe(1);
  });

  it("finds handles and hashtags, and the bare name inside them", () => {
    expect(mentions(["thanks @nike", "#nike rocks"], ["nike"])).toBe(2);
    expect(mentions(["thanks @nike", "nike"], ["@nike"])).toBe(1);
  });

  it("treats regular-expression characters in terms literally", () => {
    expect(mentions(["C++ rocks", "C rocks"], ["c++"])).toBe(1);
  });

  it("ignores empty texts and returns INVALID_ARGUMENT without terms", () => {
    expect(mentions([null, ""], ["x"])).toBe(0);
    expect(mentions(["x"], [null, " "])).toMatchObject({ code: "INVALID_ARGUMENT" });
  });
});

describe("foldText", () => {
  it("is idempotent and case-insensitive", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(foldText(foldText(text))).toBe(foldText(text));
        expect(foldText(text.toUpperCase())).toBe(foldText(foldText(text).toUpperCase()));
      })
    );
  });
});

describe("sentiment", () => {
  it.each([
    ["I love this, the delivery was very fast 😍", 0.5, 1],
    ["Amazing product, highly recommend", 0.5, 1],
    ["Terrible service, I want a refund 😡", -1, -0.5],
    ["The package arrived on Tuesday", -0.01, 0.01],
    ["J'adore, livraison super rapide !", 0.5, 1],
    ["Service client nul, je suis très déçu", -1, -0.5],
  ])("scores %j between %d and %d", (text, low, high) => {
    const score = sentiment(text) as number;
    expect(score).toBeGreaterThanOrEqual(low);
    expect(score).toBeLessThanOrEqual(high);
  });

  it("turns praise negative when it is negated, in English and in French", () => {
    expect(sentiment("This is not good") as number).toBeLessThan(0);
    expect(sentiment("Je n'aime pas ce produit") as number).toBeLessThan(0);
    expect(sentiment("J'aime pas ce produit") as number).toBeLessThan(0);
  });

  it("weighs what comes after 'but' more than what comes before", () => {
    expect(sentiment("Great design but terrible battery") as number).toBeLessThan(0);
    expect(sentiment("Terrible box but great product") as number).toBeGreaterThan(0);
  });

  it("is stronger with an intensifier", () => {
    expect(sentiment("very good") as number).toBeGreaterThan(sentiment("good") as number);
  });

  it("detects the language unless told, and accepts an explicit one", () => {
    expect(sentiment("bon produit, je recommande") as number).toBeGreaterThan(0);
    expect(sentiment("bon", "fr") as number).toBeGreaterThan(0);
  });

  it("returns blank for empty text and INVALID_ARGUMENT for an unknown language", () => {
    expect(sentiment("  ")).toBe("");
    expect(sentiment("good", "klingon")).toMatchObject({ code: "INVALID_ARGUMENT" });
  });

  it("always stays within −1 and 1", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom("love", "hate", "not", "very", "but", "😍", "😡", "great", "nul", "pas"),
          { maxLength: 40 }
        ),
        (words) => {
          const score = sentiment(words.join(" ") || "x") as number;
          expect(score).toBeGreaterThanOrEqual(-1);
          expect(score).toBeLessThanOrEqual(1);
        }
      )
    );
  });
});
