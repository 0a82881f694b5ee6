import fc from "fast-check";
import { fromCell, keyPart, toCell } from "../../../src/domain/workbook/columnType";
import { MAX_WRITTEN_TEXT } from "../../../src/domain/workbook/literalText";

describe("column types", () => {
  it("stores ISO dates and date-times as Excel serials and reads them back", () => {
    expect(toCell("date", "2026-01-05")).toBe(46027);
    expect(toCell("datetime", "2026-01-05T12:00")).toBe(46027.5);
    expect(fromCell("date", 46027)).toBe("2026-01-05");
    expect(fromCell("datetime", 46027.5)).toBe("2026-01-05T12:00");
    expect(fromCell("datetime", 46027)).toBe("2026-01-05");
  });

  it("keeps text that is not an ISO date as text", () => {
    expect(toCell("date", "05/01/2026")).toBe("05/01/2026");
    expect(toCell("date", "2026-02-30")).toBe("2026-02-30");
    expect(toCell("date", "1899-12-31")).toBe("1899-12-31");
    expect(toCell("datetime", "2026-01-05T24:00")).toBe("2026-01-05T24:00");
    expect(fromCell("date", "05/01/2026")).toBe("05/01/2026");
  });

  it("round-trips every minute of a date-time", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1900-03-01T00:00Z"),
          max: new Date("2199-12-31T23:59Z"),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 16);
          const expected = iso.endsWith("T00:00") ? iso.slice(0, 10) : iso;
          expect(fromCell("datetime", toCell("datetime", iso))).toBe(expected);
        }
      )
    );
  });

  it("stores durations as fractions of a day and reads seconds back", () => {
    expect(toCell("duration", 5400)).toBe(0.0625);
    expect(fromCell("duration", toCell("duration", 45.3))).toBe(45.3);
  });

  it("writes nulls and non-finite numbers as empty cells and reads empty cells as null", () => {
    expect(toCell("integer", null)).toBe("");
    expect(toCell("integer", Number.NaN)).toBe("");
    expect(fromCell("integer", "")).toBeNull();
    expect(fromCell("text", "")).toBeNull();
  });

  it("reads a number a user typed into a text column as its text", () => {
    expect(fromCell("text", 12)).toBe("12");
    expect(fromCell("text", true)).toBe("TRUE");
  });

  it("cuts text to what Excel accepts in a cell", () => {
    expect(toCell("text", "x".repeat(40_000))).toHaveLength(MAX_WRITTEN_TEXT);
  });

  it("keys text as text and numbers at Excel's precision", () => {
    expect(keyPart("text", 123)).toBe("123");
    expect(keyPart("text", "123")).toBe("123");
    expect(keyPart("date", 46027)).toBe(46027);
    expect(keyPart("date", "")).toBe("");
  });
});
