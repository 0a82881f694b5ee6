/** A CSV state machine: RFC 4180 quoting, any delimiter, CRLF/LF/CR, lenient about the rest. */

import { decodeUtf8, encodeUtf8 } from "./utf8";

export type Delimiter = "," | ";" | "\t" | "|";

/** Which columns to read from which record on (the others stay empty: nothing reads them). */
export interface ColumnSelection {
  readonly fromRow: number;
  readonly keep: readonly boolean[];
}

export interface CsvParse {
  /** Every record, preambles included; a quoted multi-line field stays one record. */
  readonly rows: string[][];
  /** The 1-based record where a quoted field was opened and never closed, if any. */
  readonly unterminatedQuoteRow: number | null;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * How the file ends its lines: LF (or CRLF), unless its first line ends with a lone CR, as classic
 * Mac files do. Line breaks inside a quoted field are in-cell breaks and decide nothing, so a CR
 * file whose first cells hold LF breaks is still split on CR.
 */
function lineEnd(bytes: Uint8Array, delim: number): typeof LF | typeof CR {
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < bytes.length; i++) {
    const code = bytes[i];
    if (quoted) {
      if (code === QUOTE) {
        if (bytes[i + 1] === QUOTE) i++;
        else quoted = false;
      }
      continue;
    }
    if (code === LF) return LF;
    if (code === CR) return bytes[i + 1] === LF ? LF : CR;
    quoted = fieldStart && code === QUOTE;
    fieldStart = code === delim;
  }
  return LF;
}

/** Receives each record as it is split off: its 0-based index and the fraction of the file read. */
export type CsvRowVisitor<Cell = string> = (row: Cell[], index: number, progress: number) => void;

export interface ScanOptions {
  /** Read only these columns from that record on (a layout's columns, once known). */
  readonly select?: ColumnSelection | undefined;
  /**
   * Hand every record over in the same array, refilled (a visitor that keeps no row spares the
   * garbage collector an array per record).
   */
  readonly reuse?: boolean;
}

/**
 * Where an unquoted field that starts at `start` ends: at the next delimiter or line end, or at
 * the end of the bytes. A loop, not `indexOf`: most fields are a few bytes long, shorter than
 * what a call into a built-in costs.
 */
function fieldEnd(bytes: Uint8Array, start: number, delim: number, newline: number): number {
  const length = bytes.length;
  let at = start;
  while (at < length) {
    const code = bytes[at];
    if (code === delim || code === newline) return at;
    at++;
  }
  return length;
}

/**
 * Where the next quote is from `start` on, or -1. A loop, not `indexOf`, for the reason given at
 * {@link fieldEnd}: a quoted field is seldom longer than a few dozen bytes.
 */
function quoteAt(bytes: Uint8Array, start: number): number {
  const length = bytes.length;
  for (let at = start; at < length; at++) if (bytes[at] === QUOTE) return at;
  return -1;
}

/**
 * Whether bytes `aStart` to `aEnd` equal bytes `bStart` to `bEnd`, compared from the end: cells of
 * one column that differ (ids, links) mostly differ in their last bytes.
 */
function sameBytes(
  bytes: Uint8Array,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number
): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let a = aEnd - 1, b = bEnd - 1; b >= bStart; a--, b--) {
    if (bytes[a] !== bytes[b]) return false;
  }
  return true;
}

/** Longest count read as a number: 15 digits are exact in a double, as they are in Excel. */
const MAX_COUNT_DIGITS = 15;
const ZERO = 48;
const NINE = 57;

/**
 * The number a cell holds when it is a plain count (digits only, no leading zero, up to 15), read
 * from its bytes; -1 otherwise. `String` of the number is the cell's exact text.
 */
function countIn(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length === 0 || length > MAX_COUNT_DIGITS) return -1;
  const first = bytes[start] ?? 0;
  if (first < ZERO || first > NINE || (first === ZERO && length > 1)) return -1;
  let value = first - ZERO;
  for (let i = start + 1; i < end; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < ZERO || byte > NINE) return -1;
    value = value * 10 + (byte - ZERO);
  }
  return value;
}

/**
 * Splits a CSV file into records of fields and hands each to `visit` as soon as it is complete, so
 * a caller that turns rows into records never holds the whole file as rows: rows that die young
 * cost the garbage collector almost nothing, rows kept until the end are copied twice.
 *
 * It reads UTF-8 bytes, not text: quotes, delimiters and line ends are ASCII, which never occurs
 * inside a multi-byte character, so the file is split as bytes and only the cells read are
 * decoded — decoding a whole export costs more than splitting it.
 *
 * Quotes only open at the start of a field (so `5" tall` stays text), `""` inside quotes is one
 * quote, and characters after a closing quote are kept, as spreadsheets do. A quote left open
 * swallows the rest of the file into its field and is reported.
 *
 * @param bytes - the file as UTF-8, without BOM (`toUtf8` in decode.ts)
 * @param delimiter - the field separator ({@link sniffDelimiter})
 * @param visit - called with every record, in order
 * @param options - which columns to read from which record on, and whether to refill one array
 * @returns the 1-based record where a quoted field was opened and never closed, or null
 *
 * @example
 * scanCsv(encodeUtf8("a,b\n1,2"), ",", (row, index) => console.log(index, row)) //=> null (logs 0 ["a","b"], 1 ["1","2"])
 */
