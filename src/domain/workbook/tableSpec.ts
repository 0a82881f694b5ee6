import { FIELDS, type FieldSpec, type ValueType } from "../import/fields";
import type { RecordKind, RecordLists } from "../import/schema";
import { type FormatHints, numberFormat } from "./numberFormat";

/** The record type stored in the table of one kind. */
export type RecordOf<K extends RecordKind> = RecordLists[K][number];

/**
 * One column of an add-in table: its header (a stable name users put in structured references,
 * `Posts[Impressions]`), the canonical field it holds, that field's type, and its number format —
 * fixed, or chosen per record (an ad's spend in its own currency). Type and format come from the
 * field ({@link tableSpec}); text columns have no format.
 */
export interface ColumnSpec<R, N extends string = string> {
  readonly name: N;
  readonly field: keyof R & string;
  readonly type: ValueType;
  readonly numberFormat?: string | ((record: R) => string);
}

/**
 * The table of one record kind: its preferred name, the name used when the user already has a
 * table (or defined name) called that, the sheet it lives on, its columns in order and its merge
 * key (docs/workbook-tables.md). `required` fields must be non-empty for a record to be written.
 */
export interface TableSpec<K extends RecordKind = RecordKind, N extends string = string> {
  readonly kind: K;
  readonly tableName: string;
  readonly sheetName: string;
  /** `N`: the column headers as literal types, so formulas built from a spec name only real columns. */
  readonly columns: readonly ColumnSpec<RecordOf<K>, N>[];
  readonly key: readonly (keyof RecordOf<K> & string)[];
  readonly required: readonly (keyof RecordOf<K> & string)[];
  /**
   * Key fields added after tables of this kind were first written (ads ids). A row written before
   * holds them empty: a record that has them and finds no row with its whole key takes such a row
   * with the rest of its key (and fills its ids) rather than adding its figures a second time.
   */
  readonly addedKey?: readonly (keyof RecordOf<K> & string)[];
}

/** What a table file states: names, keys, and each column as its header and field. */
export interface TableDeclaration<K extends RecordKind, N extends string = string> extends Omit<
  TableSpec<K>,
  "columns"
> {
  readonly columns: readonly (readonly [name: N, field: keyof RecordOf<K> & string])[];
}

/**
 * A table spec from its declaration: each column takes its type from the field it holds and its
 * number format from that type — per record where the record states what the format depends on
 * (money in an ad's currency, an audience value in its unit).
 *
 * @example
 * tableSpec({ kind: "ads", …, columns: [["Spend", "spend"]] }).columns[0].numberFormat(ad) //=> "[$EUR] #,##0.00"
 */
export function tableSpec<K extends RecordKind, const N extends string>(
  declaration: TableDeclaration<K, N>
): TableSpec<K, N> {
  const fields = FIELDS[declaration.kind] as Readonly<Record<string, FieldSpec>>;
  const columns = declaration.columns.map(([name, field]): ColumnSpec<RecordOf<K>, N> => {
    const type = fields[field]?.type ?? "text";
    const perRecord =
      (type === "money" && "currency" in fields) || (type === "share" && "unit" in fields);
    const format = perRecord
      ? (record: RecordOf<K>) => numberFormat(type, record as FormatHints) ?? ""
      : numberFormat(type);
    return format === undefined
      ? { name, field, type }
      : { name, field, type, numberFormat: format };
  });
  return { ...declaration, columns };
}

/**
 * Columns every data table ends with. `As Of` is the date the export's figures are as of (its
 * period end, else the import date): a row is only overwritten by an export at least as recent.
 * `Source File` names the file the row last came from.
 */
export const AS_OF_COLUMN = "As Of";
export const SOURCE_FILE_COLUMN = "Source File";
