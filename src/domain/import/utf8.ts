/** UTF-8 bytes to text and back, for a CSV read from its bytes (docs/architecture.md §3.1). */

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
interface TextEncoderLike {
  encode(input: string): Uint8Array;
}

// The domain is compiled without DOM or Node types; both classes exist in every runtime the
// importer runs in (browsers, the task pane's WebView, Node), so they are reached through globalThis.
const runtime = globalThis as unknown as {
  TextDecoder: new (label: string, options: { ignoreBOM: boolean }) => TextDecoderLike;
  TextEncoder: new () => TextEncoderLike;
};

/**
 * A decoder of `label` (an encoding's WHATWG name) that leaves a BOM in the text: BOMs are read
 * once, by `toUtf8` (decode.ts). Not fatal: a malformed sequence reads as U+FFFD.
 */
export const textDecoder = (label: string): TextDecoderLike =>
  new runtime.TextDecoder(label, { ignoreBOM: true });

// Cells decoded one by one read as the whole file would: cells end on ASCII bytes, which always
// end a malformed sequence.
const decoder = textDecoder("utf-8");
const encoder = new runtime.TextEncoder();

/**
 * Cells up to this many bytes are decoded here rather than by the decoder: in Chromium (the task
 * pane's engine) a call into `TextDecoder` costs about two microseconds whatever its length,
 * more than decoding a short cell in JavaScript, and an export's cells are almost all short.
 */
const SHORT_CELL = 256;
/** Up to this many bytes, `String.fromCharCode` is called with each byte as an argument. */
const PIECE = 8;
const char = String.fromCharCode;
/**
 * A plain array of each length up to {@link SHORT_CELL}, made on first use and refilled for every
 * call: in Chromium, `fromCharCode.apply` with a typed array as its argument list costs five times
 * what it costs with a plain array of the same codes.
 */
const argumentsOfLength: number[][] = [];
const codesOfLength = (length: number): number[] =>
  (argumentsOfLength[length] ??= new Array<number>(length).fill(0));
/** The UTF-16 code units of a short cell: never more than its bytes. */
const units = new Array<number>(SHORT_CELL).fill(0);
const REPLACEMENT = 0xfffd;

/** An ASCII run of 1 to {@link PIECE} bytes as a string. */
function shortAscii(bytes: Uint8Array, at: number, length: number): string {
  const b0 = bytes[at] ?? 0;
  if (length === 1) return char(b0);
  const b1 = bytes[at + 1] ?? 0;
  if (length === 2) return char(b0, b1);
  const b2 = bytes[at + 2] ?? 0;
  if (length === 3) return char(b0, b1, b2);
  const b3 = bytes[at + 3] ?? 0;
  if (length === 4) return char(b0, b1, b2, b3);
  const b4 = bytes[at + 4] ?? 0;
  if (length === 5) return char(b0, b1, b2, b3, b4);
  const b5 = bytes[at + 5] ?? 0;
  if (length === 6) return char(b0, b1, b2, b3, b4, b5);
  const b6 = bytes[at + 6] ?? 0;
  if (length === 7) return char(b0, b1, b2, b3, b4, b5, b6);
  return char(b0, b1, b2, b3, b4, b5, b6, bytes[at + 7] ?? 0);
}

/**
 * Bytes `start` to `end` (at most {@link SHORT_CELL}) with at least one non-ASCII byte, decoded as
 * the Encoding Standard's UTF-8 decoder does: each malformed sequence, up to the first byte that
 * cannot continue it, reads as one U+FFFD, and that byte is read again.
 */
function decodeShortUtf8(bytes: Uint8Array, start: number, end: number): string {
  let count = 0;
  let at = start;
  while (at < end) {
    const lead = bytes[at++] ?? 0;
    if (lead < 0x80) {
      units[count++] = lead;
      continue;
    }
    let needed: number;
    let point: number;
    // The second byte's range excludes overlong forms, surrogates and points past U+10FFFF.
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      needed = 1;
      point = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      point = lead & 0x0f;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      point = lead & 0x07;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else {
      units[count++] = REPLACEMENT;
      continue;
    }
    for (; needed > 0; needed--) {
      const next = at < end ? (bytes[at] ?? 0) : -1;
      if (next < lower || next > upper) break;
      point = (point << 6) | (next & 0x3f);
      at++;
      lower = 0x80;
      upper = 0xbf;
    }
    if (needed > 0) {
      units[count++] = REPLACEMENT;
    } else if (point >= 0x10000) {
      point -= 0x10000;
      units[count++] = 0xd800 | (point >> 10);
      units[count++] = 0xdc00 | (point & 0x3ff);
    } else {
      units[count++] = point;
    }
  }
  const codes = codesOfLength(count);
  for (let k = 0; k < count; k++) codes[k] = units[k] ?? 0;
  // eslint-disable-next-line prefer-spread -- a spread would walk the codes through an iterator
  return char.apply(null, codes);
}