export function scanCsv(
  bytes: Uint8Array,
  delimiter: Delimiter,
  visit: CsvRowVisitor,
  options?: ScanOptions
): number | null;
/**
 * The same, with the plain counts of the selected rows and columns handed over as numbers: most
 * cells of an export are counts, and a count read from its bytes makes no string.
 */
export function scanCsv(
  bytes: Uint8Array,
  delimiter: Delimiter,
  visit: CsvRowVisitor<string | number>,
  options: ScanOptions & { readonly counts: true }
): number | null;
export function scanCsv(
  bytes: Uint8Array,
  delimiter: Delimiter,
  visitor: CsvRowVisitor | CsvRowVisitor<string | number>,
  { select, reuse = false, counts = false }: ScanOptions & { readonly counts?: boolean } = {}
): number | null {
  // Numbers reach only a visitor that asked for counts (the second signature).
  const visit = visitor as CsvRowVisitor<string | number>;
  const delim = delimiter.charCodeAt(0);
  // Classic Mac files end lines with CR alone; everything else has LF (CR before it is trimmed).
  const newline = lineEnd(bytes, delim);
  const length = bytes.length;
  let rowCount = 0;
  // Rows are allocated at the previous row's width and filled by index: growing each row by
  // push() reallocates it several times, which is most of the garbage of a large file.
  let width = 0;
  let row: Array<string | number> = [];
  let col = 0;
  let unterminatedQuoteRow: number | null = null;
  let pos = 0;

  const endRow = () => {
    if (col < row.length) row.length = col;
    visit(row, rowCount++, pos / length);
    width = col;
    if (!reuse) row = width > 0 ? new Array<string | number>(width) : [];
    col = 0;
  };

  const keep = select?.keep;
  const fromRow = select?.fromRow ?? 0;
  // The last text decoded in each column, and where its bytes are: a cell that repeats them (the
  // page name, the post type on every row of an export) is handed the same text, not a new copy.
  const aboveText: string[] = [];
  const aboveStart: number[] = [];
  const aboveEnd: number[] = [];
  // Counts are read as numbers only in the selected rows: the rows before are the head, which
  // is searched for the header and sampled as text.
  const cell = (column: number, start: number, end: number): string | number => {
    if (counts && keep !== undefined && rowCount >= fromRow) {
      const count = countIn(bytes, start, end);
      if (count >= 0) return count;
    }
    const above = aboveText[column];
    if (above !== undefined) {
      const from = aboveStart[column] ?? 0;
      if (sameBytes(bytes, from, aboveEnd[column] ?? 0, start, end)) return above;
    }
    const text = decodeUtf8(bytes, start, end);
    aboveText[column] = text;
    aboveStart[column] = start;
    aboveEnd[column] = end;
    return text;
  };

  while (pos < length) {
    // Cells of columns nobody reads are left empty instead of being decoded.
    const collect = keep === undefined || rowCount < fromRow || keep[col] === true;
    if (bytes[pos] === QUOTE) {
      let value = "";
      let start = pos + 1;
      for (;;) {
        const quote = quoteAt(bytes, start);
        if (quote === -1) {
          if (collect) value += decodeUtf8(bytes, start, length);
          unterminatedQuoteRow ??= rowCount + 1;
          pos = length;
          break;
        }
        if (bytes[quote + 1] === QUOTE) {
          if (collect) value += decodeUtf8(bytes, start, quote + 1);
          start = quote + 2;
          continue;
        }
        if (collect) value += decodeUtf8(bytes, start, quote);
        pos = quote + 1;
        break;
      }
      // Text after the closing quote, up to the next delimiter or line end, belongs to the field.
      let code = bytes[pos];
      if (pos < length && code !== delim && code !== LF && code !== CR) {
        let end = fieldEnd(bytes, pos, delim, newline);
        if (end < length && bytes[end] === newline && bytes[end - 1] === CR) end--;
        if (collect) value += decodeUtf8(bytes, pos, end);
        pos = end;
        code = bytes[pos];
      }
      row[col++] = value;
      if (code === CR && bytes[pos + 1] === LF) pos++;
      if (pos >= length) break;
      code = bytes[pos];
      pos++;
      if (code === delim) {
        if (pos >= length) row[col++] = "";
        continue;
      }
      if (code === LF || code === CR) endRow();
      continue;
    }
    const end = fieldEnd(bytes, pos, delim, newline);
    if (end < length && bytes[end] === delim) {
      row[col] = collect ? cell(col, pos, end) : "";
      col++;
      pos = end + 1;
      if (pos >= length) row[col++] = "";
      continue;
    }
    const trimmedEnd = end > pos && bytes[end - 1] === CR ? end - 1 : end;
    row[col] = collect ? cell(col, pos, trimmedEnd) : "";
    col++;
    pos = end + 1;
    endRow();
  }
  if (col > 0) endRow();
  return unterminatedQuoteRow;
}

