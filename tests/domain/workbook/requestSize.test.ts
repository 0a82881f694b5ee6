import { jsonBytes, nextReadRows, utf8Length } from "../../../src/domain/workbook/requestSize";

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
});
