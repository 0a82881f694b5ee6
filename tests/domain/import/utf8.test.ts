import fc from "fast-check";
import {
  decodeUtf8,
  encodeUtf8,
  isBlankUtf8,
  isUtf8,
  utf8Head,
} from "../../../src/domain/import/utf8";

const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const acceptedByFatalDecoder = (bytes: Uint8Array): boolean => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

// Bytes near the edges of UTF-8's table: lead bytes, continuation bytes, surrogates, overlongs.
const edgyByte = fc.constantFrom(
  0x00,
  0x41,
  0x7f,
  0x80,
  0x8f,
  0x90,
  0x9f,
  0xa0,
  0xbf,
  0xc0,
  0xc1,
  0xc2,
  0xdf,
  0xe0,
  0xed,
  0xef,
  0xf0,
  0xf4,
  0xf5,
  0xff
);
const bytesNearUtf8 = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 4 }).map((text) => [...encodeUtf8(text)]),
      fc.array(edgyByte, { minLength: 1, maxLength: 3 })
    ),
    { maxLength: 12 }
  )
  .map((parts) => new Uint8Array(parts.flat()));

describe("isUtf8", () => {
  it("accepts exactly what a fatal UTF-8 decoder accepts", () => {
    fc.assert(
      fc.property(bytesNearUtf8, (bytes) => {
        expect(isUtf8(bytes)).toBe(acceptedByFatalDecoder(bytes));
      }),
      { numRuns: 3000 }
    );
  });

  it.each([
    ["an overlong slash", [0xc0, 0xaf]],
    ["a surrogate", [0xed, 0xa0, 0x80]],
    ["a code point past U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
    ["a sequence cut by the end of the file", [0x61, 0xe2, 0x82]],
    ["Windows-1252's é", [0x63, 0x61, 0x66, 0xe9]],
  ])("refuses %s", (_case, bytes) => {
    expect(isUtf8(new Uint8Array(bytes))).toBe(false);
  });
});

describe("decodeUtf8", () => {
  it("reads any cell between ASCII bytes as the whole text's decoder reads it", () => {
    const cellText = fc.string({ unit: "grapheme", maxLength: 40 });
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 5 }), (cells) => {
        const bytes = encodeUtf8(cells.join(","));
        let start = 0;
        for (const cell of cells) {
          const end = start + encodeUtf8(cell).length;
          expect(decodeUtf8(bytes, start, end)).toBe(cell);
          start = end + 1;
        }
      })
    );
  });

  it("decodes any bytes, malformed ones included, as the platform's UTF-8 decoder does, at every length", () => {
    const lenient = new TextDecoder("utf-8", { ignoreBOM: true });
    // Cells up to 256 bytes are decoded in JavaScript, longer ones by the platform: both sides.
    const long = fc
      .tuple(bytesNearUtf8, fc.integer({ min: 200, max: 300 }))
      .map(([bytes, padding]) => new Uint8Array([...new Uint8Array(padding).fill(0x41), ...bytes]));
    fc.assert(
      fc.property(fc.oneof(bytesNearUtf8, long), fc.nat(4), (bytes, margin) => {
        const padded = new Uint8Array([...new Uint8Array(margin).fill(0x2c), ...bytes, 0x2c]);
        expect(decodeUtf8(padded, margin, margin + bytes.length)).toBe(lenient.decode(bytes));
      }),
      { numRuns: 3000 }
    );
  });

  it("reads a malformed sequence as U+FFFD, as the whole file's decoder would", () => {
    const bytes = new Uint8Array([0x61, 0xe9, 0x62, 0x2c, 0xff]);
    expect(decodeUtf8(bytes, 0, 3)).toBe("a\ufffdb");
    expect(decodeUtf8(bytes, 4, 5)).toBe("\ufffd");
  });

  it("reads nothing from an empty range", () => {
    expect(decodeUtf8(encodeUtf8("abc"), 2, 2)).toBe("");
  });
});

describe("utf8Head", () => {
  it("keeps the longest run of whole characters that fits", () => {
    const text = fc.string({ unit: "grapheme", maxLength: 30 });
    fc.assert(
      fc.property(text, fc.nat({ max: 120 }), (text, maxBytes) => {
        const head = utf8Head(encodeUtf8(text), maxBytes);
        expect(text.startsWith(head)).toBe(true);
        expect(encodeUtf8(head).length).toBeLessThanOrEqual(maxBytes);
        const next = String.fromCodePoint(text.codePointAt(head.length) ?? 0);
        if (head !== text) expect(encodeUtf8(head + next).length).toBeGreaterThan(maxBytes);
      })
    );
  });
});

describe("isBlankUtf8", () => {
  it("says blank exactly when the text trims to nothing", () => {
    const unit = fc.constantFrom(" ", "\t", "\r\n", "\u00a0", "\u3000", "\ufeff", "a", "é");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 8 }), (text) => {
        expect(isBlankUtf8(encodeUtf8(text))).toBe(text.trim() === "");
      })
    );
  });
});
