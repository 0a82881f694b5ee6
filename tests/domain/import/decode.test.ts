import { looksBinary, toUtf8 } from "../../../src/domain/import/decode";

const utf16 = (text: string, littleEndian: boolean): number[] =>
  [...text].flatMap((ch) => {
    const code = ch.charCodeAt(0);
    return littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });

describe("toUtf8", () => {
  it.each([
    ["UTF-8 without BOM", [0x63, 0x61, 0x66, 0xc3, 0xa9], "café", "utf-8"],
    ["UTF-8 with BOM, which is dropped", [0xef, 0xbb, 0xbf, 0x61], "a", "utf-8-bom"],
    [
      "UTF-16 LE with BOM (Meta's daily series)",
      [0xff, 0xfe, ...utf16("sep=,", true)],
      "sep=,",
      "utf-16le",
    ],
    ["UTF-16 BE with BOM", [0xfe, 0xff, ...utf16("Date", false)], "Date", "utf-16be"],
    ["UTF-16 LE without BOM", utf16('"Date","Primary"', true), '"Date","Primary"', "utf-16le"],
    ["UTF-16 BE without BOM", utf16('"Date","Primary"', false), '"Date","Primary"', "utf-16be"],
    [
      "Windows-1252 when the bytes are not UTF-8",
      [0x43, 0x61, 0x66, 0xe9, 0x20, 0x80],
      "Café €",
      "windows-1252",
    ],
  ] as const)("reads %s", (_description, bytes, text, encoding) => {
    const utf8 = toUtf8(new Uint8Array(bytes));
    expect(utf8.encoding).toBe(encoding);
    expect(new TextDecoder().decode(utf8.bytes)).toBe(text);
  });

  it("hands UTF-8 over without copying it", () => {
    const bytes = new TextEncoder().encode("Date,Views\n2025-01-01,3\n");
    expect(toUtf8(bytes).bytes).toBe(bytes);
  });
});

describe("looksBinary", () => {
  it("tells binary content from text exports", () => {
    expect(looksBinary("Date,Views\n2025-01-01,3\n")).toBe(false);
    expect(looksBinary('1,"\t🥛 caption"\r\n')).toBe(false);
    expect(looksBinary("\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000")).toBe(true);
  });
});
