import { literalText, toWrittenValue } from "../../../src/domain/workbook/literalText";
import { sameCell } from "../../../src/domain/workbook/workbookCell";

describe("literal text", () => {
  it.each([
    ["=1+1"],
    ["+hello"],
    ["-world"],
    ["@mention"],
    ["\t=cmd"],
    ["\rCR"],
    ["1234567890123456789"],
    ["TRUE"],
    ["'already quoted"],
  ])("sends %p behind Excel's text apostrophe", (text) => {
    expect(literalText(text)).toBe(`'${text}`);
  });

  it("sends an empty string as an empty cell", () => {
    expect(literalText("")).toBe("");
  });

  it("leaves numbers and booleans as they are", () => {
    expect(toWrittenValue(42)).toBe(42);
    expect(toWrittenValue(false)).toBe(false);
    expect(toWrittenValue("x")).toBe("'x");
  });
});

describe("sameCell", () => {
  it("compares numbers at Excel's 15 significant digits", () => {
    expect(sameCell(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameCell(1, 1.0001)).toBe(false);
  });

  it("compares text exactly and never equates text with a number", () => {
    expect(sameCell("a", "a ")).toBe(false);
    expect(sameCell("1", 1)).toBe(false);
    expect(sameCell("", "")).toBe(true);
  });
});
