import type { RecordKind, RecordLists } from "../import/schema";
import type { ColumnType } from "./columnType";

/** The record type stored in the table of one kind. */
export type RecordOf<K extends RecordKind> = RecordLists[K][number];

/**
 * One column of an add-in table: its header (a stable name users put in structured references,
 * `Posts[Impressions]`), the canonical field it holds, how it is stored, and its number format —
 * fixed, or chosen per record (an ad's spend in its own currency). Text columns have no format:
 * they keep Excel's General format, under which the literal-text apostrophe works.
 */
export interface ColumnSpec<R> {
  readonly name: string;
  readonly field: keyof R & string;
  readonly type: ColumnType;
  readonly numberFormat?: string | ((record: R) => string);
}

/**
 * The table of one record kind: its preferred name, the name used when the user already has a
 * table (or defined name) called that, the sheet it lives on, its columns in order and its merge
 * key (docs/architecture.md §3.3). `required` fields must be non-empty for a record to be written.
 */
export interface TableSpec<K extends RecordKind = RecordKind> {
  readonly kind: K;
  readonly tableName: string;
  readonly sheetName: string;
  readonly columns: readonly ColumnSpec<RecordOf<K>>[];
  readonly key: readonly (keyof RecordOf<K> & string)[];
  readonly required: readonly (keyof RecordOf<K> & string)[];
}

/**
 * Columns every data table ends with. `As Of` is the date the export's figures are as of (its
 * period end, else the import date): a row is only overwritten by an export at least as recent.
 * `Source File` names the file the row last came from.
 */
export const AS_OF_COLUMN = "As Of";
export const SOURCE_FILE_COLUMN = "Source File";

/** Number formats shared by the tables (en-US codes, as `range.numberFormat` expects). */
export const FORMATS = {
  date: "yyyy-mm-dd",
  dateTime: "yyyy-mm-dd hh:mm",
  count: "#,##0",
  decimal: "#,##0.00",
  share: "0.0%",
  duration: "[h]:mm:ss",
} as const;

/**
 * A money format in the export's currency: `[$EUR] #,##0.00` shows `EUR 1,234.50`. An amount
 * without a known ISO 4217 code gets a plain two-decimal format.
 *
 * @example
 * moneyFormat("EUR") //=> "[$EUR] #,##0.00"
 * moneyFormat(null) //=> "#,##0.00"
 */
export function moneyFormat(currency: string | null): string {
  return currency !== null && /^[A-Z]{3}$/.test(currency)
    ? `[$${currency}] ${FORMATS.decimal}`
    : FORMATS.decimal;
}