/**
 * Splits CSV into records of fields, all kept ({@link scanCsv} for the rules); text is read as its
 * UTF-8 bytes.
 *
 * @example
 * parseCsv('a,"b,""c"""\n1,2', ",").rows //=> [["a", 'b,"c"'], ["1", "2"]]
 */
export function parseCsv(
  csv: Uint8Array | string,
  delimiter: Delimiter,
  select?: ColumnSelection
): CsvParse {
  const bytes = typeof csv === "string" ? encodeUtf8(csv) : csv;
  const rows: string[][] = [];
  const unterminatedQuoteRow = scanCsv(bytes, delimiter, (row) => rows.push(row), { select });
  return { rows, unterminatedQuoteRow };
}

const CANDIDATES: readonly Delimiter[] = [",", "\t", ";", "|"];
const SAMPLE_LINES = 30;

/** Fields per line when split by `delimiter` outside quotes (a quick count, not a parse). */
function fieldCount(line: string, delimiter: Delimiter): number {
  let count = 1;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) count++;
  }
  return count;
}

export interface DelimiterSniff {
  readonly delimiter: Delimiter;
  /** Whether the first line is Excel's `sep=` hint, which is not data. */
  readonly sepLine: boolean;
}

/**
 * Finds the field separator: Excel's `sep=;` first line when present (Meta's daily series), else
 * the candidate that splits the most sampled lines into the same number (> 1) of fields, so a
 * re-saved `Date;Primary` file with decimal commas is still read by `;`. `#` comment lines (GA4,
 * UA preambles) are not sampled. Ties go to the comma.
 *
 * @example
 * sniffDelimiter("sep=,\n\"Reach\"\n").delimiter //=> ","
 * sniffDelimiter("Date;Primary\n2025-10-31;1,5\n").delimiter //=> ";"
 */
export function sniffDelimiter(text: string): DelimiterSniff {
  const sep = /^sep=(.)\r?(?:\n|$)/.exec(text.slice(0, 8));
  const hinted = sep?.[1];
  if (hinted && (CANDIDATES as readonly string[]).includes(hinted)) {
    return { delimiter: hinted as Delimiter, sepLine: true };
  }
  const lines: string[] = [];
  let start = 0;
  while (lines.length < SAMPLE_LINES && start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, "");
    if (line.trim() !== "" && !line.startsWith("#")) lines.push(line);
    start = end + 1;
  }
  let best: Delimiter = ",";
  let bestScore = 0;
  for (const candidate of CANDIDATES) {
    const counts = lines.map((line) => fieldCount(line, candidate));
    const frequency = new Map<number, number>();
    for (const count of counts)
      if (count > 1) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    let score = 0;
    for (const [fields, lineCount] of frequency) score = Math.max(score, lineCount * 1000 + fields);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return { delimiter: best, sepLine: false };
}

/**
 * Undoes a spreadsheet round-trip that wrapped each whole line in one quoted field
 * (`"Video asset ID,""Universal video ID"",…"`): when most records are a single field that itself
 * splits into three or more, each such record is parsed again.
 *
 * @example
 * unwrapQuotedLines([['a,"b",c'], ["1,2,3"]], ",") //=> [["a", "b", "c"], ["1", "2", "3"]]
 */
export function unwrapQuotedLines(rows: string[][], delimiter: Delimiter): string[][] {
  let nonEmpty = 0;
  let wrapped = 0;
  for (const row of rows) {
    if (row.length > 1) nonEmpty++;
    else if ((row[0] ?? "") !== "") {
      nonEmpty++;
      if (fieldCount(row[0] ?? "", delimiter) >= 3) wrapped++;
    }
  }
  if (nonEmpty === 0 || wrapped < nonEmpty * 0.8) return rows;
  return rows.map((row) => {
    const only = row[0];
    if (row.length !== 1 || only === undefined || fieldCount(only, delimiter) < 2) return row;
    return parseCsv(only, delimiter).rows[0] ?? [""];
  });
}
