import type { RecordKind } from "../import/schema";
import { columnLayout } from "./columnLayout";
import { fromCell, type FieldValue } from "./columnType";
import type { ExistingRows } from "./mergeTable";
import type { RecordOf, TableSpec } from "./tableSpec";

/**
 * Reads a table's rows back into canonical records: the inverse of writing them, so
 * `recordsFromRows(spec, written)` gives back the records that were imported (text exactly, ids as
 * text, dates as ISO text). Columns the user added are ignored; a column of ours that is missing
 * reads as `null`; empty rows, and rows without a required field (a user's scratch row), are left
 * out.
 *
 * @example
 * recordsFromRows(postsTable, { headers, rows })[0].postId //=> "1876543210987654321"
 */
export function recordsFromRows<K extends RecordKind>(
  spec: TableSpec<K>,
  table: ExistingRows
): RecordOf<K>[] {
  const names = spec.columns.map((c) => c.name);
  const { positions } = columnLayout(table.headers, names);
  const width = table.headers.length;
  const records: RecordOf<K>[] = [];
  for (const row of table.rows) {
    if (row.every((cell) => cell === "")) continue;
    const record: Record<string, FieldValue> = {};
    spec.columns.forEach((column, j) => {
      const position = positions[j] ?? width;
      record[column.field] = position < width ? fromCell(column.type, row[position] ?? "") : null;
    });
    if (spec.required.some((field) => (record[field] ?? "") === "")) continue;
    records.push(record as unknown as RecordOf<K>);
  }
  return records;
}
