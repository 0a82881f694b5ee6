import fc from "fast-check";
import { readGoalNumber } from "../../../src/domain/goals/readGoalNumber";

describe("readGoalNumber", () => {
  it("reads a percentage as the fraction the sheet compares rates with", () => {
    expect(readGoalNumber("4.5%", "en")).toEqual({ kind: "number", value: 0.045, percent: true });
    expect(readGoalNumber("4,5 %", "fr")).toEqual({ kind: "number", value: 0.045, percent: true });
  });

  it("reads the language's decimal separator, and the other one where only it makes sense", () => {
    expect(readGoalNumber("1,5", "fr")).toMatchObject({ value: 1.5 });
    expect(readGoalNumber("12,000", "en")).toMatchObject({ value: 12_000 });
    expect(readGoalNumber("0.05", "fr")).toMatchObject({ value: 0.05 });
    expect(readGoalNumber("0.045", "fr")).toMatchObject({ value: 0.045 });
    expect(readGoalNumber("1.045", "fr")).toMatchObject({ value: 1045 });
    expect(readGoalNumber("12 000", "fr")).toMatchObject({ value: 12_000 });
  });

  it("tells an empty field from text that is not a number", () => {
    expect(readGoalNumber("  ", "en")).toEqual({ kind: "empty" });
    expect(readGoalNumber("soon", "en")).toEqual({ kind: "invalid" });
    expect(readGoalNumber("n/a", "en")).toEqual({ kind: "invalid" });
  });

  it("reads back any number written the way the language writes it, with or without %", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((n) => Number(n.toFixed(4)) + 0),
        fc.constantFrom("en" as const, "fr" as const),
        fc.boolean(),
        (n, language, percent) => {
          const written = language === "fr" ? String(n).replace(".", ",") : String(n);
          const typed = readGoalNumber(`${written}${percent ? "%" : ""}`, language);
          const expected = percent ? Number((n / 100).toPrecision(15)) : n;
          expect(typed).toEqual({ kind: "number", value: expected, percent });
        }
      )
    );
  });
});
