/**
 * An uncompressed ("stored", method 0) ZIP laid out in one buffer, headers written and each
 * part's data left for the caller to fill in place. unpackZip.ts inflates every checked part
 * straight into its slot, so SheetJS then reads an archive it has nothing to inflate in: each
 * part is decompressed once, by the strict inflater, and never by SheetJS's.
 */

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIGNATURE = 0x06054b50;
const LOCAL_HEADER_LENGTH = 30;
const CENTRAL_HEADER_LENGTH = 46;
const EOCD_LENGTH = 22;
/** "Version needed to extract" 2.0: plain files, no ZIP64 (a stored archive stays under 4 GB). */
const VERSION = 20;
/** 1980-01-01, the earliest MS-DOS date (years since 1980 << 9 | month << 5 | day); time 00:00. */
const DOS_DATE = (1 << 5) | 1;

/** One part to store: its name's bytes as the source archive spelled them, its size and CRC-32. */
export interface StoredEntry {
  readonly name: Uint8Array;
  readonly size: number;
  readonly crc: number;
}

function writer(bytes: Uint8Array) {
  return {
    u16(at: number, value: number): void {
      bytes[at] = value & 0xff;
      bytes[at + 1] = (value >>> 8) & 0xff;
    },
    u32(at: number, value: number): void {
      bytes[at] = value & 0xff;
      bytes[at + 1] = (value >>> 8) & 0xff;
      bytes[at + 2] = (value >>> 16) & 0xff;
      bytes[at + 3] = (value >>> 24) & 0xff;
    },
  };
}

/** The bytes of a stored ZIP holding these entries. */
function storedZipLength(entries: readonly StoredEntry[]): number {
  return entries.reduce(
    (length, entry) =>
      length + LOCAL_HEADER_LENGTH + CENTRAL_HEADER_LENGTH + 2 * entry.name.length + entry.size,
    EOCD_LENGTH
  );
}

/**
 * A stored ZIP of the entries, and the window of it where each entry's data goes (zeros until
 * the caller fills them). The CRC-32 written is the one each entry declares.
 *
 * @example
 * const { archive, slots } = storedZip([{ name: utf8("a.csv"), size: 3, crc: 0x352441c2 }]);
 * slots[0].set(utf8("abc")); // archive is now a ZIP that unzips to a.csv holding "abc"
 */
export function storedZip(entries: readonly StoredEntry[]): {
  archive: Uint8Array;
  slots: Uint8Array[];
} {
  const archive = new Uint8Array(storedZipLength(entries));
  const write = writer(archive);
  const slots: Uint8Array[] = [];
  const localAt: number[] = [];
  let at = 0;
  for (const entry of entries) {
    localAt.push(at);
    write.u32(at, LOCAL_SIGNATURE);
    write.u16(at + 4, VERSION);
    write.u16(at + 12, DOS_DATE);
    write.u32(at + 14, entry.crc);
    write.u32(at + 18, entry.size);
    write.u32(at + 22, entry.size);
    write.u16(at + 26, entry.name.length);
    archive.set(entry.name, at + LOCAL_HEADER_LENGTH);
    const dataAt = at + LOCAL_HEADER_LENGTH + entry.name.length;
    slots.push(archive.subarray(dataAt, dataAt + entry.size));
    at = dataAt + entry.size;
  }
  const centralDirectoryAt = at;
  entries.forEach((entry, index) => {
    write.u32(at, CENTRAL_SIGNATURE);
    write.u16(at + 4, VERSION);
    write.u16(at + 6, VERSION);
    write.u16(at + 14, DOS_DATE);
    write.u32(at + 16, entry.crc);
    write.u32(at + 20, entry.size);
    write.u32(at + 24, entry.size);
    write.u16(at + 28, entry.name.length);
    write.u32(at + 42, localAt[index] ?? 0);
    archive.set(entry.name, at + CENTRAL_HEADER_LENGTH);
    at += CENTRAL_HEADER_LENGTH + entry.name.length;
  });
  write.u32(at, EOCD_SIGNATURE);
  write.u16(at + 8, entries.length);
  write.u16(at + 10, entries.length);
  write.u32(at + 12, at - centralDirectoryAt);
  write.u32(at + 16, centralDirectoryAt);
  return { archive, slots };
}
