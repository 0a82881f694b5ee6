/**
 * A strict raw-DEFLATE (RFC 1951) decoder, used to prove that every compressed part of a ZIP is
 * intact before SheetJS inflates it: SheetJS's own inflater has no end-of-input check and decodes
 * a damaged stream forever. This one gives up, with false, at the first thing a well-formed
 * stream cannot hold: a read past the input, an invalid or incomplete Huffman code, a distance
 * before the start of the output, or more output than the ZIP declared. Every step consumes input
 * bits or writes output, so its time is bounded by the input and the declared size.
 *
 * Decoding follows Mark Adler's reference decoder `puff.c` (canonical codes, bit by bit).
 */

interface Huffman {
  /** How many codes have each length, 0–15. */
  readonly counts: Uint16Array;
  /** The symbols, ordered by code length then by symbol. */
  readonly symbols: Uint16Array;
  /** Codes left unused: 0 for a complete code, negative for an over-subscribed one. */
  readonly unused: number;
  /**
   * The codes of up to {@link FAST_BITS} bits, by the next FAST_BITS bits of input (first bit
   * lowest): `symbol << 4 | length`, or 0 where no such code starts (a longer code, or none).
   */
  readonly fast: Uint16Array;
}

const MAX_CODE_BITS = 15;
/** Most codes of a real stream are this short: they are read in one table look-up. */
const FAST_BITS = 9;
const END_OF_BLOCK = 256;
const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
  163, 195, 227, 258,
];
const LENGTH_EXTRA_BITS = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
  3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA_BITS = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

function huffman(lengths: ArrayLike<number>): Huffman {
  const counts = new Uint16Array(MAX_CODE_BITS + 1);
  for (let symbol = 0; symbol < lengths.length; symbol++) {
    const length = lengths[symbol] ?? 0;
    counts[length] = (counts[length] ?? 0) + 1;
  }
  const symbols = new Uint16Array(lengths.length);
  const fast = new Uint16Array(1 << FAST_BITS);
  if (counts[0] === lengths.length) return { counts, symbols, unused: 0, fast };
  let unused = 1;
  for (let length = 1; length <= MAX_CODE_BITS; length++) {
    unused = unused * 2 - (counts[length] ?? 0);
    if (unused < 0) return { counts, symbols, unused, fast };
  }
  const offsets = new Uint16Array(MAX_CODE_BITS + 2);
  for (let length = 1; length <= MAX_CODE_BITS; length++) {
    offsets[length + 1] = (offsets[length] ?? 0) + (counts[length] ?? 0);
  }
  for (let symbol = 0; symbol < lengths.length; symbol++) {
    const length = lengths[symbol] ?? 0;
    if (length === 0) continue;
    const at = offsets[length] ?? 0;
    symbols[at] = symbol;
    offsets[length] = at + 1;
  }
  // Canonical codes (RFC 1951 §3.2.2), bit-reversed: the stream sends a code's first bit first.
  let code = 0;
  let index = 0;
  for (let length = 1; length <= FAST_BITS; length++) {
    for (let n = 0; n < (counts[length] ?? 0); n++, index++, code++) {
      let reversed = 0;
      for (let bit = 0; bit < length; bit++) reversed |= ((code >> bit) & 1) << (length - 1 - bit);
      const entry = ((symbols[index] ?? 0) << 4) | length;
      for (let fill = reversed; fill < fast.length; fill += 1 << length) fast[fill] = entry;
    }
    code <<= 1;
  }
  return { counts, symbols, unused, fast };
}

/** A code may be incomplete only when it is a single code of one bit (RFC 1951 §3.2.7). */
const isUsable = (code: Huffman, symbolCount: number): boolean =>
  code.unused === 0 ||
  (code.unused > 0 && symbolCount - (code.counts[0] ?? 0) === 1 && code.counts[1] === 1);

const FIXED_LITERALS = huffman(
  Array.from({ length: 288 }, (_, symbol) =>
    symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8
  )
);
const FIXED_DISTANCES = huffman(Array.from({ length: 30 }, () => 5));

/**
 * Decodes a raw DEFLATE stream into `output`, which it must fill exactly: false when it does not
 * (the caller then knows the compressed data is damaged; what `output` holds is then undefined).
 * The caller gives the output so that a part can inflate straight into its place in a larger
 * buffer (unpackZip.ts lays every part of an archive out in one).
 *
 * @example
 * const abc = new Uint8Array(3);
 * inflateRaw(new Uint8Array([0x4b, 0x4c, 0x4a, 0x06, 0x00]), abc) //=> true, abc is [97, 98, 99]
 * inflateRaw(new Uint8Array([0x4b, 0x4c]), abc) //=> false (the stream stops half-way)
 */
