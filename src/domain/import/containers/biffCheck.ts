import type { Checked } from "./containerProblem";
import { u16, u32 } from "./littleEndian";

/**
 * Checks the records of a BIFF5/BIFF8 workbook stream (the inside of an `.xls`) and rebuilds it
 * with only the records the import reads, each checked against what SheetJS's parser of it reads.
 *
 * SheetJS reads a record's fields without looking at the record's length: past its end it gets
 * NaN or undefined, and some of its loops never end on those — the single-byte string reader
 * (`for (i = 0; i != length; ++i)`), the formula-token loop (`while (end != position)`). It also
 * has a parser for each of some 200 record types, and one flipped byte turns any record into
 * any other type. So instead of proving all those parsers safe, the stream SheetJS gets holds
 * only what yields cell values — sheet boundaries and names, strings, numbers, formula results,
 * the code page and date system, number formats — and each of those records is checked against
 * what its parser reads. Formula tokens are blanked (a cell's cached value is what the import
 * reads), so the token loop has nothing to walk.
 */

const BOF = 0x0809;
const EOF = 0x000a;
const CONTINUE = 0x003c;
const FILEPASS = 0x002f;
const BOUNDSHEET = 0x0085;
const SST = 0x00fc;
const FORMULA = 0x0006;
const BIFF5 = 0x0500;
const BIFF8 = 0x0600;
/** Offset of a FORMULA record's token length, after the cell, cached value, flags and cache. */
const FORMULA_TOKEN_LENGTH_AT = 20;
/** The BOF record numbers of BIFF2–4: SheetJS switches to their record layouts on meeting one. */
const OLD_BOFS = new Set([0x0009, 0x0209, 0x0409]);
/** Record numbers SheetJS appends to the record before them (CONTINUE and its variants). */
const CONTINUATIONS = new Set([CONTINUE, 0x043c, 0x0812, 0x0875, 0x087f]);

/**
 * The records kept, each with its shortest valid length: up to and including every length field
 * its SheetJS parser reads (a string's character count most of all), in BIFF5 and BIFF8.
 */
const KEPT_RECORDS = new Map<number, number>([
  [BOF, 8],
  [EOF, 0],
  [BOUNDSHEET, 7], // sheet offset 4, state 2, name length 1
  [0x0042, 2], // CODEPAGE
  [0x0022, 2], // DATE1904
  [0x00e0, 16], // XF (number format of a cell)
  [0x041e, 3], // FORMAT: id 2, length 1 (BIFF5) or 2 (BIFF8)
  [SST, 8], // SST: counts 4 + 4, then strings checked one by one
  [0x00fd, 10], // LABELSST: cell 6, string index 4
  [0x0204, 8], // LABEL: cell 6, length 2
  [0x00d6, 8], // RSTRING: cell 6, length 2
  [0x0203, 14], // NUMBER: cell 6, IEEE double 8
  [0x027e, 10], // RK: cell 6, RK number 4
  [0x00bd, 6], // MULRK: row 2, first column 2, last column 2
  [0x0205, 8], // BOOLERR: cell 6, value 1, kind 1
  [FORMULA, 22], // FORMULA: cell 6, cached value 8, flags 2, cache 4, token length 2
  [0x0207, 2], // STRING (a formula's text result): length 2
]);

/**
 * Whether SheetJS can read every string of a shared-string table (its record and CONTINUE
 * parts joined, `parts` where each part starts) without reading a character count past the end.
 * The walk mirrors SheetJS's: at a part boundary inside a string's characters sits a byte that
 * says whether the rest is one or two bytes a character.
 */
function sharedStringsReadable(table: Uint8Array, parts: ReadonlySet<number>): boolean {
  const end = table.length;
  const stringCount = u32(table, 4);
  let at = 8;
  for (let index = 0; index !== stringCount && at < end; index++) {
    if (at + 2 > end) return false;
    const characters = u16(table, at);
    const flags = table[at + 2] ?? 0;
    at += 3;
    const runs = flags & 0x8 ? u16(table, at) : 0;
    if (flags & 0x8) at += 2;
    // SheetJS reads this count signed only when its top bit is clear: it is never negative.
    const extraBytes = flags & 0x4 ? u32(table, at) : 0;
    if (flags & 0x4) at += 4;
    let width = flags & 0x1 ? 2 : 1;
    for (let left = characters; left > 0; left--) {
      if (parts.has(at)) {
        width = table[at] ? 2 : 1;
        at++;
      }
      at += width;
    }
    at += 4 * runs + extraBytes;
  }
  return true;
}

