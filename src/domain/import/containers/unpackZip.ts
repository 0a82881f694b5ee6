import type { ContainerProblem } from "./containerProblem";
import { crc32 } from "./crc32";
import { inflateRaw } from "./inflate";
import { u16, u32, u64 } from "./littleEndian";
import { storedZip } from "./storedZip";
import { decodeUtf8 } from "../utf8";

/**
 * Unpacks a ZIP (`.xlsx`, or YouTube's ZIP of CSVs), checking its whole structure, before SheetJS
 * sees any of it.
 *
 * SheetJS trusts every offset and size in a ZIP and inflates with no end-of-input check, so a
 * single changed byte in a compressed part can make it decode forever. This walks the archive the
 * way SheetJS would (the last end-of-central-directory record, its entry count, each entry's local
 * header) and proves every part intact: inside the file, stored or deflated, decompressing to its
 * declared size with its declared CRC-32. Having decompressed every part to check it, it hands
 * them on as they are: SheetJS gets them as an uncompressed ZIP (storedZip.ts) and inflates
 * nothing, and the CSVs of an archive need no second reader at all.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_LENGTH = 22;
const CENTRAL_HEADER_LENGTH = 46;
const LOCAL_HEADER_LENGTH = 30;
const ZIP64_EXTRA_FIELD = 0x0001;
const ZIP64_MARKER = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
const DATA_DESCRIPTOR_FLAG = 0x0008;
/** Bit 11: the part's name is UTF-8 (APPNOTE 4.4.4); without it, the name is in the OEM code page. */
const UTF8_NAME_FLAG = 0x0800;
// Traditional (bit 0) and strong (bit 6) encryption, and an encrypted central directory (bit 13).
const ENCRYPTION_FLAGS = 0x2041;

/**
 * The most a ZIP may unpack to. An `.xlsx` at the import's own cell limit (2,000,000 cells,
 * spreadsheet.ts) is about 110 MB of XML, so this leaves it room; past it the task pane would
 * run out of memory before SheetJS finished, and a ZIP bomb declares gigabytes.
 */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/** What a central-directory entry, or a local header, says about one part. */
interface PartHeader {
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderAt: number;
}

/** The sizes and offset a ZIP64 extra field holds for the fields marked 0xFFFFFFFF. */
function withZip64Fields(entry: PartHeader, extra: Uint8Array): PartHeader | null {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = u16(extra, at);
    const length = u16(extra, at + 2);
    const end = at + 4 + length;
    if (end > extra.length) return null;
    if (id === ZIP64_EXTRA_FIELD) {
      let field = at + 4;
      const next = (): number | null => {
        if (field + 8 > end) return null;
        const value = u64(extra, field);
        field += 8;
        return value;
      };
      const size = entry.size === ZIP64_MARKER ? next() : entry.size;
      const compressedSize = entry.compressedSize === ZIP64_MARKER ? next() : entry.compressedSize;
      const localHeaderAt = entry.localHeaderAt === ZIP64_MARKER ? next() : entry.localHeaderAt;
      if (size === null || compressedSize === null || localHeaderAt === null) return null;
      return { ...entry, size, compressedSize, localHeaderAt };
    }
    at = end;
  }
  return null;
}

/** The end-of-central-directory record SheetJS will use: the last signature in the file. */
function findEndOfCentralDirectory(bytes: Uint8Array): number | null {
  for (let at = bytes.length - 4; at >= 0; at--) {
    if (bytes[at] === 0x50 && u32(bytes, at) === EOCD_SIGNATURE) {
      return at + EOCD_LENGTH <= bytes.length ? at : null;
    }
  }
  return null;
}

/** The local header's own sizes, through its ZIP64 field when it has one. */
function localSizes(bytes: Uint8Array, local: number): PartHeader | null {
  const declared: PartHeader = {
    method: u16(bytes, local + 8),
    crc: u32(bytes, local + 14),
    compressedSize: u32(bytes, local + 18),
    size: u32(bytes, local + 22),
    localHeaderAt: local,
  };
  if (declared.compressedSize !== ZIP64_MARKER && declared.size !== ZIP64_MARKER) return declared;
  const extraAt = local + LOCAL_HEADER_LENGTH + u16(bytes, local + 26);
  return withZip64Fields(declared, bytes.subarray(extraAt, extraAt + u16(bytes, local + 28)));
}

/** A part whose headers are checked, before its data is. */
interface LocatedPart {
  readonly entry: PartHeader;
  readonly dataAt: number;
  /** The name as SheetJS reads it: from the local header, a byte per character. */
  readonly nameBytes: Uint8Array;
  readonly utf8Name: boolean;
}

