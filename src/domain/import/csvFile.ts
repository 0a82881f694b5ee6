import {
  type ColumnSelection,
  type Delimiter,
  parseCsv,
  scanCsv,
  sniffDelimiter,
  unwrapQuotedLines,
} from "./csv";
import type { IssueLog } from "./issueLog";
import { ISSUE } from "./issues";
import type { RowStream, TableSlice } from "./layout";
import { utf8Head } from "./utf8";

/**
 * A table to recognise, and the ways to get all of it once its format is known: `probe` holds
 * enough rows to find the header; `all` reads every row, only the given columns past the probe
 * (a 100,000-row export is split once, copying just the cells its layout reads); `stream`, for a
 * large file, hands the same rows over one at a time without keeping them.
 */
export interface TableSource {
  readonly probe: TableSlice;
  readonly all: (keep: readonly boolean[] | null) => TableSlice;
  readonly stream?: (keep: readonly boolean[] | null) => RowStream;
  readonly delimiter?: Delimiter;
}

/**
 * Past this many bytes a CSV is probed on its head before being read in full. The head is also
 * where a streamed table's data is sampled (number locale, date order), so it holds a few hundred
 * rows of even a wide export.
 */
const HEAD_BYTES = 262_144;
/** Enough of the file to sniff its delimiter from its first lines. */
const SNIFF_BYTES = 65_536;
/** Rows of the head read in full (header search, description rows, samples). */
const HEAD_ROWS = 64;
const LF = 10;

/**
 * Prepares a CSV file for reading: sniffs the delimiter, drops Excel's `sep=` line, and unwraps
 * lines a spreadsheet wrapped in quotes (such files are always read in full: their columns are only
 * known once unwrapped). An unclosed quote is reported once, when the whole file is read.
 *
 * @param bytes - the file as UTF-8, without BOM (`toUtf8` in decode.ts)
 */
export function csvSource(bytes: Uint8Array, fileName: string, log: IssueLog): TableSource {
  const { delimiter, sepLine } = sniffDelimiter(utf8Head(bytes, SNIFF_BYTES));
  const body = sepLine ? bytes.subarray(bytes.indexOf(LF) + 1) : bytes;
  const firstRow = sepLine ? 2 : 1;

  const reportUnterminated = (row: number | null) => {
    if (row === null) return;
    log.warn(ISSUE.UNTERMINATED_QUOTE, {}, { row: row + firstRow - 1 });
  };
  const read = (
    source: Uint8Array,
    select?: ColumnSelection,
    report = true
  ): { table: TableSlice; wrapped: boolean } => {
    const parsed = parseCsv(source, delimiter, select);
    if (report) reportUnterminated(parsed.unterminatedQuoteRow);
    const rows = unwrapQuotedLines(parsed.rows, delimiter);
    return { table: { rows, firstRow, fileName }, wrapped: rows !== parsed.rows };
  };

  if (body.length <= HEAD_BYTES) {
    const whole = read(body).table;
    return { probe: whole, all: () => whole, delimiter };
  }
  // The head's last row may be cut mid-field (or mid-character): it is dropped.
  const head = read(body.subarray(0, HEAD_BYTES), undefined, false);
  const probe = { ...head.table, rows: head.table.rows.slice(0, -1) };
  const selection = (keep: readonly boolean[] | null) =>
    keep && !head.wrapped ? { fromRow: HEAD_ROWS, keep } : undefined;
  const source: TableSource = {
    probe,
    all: (keep) => read(body, selection(keep)).table,
    delimiter,
  };
  if (head.wrapped) return source;
  return {
    ...source,
    stream: (keep) => ({
      head: probe,
      each: (visit) =>
        reportUnterminated(
          scanCsv(body, delimiter, visit, { select: selection(keep), reuse: true, counts: true })
        ),
    }),
  };
}
