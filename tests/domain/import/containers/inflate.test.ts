import { constants, crc32 as zlibCrc32, deflateRawSync } from "node:zlib";
import fc from "fast-check";
import { crc32 } from "../../../../src/domain/import/containers/crc32";
import { inflateRaw } from "../../../../src/domain/import/containers/inflate";

// Text-like bytes compress with back-references and dynamic Huffman tables; random ones with
// stored blocks: both shapes are drawn.
const content = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  fc.string({ maxLength: 2048 }).map((text) => new TextEncoder().encode(text.repeat(3)))
);
const options = fc.record({
  level: fc.integer({ min: 0, max: 9 }),
  strategy: fc.constantFrom(
    constants.Z_DEFAULT_STRATEGY,
    constants.Z_FIXED,
    constants.Z_HUFFMAN_ONLY,
    constants.Z_RLE
  ),
});

/** What inflateRaw writes into a buffer of `size` bytes, or null when it refuses the stream. */
function inflated(input: Uint8Array, size: number): Uint8Array | null {
  const output = new Uint8Array(size);
  return inflateRaw(input, output) ? output : null;
}

describe("inflateRaw", () => {
  it("gives back exactly what zlib deflated, at every level and strategy", () => {
    fc.assert(
      fc.property(content, options, (bytes, { level, strategy }) => {
        const deflated = new Uint8Array(deflateRawSync(bytes, { level, strategy }));
        expect(inflated(deflated, bytes.length)).toEqual(bytes);
      })
    );
  });

  it("reads a stored block that follows a compressed one (a flushed stream), from its byte boundary", () => {
    fc.assert(
      fc.property(content, content, options, (first, second, { level, strategy }) => {
        // A sync flush ends the first part with an empty stored block on a byte boundary, so
        // the next part's blocks can follow it.
        const flushed = deflateRawSync(first, {
          level,
          strategy,
          finishFlush: constants.Z_SYNC_FLUSH,
        });
        const deflated = new Uint8Array([...flushed, ...deflateRawSync(second, { level: 0 })]);
        const whole = new Uint8Array([...first, ...second]);
        expect(inflated(deflated, whole.length)).toEqual(whole);
      })
    );
  });

  it("refuses a stream that inflates to another size than the one declared", () => {
    const bytes = new TextEncoder().encode("Date,Views\n2025-01-01,12\n".repeat(20));
    const deflated = new Uint8Array(deflateRawSync(bytes));
    expect(inflated(deflated, bytes.length - 1)).toBeNull();
    expect(inflated(deflated, bytes.length + 1)).toBeNull();
  });

  it("inflates into a window of a larger buffer, back-references included, leaving the bytes around it alone", () => {
    fc.assert(
      fc.property(content, options, fc.nat(64), (bytes, { level, strategy }, margin) => {
        const deflated = new Uint8Array(deflateRawSync(bytes, { level, strategy }));
        const buffer = new Uint8Array(margin + bytes.length + margin).fill(0xa5);
        expect(inflateRaw(deflated, buffer.subarray(margin, margin + bytes.length))).toBe(true);
        expect(buffer.subarray(margin, margin + bytes.length)).toEqual(bytes);
        expect(buffer.subarray(0, margin).every((byte) => byte === 0xa5)).toBe(true);
        expect(buffer.subarray(margin + bytes.length).every((byte) => byte === 0xa5)).toBe(true);
      })
    );
  });

  it("always ends, refusing or filling its output, on damaged or arbitrary input", () => {
    fc.assert(
      fc.property(content, fc.uint8Array({ minLength: 1, maxLength: 8 }), (bytes, noise) => {
        const deflated = new Uint8Array(deflateRawSync(bytes));
        const damaged = deflated.slice();
        noise.forEach((value, i) => (damaged[(value * 131 + i * 17) % damaged.length] = value));
        expect(typeof inflateRaw(damaged, new Uint8Array(bytes.length))).toBe("boolean");
        expect(() => inflateRaw(noise, new Uint8Array(1 << 16))).not.toThrow();
      })
    );
  });
});

describe("crc32", () => {
  it("is the checksum ZIP stores (zlib's CRC-32)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        expect(crc32(bytes)).toBe(zlibCrc32(bytes));
      })
    );
  });
});