/** Where a part's data lies, or why its local header contradicts its central-directory entry. */
function locatePart(
  bytes: Uint8Array,
  entry: PartHeader,
  centralDirectoryAt: number
): ContainerProblem | LocatedPart {
  const local = entry.localHeaderAt;
  if (local + LOCAL_HEADER_LENGTH > centralDirectoryAt || u32(bytes, local) !== LOCAL_SIGNATURE) {
    return "damaged";
  }
  const flags = u16(bytes, local + 6);
  if (flags & ENCRYPTION_FLAGS) return "encrypted";
  // SheetJS decompresses with the local header's method, into a buffer of the local header's
  // size, and finds the data after its name and extra field: all of these must agree with the
  // directory (a size may be zero when a data descriptor after the data holds it).
  const declared = localSizes(bytes, local);
  if (!declared || declared.method !== entry.method) return "damaged";
  const sizesFollowData = (flags & DATA_DESCRIPTOR_FLAG) !== 0;
  const agrees = (inLocalHeader: number, inDirectory: number) =>
    inLocalHeader === inDirectory || (sizesFollowData && inLocalHeader === 0);
  if (
    !agrees(declared.compressedSize, entry.compressedSize) ||
    !agrees(declared.size, entry.size)
  ) {
    return "damaged";
  }
  if (entry.method !== STORED && entry.method !== DEFLATED) return "unsupported";
  const nameAt = local + LOCAL_HEADER_LENGTH;
  const dataAt = nameAt + u16(bytes, local + 26) + u16(bytes, local + 28);
  if (dataAt + entry.compressedSize > centralDirectoryAt) return "damaged";
  if (entry.method === STORED && entry.compressedSize !== entry.size) return "damaged";
  return {
    entry,
    dataAt,
    nameBytes: bytes.subarray(nameAt, nameAt + u16(bytes, local + 26)),
    utf8Name: (flags & UTF8_NAME_FLAG) !== 0,
  };
}

/** The parts the central directory lists, their headers checked, or what is wrong with them. */
function locateParts(bytes: Uint8Array): ContainerProblem | LocatedPart[] {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd === null) return "incomplete";
  const entryCount = u16(bytes, eocd + 8);
  const centralDirectoryAt = u32(bytes, eocd + 16);
  if (centralDirectoryAt > eocd) return "damaged";
  let unpacked = 0;
  const parts: LocatedPart[] = [];
  let at = centralDirectoryAt;
  for (let index = 0; index < entryCount; index++) {
    if (at + CENTRAL_HEADER_LENGTH > eocd || u32(bytes, at) !== CENTRAL_SIGNATURE) {
      return "damaged";
    }
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const next = at + CENTRAL_HEADER_LENGTH + nameLength + extraLength + commentLength;
    if (next > eocd) return "damaged";
    let entry: PartHeader | null = {
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localHeaderAt: u32(bytes, at + 42),
    };
    if ([entry.compressedSize, entry.size, entry.localHeaderAt].includes(ZIP64_MARKER)) {
      const extraAt = at + CENTRAL_HEADER_LENGTH + nameLength;
      entry = withZip64Fields(entry, bytes.subarray(extraAt, extraAt + extraLength));
      if (!entry) return "damaged";
    }
    unpacked += entry.size;
    if (unpacked > MAX_UNPACKED_BYTES) return "too-large";
    const part = locatePart(bytes, entry, centralDirectoryAt);
    if (typeof part === "string") return part;
    parts.push(part);
    at = next;
  }
  return parts;
}

/** One part of an unpacked ZIP. */
export interface ZipPart {
  /** Its path in the archive (UTF-8 when the archive flags it so, else a character per byte). */
  readonly name: string;
  readonly content: Uint8Array;
}

/** A ZIP whose every part decompressed to its declared size and CRC-32. */
export interface UnpackedZip {
  readonly parts: readonly ZipPart[];
  /**
   * The same parts, under the same names, as an uncompressed ZIP: what SheetJS reads, so that it
   * inflates nothing. Each part's content is a window of this buffer.
   */
  readonly stored: Uint8Array;
}

/**
 * Every part of a ZIP, decompressed once and checked, or what is wrong with the archive.
 *
 * @example
 * unpackZip(anXlsxDownload).parts.map((part) => part.name) //=> ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", …]
 * unpackZip(theSameXlsxWithOneByteFlippedInsideItsSheet) //=> "checksum"
 * unpackZip(theFirstHalfOfAnXlsx) //=> "incomplete"
 */
export function unpackZip(bytes: Uint8Array): ContainerProblem | UnpackedZip {
  const located = locateParts(bytes);
  if (typeof located === "string") return located;
  const { archive, slots } = storedZip(
    located.map(({ entry, nameBytes }) => ({ name: nameBytes, size: entry.size, crc: entry.crc }))
  );
  const parts: ZipPart[] = [];
  for (const [index, { entry, dataAt, nameBytes, utf8Name }] of located.entries()) {
    const slot = slots[index] ?? new Uint8Array(0);
    const data = bytes.subarray(dataAt, dataAt + entry.compressedSize);
    if (entry.method === STORED) slot.set(data);
    else if (!inflateRaw(data, slot)) return "checksum";
    if (crc32(slot) !== entry.crc) return "checksum";
    const name = utf8Name
      ? decodeUtf8(nameBytes, 0, nameBytes.length)
      : String.fromCharCode(...nameBytes);
    parts.push({ name, content: slot });
  }
  return { parts, stored: archive };
}
