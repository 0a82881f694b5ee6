/**
 * Turns a file's bytes into UTF-8, which the CSV reader reads without decoding the whole file: by
 * BOM first, then by what the bytes are valid as.
 */

import { encodeUtf8, isUtf8, textDecoder } from "./utf8";

export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

export interface Utf8Bytes {
  /** The file as UTF-8, without BOM. */
  readonly bytes: Uint8Array;
  /** What the file was written in. */
  readonly encoding: TextEncoding;
}

const decodeWith = (label: string, bytes: Uint8Array): string => textDecoder(label).decode(bytes);

// Windows-1252's 0x80–0x9F (the rest is Latin-1). Decoded here because Node's TextDecoder reads
// the "windows-1252" label as plain Latin-1, turning € (0x80) into an invisible control character.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const byte = bytes[i] ?? 0;
      codes.push(byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte);
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join("");
}

/** How many bytes of the head are looked at to spot BOM-less UTF-16. */
const SNIFF_BYTES = 4096;

/**
 * Which byte of each UTF-16 pair is zero, in a head of mostly-ASCII text: exports are mostly
 * ASCII digits and commas, so a BOM-less UTF-16 file has a zero in every other byte.
 */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return "utf-16le";
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return "utf-16be";
  return null;
}

/**
 * An export as UTF-8. UTF-8 and UTF-16 are told by their BOM (Meta writes UTF-16 LE with a BOM,
 * UTF-8 with or without one), BOM-less UTF-16 by its zero bytes, and bytes that are not valid
 * UTF-8 are read as Windows-1252 (what Excel on Windows writes when it re-saves a CSV). UTF-8, by
 * far the most common, is handed over as it is: a 30 MB export is never turned into one string.
 *
 * @param bytes - the file's content
 * @returns the content as UTF-8 without its BOM, and the encoding it was written in
 *
 * @example
 * toUtf8(new Uint8Array([0xff, 0xfe, 0x41, 0x00])) //=> { bytes: Uint8Array [0x41], encoding: "utf-16le" }
 * toUtf8(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) //=> { bytes: "café" in UTF-8, encoding: "windows-1252" }
 */
export function toUtf8(bytes: Uint8Array): Utf8Bytes {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { bytes: bytes.subarray(3), encoding: "utf-8-bom" };
  }
  const transcoded = (label: string, body: Uint8Array) => encodeUtf8(decodeWith(label, body));
  if (b0 === 0xff && b1 === 0xfe) {
    return { bytes: transcoded("utf-16le", bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { bytes: transcoded("utf-16be", bytes.subarray(2)), encoding: "utf-16be" };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { bytes: transcoded(utf16, bytes), encoding: utf16 };
  if (isUtf8(bytes)) return { bytes, encoding: "utf-8" };
  // Windows-1252 maps every byte, so it always decodes.
  return { bytes: encodeUtf8(decodeWindows1252(bytes)), encoding: "windows-1252" };
}

/**
 * Whether decoded text is really binary: NUL and other C0 control characters (other than TAB,
 * LF, CR) do not occur in text exports, but fill images, archives and executables.
 *
 * @example
 * looksBinary("Date,Views\n2025-01-01,3\n") //=> false
 * looksBinary("\u0000\u0001\u0002PNG") //=> true
 */
export function looksBinary(text: string): boolean {
  const length = Math.min(text.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) controls++;
    else if (code === 0xfffd) controls++;
  }
  return length > 0 && controls > Math.max(2, length * 0.02);
}
