import fc from "fast-check";
import {
  jsonBytes,
  REQUEST_BUDGET_BYTES,
  nextReadRows,
  utf8Length,
} from "../../../src/domain/workbook/requestSize";

describe("request sizes", () => {
  it("counts UTF-8 bytes like the wire does", () => {
    for (const text of ["abc", "é", "€", "😀", "a😀é€", "\u{10FFFF}", "\ud800"]) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
    }
  });

  it("measures JSON as sent", () => {
    expect(jsonBytes([["'=1", 2, null]])).toBe(
      Buffer.byteLength(JSON.stringify([["'=1", 2, null]]))
    );
  });

  it("reads as many rows as fit, at least one, at most what is left", () => {
    expect(nextReadRows(400, 100_000)).toBe(10_000);
    expect(nextReadRows(400, 50)).toBe(50);
    expect(nextReadRows(10_000_000, 50)).toBe(1);
  });

  it("spreads the rows left evenly over the blocks instead of leaving a small last one", () => {
    expect(nextReadRows(400, 95_000)).toBe(9_500);
    expect(nextReadRows(400, 10_001)).toBe(5_001);
  });

  it("reads in as few blocks as the budget allows, each under it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: REQUEST_BUDGET_BYTES }),
        fc.integer({ min: 1, max: 2_000_000 }),
        (bytesPerRow, remaining) => {
          const rows = nextReadRows(bytesPerRow, remaining);
          const fit = Math.floor(REQUEST_BUDGET_BYTES / bytesPerRow);
          expect(rows).toBeGreaterThanOrEqual(1);
          expect(rows).toBeLessThanOrEqual(Math.min(fit, remaining));
          expect(Math.ceil(remaining / rows)).toBe(Math.ceil(remaining / fit));
        }
      )
    );
  });
});