export function inflateRaw(input: Uint8Array, output: Uint8Array): boolean {
  const size = output.length;
  let written = 0;
  let position = 0;
  let bitBuffer = 0;
  let bitCount = 0;
  // Reads past the input return zeros and set this flag; every loop checks it before going on.
  let overrun = false;

  const bits = (need: number): number => {
    while (bitCount < need) {
      if (position >= input.length) {
        overrun = true;
        return 0;
      }
      bitBuffer |= (input[position++] ?? 0) << bitCount;
      bitCount += 8;
    }
    const value = bitBuffer & ((1 << need) - 1);
    bitBuffer >>>= need;
    bitCount -= need;
    return value;
  };

  const decode = (code: Huffman): number => {
    while (bitCount < FAST_BITS && position < input.length) {
      bitBuffer |= (input[position++] ?? 0) << bitCount;
      bitCount += 8;
    }
    if (bitCount >= FAST_BITS) {
      const entry = code.fast[bitBuffer & ((1 << FAST_BITS) - 1)] ?? 0;
      if (entry !== 0) {
        const length = entry & 15;
        bitBuffer >>>= length;
        bitCount -= length;
        return entry >> 4;
      }
    }
    // A longer code, or none, or the last bits of the input: bit by bit.
    let bitsSoFar = 0;
    let first = 0;
    let index = 0;
    for (let length = 1; length <= MAX_CODE_BITS; length++) {
      bitsSoFar |= bits(1);
      if (overrun) return -1;
      const count = code.counts[length] ?? 0;
      if (bitsSoFar - count < first) return code.symbols[index + (bitsSoFar - first)] ?? -1;
      index += count;
      first = (first + count) * 2;
      bitsSoFar *= 2;
    }
    return -1;
  };

  const storedBlock = (): boolean => {
    // A stored block starts on the next byte boundary: whole bytes a look-up read ahead go back.
    position -= bitCount >>> 3;
    bitBuffer = 0;
    bitCount = 0;
    if (position + 4 > input.length) return false;
    const length = (input[position] ?? 0) | ((input[position + 1] ?? 0) << 8);
    const complement = (input[position + 2] ?? 0) | ((input[position + 3] ?? 0) << 8);
    position += 4;
    if (length !== (~complement & 0xffff)) return false;
    if (position + length > input.length || written + length > size) return false;
    output.set(input.subarray(position, position + length), written);
    position += length;
    written += length;
    return true;
  };

  const huffmanBlock = (literals: Huffman, distances: Huffman): boolean => {
    for (;;) {
      const symbol = decode(literals);
      if (symbol < 0) return false;
      if (symbol < END_OF_BLOCK) {
        if (written >= size) return false;
        output[written++] = symbol;
        continue;
      }
      if (symbol === END_OF_BLOCK) return true;
      const lengthCode = symbol - 257;
      const base = LENGTH_BASE[lengthCode];
      if (base === undefined) return false;
      const length = base + bits(LENGTH_EXTRA_BITS[lengthCode] ?? 0);
      const distanceCode = decode(distances);
      const distanceBase = DISTANCE_BASE[distanceCode];
      if (distanceBase === undefined) return false;
      const distance = distanceBase + bits(DISTANCE_EXTRA_BITS[distanceCode] ?? 0);
      if (overrun || distance > written || written + length > size) return false;
      if (distance >= length) {
        output.copyWithin(written, written - distance, written - distance + length);
        written += length;
      } else {
        for (let i = 0; i < length; i++, written++)
          output[written] = output[written - distance] ?? 0;
      }
    }
  };

  const dynamicBlock = (): boolean => {
    const literalCount = bits(5) + 257;
    const distanceCount = bits(5) + 1;
    const codeLengthCount = bits(4) + 4;
    if (overrun || literalCount > 286 || distanceCount > 30) return false;
    const codeLengths = new Uint8Array(19);
    for (let i = 0; i < codeLengthCount; i++) codeLengths[CODE_LENGTH_ORDER[i] ?? 0] = bits(3);
    const codeLengthCode = huffman(codeLengths);
    if (overrun || codeLengthCode.unused !== 0) return false;
    const lengths = new Uint8Array(literalCount + distanceCount);
    for (let index = 0; index < lengths.length;) {
      const symbol = decode(codeLengthCode);
      if (symbol < 0) return false;
      if (symbol < 16) {
        lengths[index++] = symbol;
        continue;
      }
      let repeated = 0;
      let times: number;
      if (symbol === 16) {
        if (index === 0) return false;
        repeated = lengths[index - 1] ?? 0;
        times = 3 + bits(2);
      } else {
        times = symbol === 17 ? 3 + bits(3) : 11 + bits(7);
      }
      if (overrun || index + times > lengths.length) return false;
      lengths.fill(repeated, index, index + times);
      index += times;
    }
    if (lengths[END_OF_BLOCK] === 0) return false;
    const literals = huffman(lengths.subarray(0, literalCount));
    const distances = huffman(lengths.subarray(literalCount));
    if (!isUsable(literals, literalCount) || !isUsable(distances, distanceCount)) return false;
    return huffmanBlock(literals, distances);
  };

  let last = 0;
  while (last === 0) {
    last = bits(1);
    const type = bits(2);
    if (overrun) return false;
    const ok =
      type === 0
        ? storedBlock()
        : type === 1
          ? huffmanBlock(FIXED_LITERALS, FIXED_DISTANCES)
          : type === 2
            ? dynamicBlock()
            : false;
    if (!ok) return false;
  }
  return written === size;
}