interface Run {
  /** The record's header and body, then those of each CONTINUE record that follows it. */
  readonly records: ReadonlyArray<{ readonly at: number; readonly length: number }>;
  readonly end: number;
}

/** The record at `at` with its continuations, or null when one of them runs past the stream. */
function recordRun(stream: Uint8Array, at: number): Run | null {
  const records: Array<{ at: number; length: number }> = [];
  let next = at;
  do {
    const length = u16(stream, next + 2);
    if (next + 4 + length > stream.length) return null;
    records.push({ at: next, length });
    next += 4 + length;
  } while (next + 4 <= stream.length && CONTINUATIONS.has(u16(stream, next)));
  return { records, end: next };
}

/**
 * A rebuilt workbook stream safe to hand to SheetJS, or what is wrong with the stream.
 *
 * @example
 * prepareBiffStream(workbookStreamOfALinkedInXls) //=> { value: Uint8Array [0x09, 0x08, …] }
 * prepareBiffStream(thatStreamWithANumberRecordRetypedAsAFormula) //=> { problem: "damaged" }
 */
export function prepareBiffStream(stream: Uint8Array): Checked<Uint8Array> {
  if (u16(stream, 0) !== BOF) return { problem: "not-a-workbook" };
  const kept: Uint8Array[] = [];
  let keptLength = 0;
  const newOffsetOfBof = new Map<number, number>();
  const sheetOffsetsAt: number[] = [];
  let depth = 0;
  let at = 0;
  // SheetJS stops at the first record after the workbook's last EOF that is no BOF (padding).
  while (at + 4 <= stream.length) {
    const type = u16(stream, at);
    if (depth === 0 && type !== BOF && !OLD_BOFS.has(type)) break;
    const run = recordRun(stream, at);
    if (!run) return { problem: "incomplete" };
    const length = u16(stream, at + 2);
    const body = at + 4;
    if (OLD_BOFS.has(type)) return { problem: "damaged" };
    if (type === FILEPASS) return { problem: "encrypted" };
    const minimumLength = KEPT_RECORDS.get(type);
    if (minimumLength !== undefined) {
      if (length < minimumLength) return { problem: "damaged" };
      if (type === BOF) {
        const version = u16(stream, body);
        if (version !== BIFF8 && version !== BIFF5) return { problem: "damaged" };
        newOffsetOfBof.set(at, keptLength);
        depth++;
      } else if (type === EOF) {
        depth--;
      } else if (type === BOUNDSHEET) {
        sheetOffsetsAt.push(keptLength + 4);
      }
      // Only CONTINUE belongs to the records kept; its FRT variants follow records dropped.
      const parts = run.records.filter(
        (record, i) => i === 0 || u16(stream, record.at) === CONTINUE
      );
      for (const part of parts) {
        const copy = stream.slice(part.at, part.at + 4 + part.length);
        kept.push(copy);
        keptLength += copy.length;
      }
      if (type === FORMULA) {
        const first = kept[kept.length - parts.length];
        first?.fill(0, 4 + FORMULA_TOKEN_LENGTH_AT, 4 + FORMULA_TOKEN_LENGTH_AT + 2);
      }
      if (type === SST) {
        const table = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
        const starts = new Set<number>();
        parts.reduce((offset, part) => {
          starts.add(offset);
          table.set(stream.subarray(part.at + 4, part.at + 4 + part.length), offset);
          return offset + part.length;
        }, 0);
        if (!sharedStringsReadable(table, starts)) return { problem: "damaged" };
      }
    }
    at = run.end;
  }
  if (depth !== 0) return { problem: "incomplete" };
  const rebuilt = new Uint8Array(keptLength);
  kept.reduce((offset, record) => {
    rebuilt.set(record, offset);
    return offset + record.length;
  }, 0);
  // A sheet's BOUNDSHEET record names it by the offset of its BOF, which the rebuild moved.
  for (const offsetAt of sheetOffsetsAt) {
    const moved = newOffsetOfBof.get(u32(rebuilt, offsetAt)) ?? 0xffffffff;
    rebuilt.set(
      [moved & 0xff, (moved >>> 8) & 0xff, (moved >>> 16) & 0xff, moved >>> 24],
      offsetAt
    );
  }
  return { value: rebuilt };
}
