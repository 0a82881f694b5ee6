import type { DateOrder } from "./dates";
import type { HeaderIndex } from "./headers";
import type { IssueLog } from "./issueLog";
import type { Period } from "./period";
import type { RecordRows } from "./recordRows";
import type { DecimalSeparator, ShareScale } from "./numbers";
import type { CanonicalField, PlatformId, RecordKind, RecordLists } from "./schema";

/**
 * Where a canonical field's value is in a row: a column by name (matched as {@link headerKey}
 * does), the nth column of a duplicated name, the sum or difference of columns, the first
 * non-empty of several, or a capture of a regular expression applied to a column (an id inside a
 * link).
 */
export type ColumnRef =
  | string
  | { readonly header: string; readonly nth: number }
  | { readonly sum: readonly ColumnRef[] }
  | { readonly diff: readonly [ColumnRef, ColumnRef] }
  | { readonly first: readonly ColumnRef[] }
  | { readonly header: string; readonly capture: RegExp }
  | { readonly product: readonly [ColumnRef, ColumnRef] }
  /** Several text columns as one value, `" / "` between (a report with two dimensions). */
  | { readonly join: readonly ColumnRef[] }
  /** The first column whose {@link headerKey} matches (`Amount spent (EUR)` → /^amountspent/). */
  | { readonly match: RegExp };

/** For each field, the places it may be found, tried in order (the first one present wins). */
export type ColumnMap<K extends RecordKind> = {
  readonly [F in CanonicalField<K>]?: readonly ColumnRef[];
};

/** What the whole file or section says, for fields that no cell holds. */
export interface TableContext {
  readonly header: readonly string[];
  readonly fileName: string;
}

export type FixedValue =
  string | number | null | ((context: TableContext) => string | number | null);

/** Which rows are a summary of the others (never imported). */
export type TotalsRule =
  /** The first cell says `Total`/`Totals` (YouTube Table data). */
  | "first-cell-total"
  /** The text columns are empty while numbers are not (Universal Analytics, Ads Manager). */
  | "empty-dimensions";

/**
 * A header-row table layout as data: how to recognise it and where each canonical field is.
 * Adding an export format is adding one of these (and a fixture folder).
 */
export interface TableLayout<K extends RecordKind = RecordKind> {
  /** Which layout, e.g. `meta-business-suite/facebook-posts`. */
  readonly format: string;
  readonly platform: PlatformId;
  readonly kind: K;
  /** Header names that must all be in the header row, and names that must not. */
  readonly signature: {
    readonly all: readonly (string | RegExp)[];
    readonly none?: readonly (string | RegExp)[];
  };
  readonly columns: ColumnMap<K>;
  readonly fixed?: { readonly [F in CanonicalField<K>]?: FixedValue };
  /** Whether a row of column descriptions may follow the header (classic Facebook Insights). */
  readonly descriptionRow?: boolean;
  readonly totals?: TotalsRule;
  /** How all-numeric dates are read when the file does not prove otherwise. */
  readonly dateOrder?: DateOrder;
  /** Columns read outside the mapping (by `finish`), kept when unused columns are skipped. */
  readonly keepColumns?: readonly string[];
  /** A column holding the (year-less) export date that year-less dates cannot be after (TikTok `Time`). */
  readonly yearAnchor?: ColumnRef;
  /** How `share` cells are written (audience layouts); without it, values above 1 mean percents. */
  readonly shareScale?: ShareScale;
  /** Adjusts the records of the whole table once read (e.g. per-day post rows → post totals). */
  readonly finish?: (records: RecordLists[K], log: IssueLog, data: DataSample) => RecordLists[K];
}

/** The header of a table and its first data rows, for checks on the whole table. */
export interface DataSample {
  readonly header: HeaderIndex;
  readonly rows: readonly (readonly string[])[];
}

/** Rows of a file or sheet, with where they sit in it. */
export interface TableSlice {
  readonly rows: readonly (readonly string[])[];
  /** The 1-based file row of `rows[0]` (a section of a multi-section file starts further down). */
  readonly firstRow: number;
  readonly fileName: string;
  /** The sheet's name for spreadsheets. */
  readonly sheet?: string;
}

/**
 * A cell of a streamed row: its text, or, for a plain count (an unsigned integer of up to 15 digits
 * without leading zero), that number, read from the file without making a string. `String(cell)`
 * gives back the cell's exact text ({@link cellText}).
 */
export type RowCell = string | number;

/**
 * The text of a cell, as the file wrote it.
 *
 * @example
 * cellText(845) //=> "845"
 * cellText(undefined) //=> ""
 */
export const cellText = (cell: RowCell | undefined): string =>
  typeof cell === "number" ? String(cell) : (cell ?? "");

/** Receives the rows of a {@link RowStream}: the row, its index in the table, the fraction read. */
export type RowVisitor = (row: readonly RowCell[], index: number, progress: number) => void;

/**
 * A table delivered row by row, none of them kept (a large CSV): `head` holds its first rows, to
 * find the header and sample the data; `each` then delivers every row from the first, in order,
 * each valid only during its visit (the array may be refilled with the next row).
 */
export interface RowStream {
  readonly head: TableSlice;
  readonly each: (visit: RowVisitor) => void;
}

/** What every reader needs besides the rows. */
export interface ReadContext {
  readonly log: IssueLog;
  /** Where a reader notes the file row (1-based) each record came from, for issues about records. */
  readonly rowOf?: RecordRows;
  /** The file's decimal separator when known; else inferred per table, falling back to `defaultDecimal`. */
  readonly decimal: DecimalSeparator | null;
  readonly defaultDecimal: DecimalSeparator;
  /** The latest date a year-less date can be (`YYYY-MM-DD`). */
  readonly today: string;
  /** Called with the fraction (0–1) of the table's data read so far. */
  readonly onProgress?: (done: number) => void;
  /** Records the reporting period the content states (the first one stated wins). */
  readonly statePeriod: (period: Period) => void;
}

/** How well a layout fits a table: higher wins; `headerRow` is the index in `rows`. */
export interface LayoutMatch {
  readonly score: number;
  readonly headerRow: number;
}

/**
 * A recogniser and reader of one export format. Most are {@link TableLayout}s read by the generic
 * table reader; files with sections or preambles (GA4, UA, Meta's daily series) read themselves.
 */
export interface FormatReader {
  readonly format: string;
  readonly platform: PlatformId;
  /** The platform of a particular file, when the format is shared (Meta's Facebook/Instagram series). */
  platformOf?(table: TableSlice, match: LayoutMatch): PlatformId;
  match(table: TableSlice): LayoutMatch | null;
  /** Which columns of this header the reader reads (others need not be split out of the text). */
  columnsUsed?(header: readonly string[]): boolean[];
  read(table: TableSlice, match: LayoutMatch, context: ReadContext, into: RecordLists): void;
  /** Reads a table row by row, when the reader needs no row twice (large CSVs are streamed). */
  readStream?(rows: RowStream, match: LayoutMatch, context: ReadContext, into: RecordLists): void;
}