/**
 * The text of bytes `start` to `end` of UTF-8. Most cells of an export are short: those are built
 * here ({@link SHORT_CELL}), ASCII ones (numbers, ids, dates) straight from their bytes. Only
 * long cells go through the platform's decoder.
 *
 * @example
 * decodeUtf8(new Uint8Array([0x31, 0x32, 0x2c, 0xc3, 0xa9]), 0, 2) //=> "12"
 * decodeUtf8(new Uint8Array([0x31, 0x32, 0x2c, 0xc3, 0xa9]), 3, 5) //=> "é"
 */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  const length = end - start;
  if (length <= 0) return "";
  if (length > SHORT_CELL) return decoder.decode(bytes.subarray(start, end));
  if (length <= PIECE) {
    let high = 0;
    for (let i = start; i < end; i++) high |= bytes[i] ?? 0;
    return high < 0x80 ? shortAscii(bytes, start, length) : decodeShortUtf8(bytes, start, end);
  }
  // Copied while checked: most cells are ASCII, and then the copy is the text's codes.
  const codes = codesOfLength(length);
  let high = 0;
  for (let k = 0; k < length; k++) {
    const byte = bytes[start + k] ?? 0;
    high |= byte;
    codes[k] = byte;
  }
  // eslint-disable-next-line prefer-spread -- a spread would walk the codes through an iterator
  return high < 0x80 ? char.apply(null, codes) : decodeShortUtf8(bytes, start, end);
}

/**
 * Text as UTF-8 bytes.
 *
 * @example
 * encodeUtf8("é") //=> Uint8Array [0xc3, 0xa9]
 */
export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * Whether bytes are well-formed UTF-8 (the Unicode standard's table of well-formed sequences: no
 * overlong form, no surrogate, nothing past U+10FFFF, no cut sequence), as a fatal decoder would
 * accept them — without building the text: an export is mostly ASCII, which costs one comparison
 * a byte.
 *
 * @example
 * isUtf8(new Uint8Array([0x63, 0x61, 0x66, 0xc3, 0xa9])) //=> true ("café")
 * isUtf8(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) //=> false ("café" in Windows-1252)
 */
export function isUtf8(bytes: Uint8Array): boolean {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let size: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) size = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      size = 3;
      if (lead === 0xe0) min = 0xa0;
      else if (lead === 0xed) max = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      size = 4;
      if (lead === 0xf0) min = 0x90;
      else if (lead === 0xf4) max = 0x8f;
    } else return false;
    if (i + size > length) return false;
    const second = bytes[i + 1] ?? 0;
    if (second < min || second > max) return false;
    for (let k = 2; k < size; k++) {
      const next = bytes[i + k] ?? 0;
      if (next < 0x80 || next > 0xbf) return false;
    }
    i += size;
  }
  return true;
}

/**
 * The text of the first `maxBytes` of UTF-8, without the character the cut may have split.
 *
 * @example
 * utf8Head(new Uint8Array([0x61, 0xc3, 0xa9]), 2) //=> "a"
 */
export function utf8Head(bytes: Uint8Array, maxBytes: number): string {
  if (bytes.length <= maxBytes) return decoder.decode(bytes);
  let end = maxBytes;
  // Back over continuation bytes to the lead byte of the cut character (at most three).
  while (end > maxBytes - 3 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return decoder.decode(bytes.subarray(0, end));
}

/**
 * Whether UTF-8 text is empty or only white space (as `String.prototype.trim` sees it), looking at
 * no more of it than it must: an export's first byte usually settles it.
 *
 * @example
 * isBlankUtf8(encodeUtf8(" \r\n\t")) //=> true
 * isBlankUtf8(encodeUtf8("\u00a0x")) //=> false
 */
export function isBlankUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 32 || (byte >= 9 && byte <= 13)) continue;
    // Past ASCII, Unicode's spaces (no-break, ideographic, BOM…) decide: the rest is decoded.
    return byte >= 0x80 && decoder.decode(bytes.subarray(i)).trim() === "";
  }
  return true;
}
