import type { RecordKind } from "../import/schema";
import { type ColumnName, TABLE_SPECS } from "./tableSpecs";

/**
 * Characters that Excel reads as part of a structured reference's syntax inside a column
 * specifier; a column name holding one must escape it with an apostrophe (Excel's "Using
 * structured references with Excel tables": left and right bracket, pound sign, apostrophe).
 */
const SPECIAL = /['[\]#]/g;

/**
 * A column name as a bracketed column specifier. Brackets always, even where Excel would accept
 * the bare name (`Posts[Impressions]`): a name with a space, comma, colon or operator needs them,
 * and one rule is easier to trust than Excel's list of characters that require them.
 *
 * @example
 * columnSpecifier("Impressions") //=> "[Impressions]"
 * columnSpecifier("Clicks [all] #1") //=> "[Clicks '[all'] '#1]"
 */
export function columnSpecifier(column: string): string {
  return `[${column.replace(SPECIAL, "'$&")}]`;
}

/**
 * Structured references to one of the add-in's tables, under the name it has in this workbook —
 * `Posts`, or `Posts_SocialKPI` when the user already had a `Posts`, or whatever the user renamed
 * it to — with column names checked against the table's spec at compile time.
 */
export interface TableRef<K extends RecordKind> {
  readonly kind: K;
  /** The table's name in the workbook. */
  readonly name: string;
  /** A whole column's data: `Posts[Impressions]`. */
  column(column: ColumnName<K>): string;
  /** The column's cell in the formula's own row, for formulas inside the table: `Posts[[#This Row],[Impressions]]`. */
  thisRow(column: ColumnName<K>): string;
  /** The data of adjacent columns, first to last: `Posts[[Likes]:[Shares]]`. */
  columns(first: ColumnName<K>, last: ColumnName<K>): string;
  /** The table's data rows, without headers or totals: `Posts`. */
  data(): string;
}

/**
 * References to the table of `kind`, named `tableName` — the name the workbook actually uses
 * (`readTableNames()`); the spec's preferred name when it is not known, e.g. for a table the
 * first import will create.
 *
 * @example
 * const posts = tableRef("posts", "Posts_SocialKPI");
 * `=SUM(${posts.column("Impressions")})` //=> "=SUM(Posts_SocialKPI[Impressions])"
 * posts.thisRow("Link Clicks") //=> "Posts_SocialKPI[[#This Row],[Link Clicks]]"
 */
export function tableRef<K extends RecordKind>(
  kind: K,
  tableName: string = TABLE_SPECS[kind].tableName
): TableRef<K> {
  return {
    kind,
    name: tableName,
    column: (column) => `${tableName}${columnSpecifier(column)}`,
    thisRow: (column) => `${tableName}[[#This Row],${columnSpecifier(column)}]`,
    columns: (first, last) => `${tableName}[${columnSpecifier(first)}:${columnSpecifier(last)}]`,
    data: () => tableName,
  };
}

/**
 * One column's data, for a single reference without keeping a {@link TableRef}.
 *
 * @example
 * columnRef("posts", "Posts", "Impressions") //=> "Posts[Impressions]"
 */
export function columnRef<K extends RecordKind>(
  kind: K,
  tableName: string,
  column: ColumnName<K>
): string {
  return tableRef(kind, tableName).column(column);
}
