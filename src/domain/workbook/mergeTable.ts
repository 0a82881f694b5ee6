import type { RecordKind } from "../import/schema";
import { columnLayout, type ColumnLayout } from "./columnLayout";
import { type FieldValue, keyPart, toCell } from "./columnType";
import { type FormatRun, planFormats } from "./formatPlan";
import { MAX_WRITTEN_TEXT, toWrittenValue } from "./literalText";
import { numberFormat } from "./numberFormat";
import type { SkippedRows, SkipReason } from "./skippedRows";
import { AS_OF_COLUMN, type RecordOf, SOURCE_FILE_COLUMN, type TableSpec } from "./tableSpec";
import { type CellWrite, excelPrecision, sameCell, type WorkbookCell } from "./workbookCell";

/** A table's data rows as read (`values` of the data body: every column, user columns included). */
export interface ExistingRows {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly WorkbookCell[])[];
}

/** One data row (0-based, below the header) to overwrite; `null` cells are left as they are. */
export interface RowWrite {
  readonly row: number;
  readonly cells: readonly CellWrite[];
}

/** Where the import's figures come from: their date (an Excel serial) and the file's name. */
export interface MergeSource {
  readonly asOf: number;
  readonly sourceFile: string;
}

/** What importing one kind of records changes in its table. */
export interface TableMerge {
  readonly layout: ColumnLayout;
  readonly updates: readonly RowWrite[];
  /** The data row where appended rows start: after the last non-empty row. */
  readonly appendAt: number;
  readonly appends: readonly (readonly CellWrite[])[];
  readonly formats: readonly FormatRun[];
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: readonly SkippedRows[];
  /** Text cells cut to Excel's limit of 32,767 characters. */
  readonly truncatedTexts: number;
}

/** Every header of an add-in table, in order: the record's columns, then As Of and Source File. */
export function headersOf(spec: { readonly columns: readonly { name: string }[] }): string[] {
  return [...spec.columns.map((c) => c.name), AS_OF_COLUMN, SOURCE_FILE_COLUMN];
}

/** A row's cells as one string, numbers at Excel's precision: equal strings, identical rows. */
const wholeRow = (cells: readonly WorkbookCell[]): string =>
  JSON.stringify(cells.map((cell) => (typeof cell === "number" ? excelPrecision(cell) : cell)));

const fieldOf = (record: unknown, field: string): FieldValue =>
  (record as Record<string, FieldValue>)[field] ?? null;

/**
 * Merges records into a table by the spec's key (docs/architecture.md §3.3):
 * - a key not in the table is appended after the last non-empty row;
 * - a key already there is updated in place, cell by cell, when the export is at least as recent
 *   as the row (`As Of`); a field the export does not have (`null`) keeps the table's value, so a
 *   file with fewer columns never erases what a richer one wrote; an older export is skipped;
 * - a row whose every cell would stay the same is unchanged and not written at all;
 * - a row identical in every field to an earlier one of the file is a duplicate, counted as
 *   skipped; rows with the same key and other values are all kept (the key is incomplete for
 *   that file): the nth of them takes the nth row of that key in the table;
 * - a record with the spec's `addedKey` fields that finds no row with its whole key takes a row
 *   written before those fields existed (empty there) with the rest of its key.
 * Cells of columns the user added are never written (`null`), in updated and appended rows alike.
 *
 * @example
 * const merge = mergeTable(postsTable, undefined, posts, { asOf: 46027, sourceFile: "x.csv" });
 * merge.added //=> posts.length
 */
export function mergeTable<K extends RecordKind>(
  spec: TableSpec<K>,
  existing: ExistingRows | undefined,
  records: readonly RecordOf<K>[],
  source: MergeSource
): TableMerge {
  const names = headersOf(spec);
  const layout = columnLayout(existing?.headers ?? names, names);
  const positions = layout.positions;
  const dataColumns = spec.columns.length;
  const asOfAt = positions[dataColumns] ?? 0;
  const sourceAt = positions[dataColumns + 1] ?? 0;
  const keyColumns = spec.key.map((field) => spec.columns.findIndex((c) => c.field === field));
  const addedColumns = new Set(
    (spec.addedKey ?? []).map((field) => spec.columns.findIndex((c) => c.field === field))
  );
  const keyOf = (cellAt: (column: number) => WorkbookCell, withoutAdded = false): string =>
    JSON.stringify(
      keyColumns.map((j) => {
        const column = spec.columns[j];
        if (!column || (withoutAdded && addedColumns.has(j))) return "";
        return keyPart(column.type, cellAt(j));
      })
    );

  const rows = existing?.rows ?? [];
  // Rows of one key in table order, and how many of them incoming records have taken.
  const rowsOfKey = new Map<string, { rows: number[]; taken: number }>();
  let appendAt = 0;
  rows.forEach((row, i) => {
    if (row.every((cell) => cell === "")) return;
    appendAt = i + 1;
    const key = keyOf((j) => row[positions[j] ?? -1] ?? "");
    const same = rowsOfKey.get(key);
    if (same) same.rows.push(i);
    else rowsOfKey.set(key, { rows: [i], taken: 0 });
  });
  const take = (key: string): number | undefined => {
    const same = rowsOfKey.get(key);
    return same ? same.rows[same.taken++] : undefined;
  };

  const skipped = {
    OLDER_THAN_WORKBOOK: 0,
    DUPLICATE_IN_FILE: 0,
    MISSING_KEY: 0,
  } satisfies Partial<Record<SkipReason, number>>;
  let truncatedTexts = 0;
  const incoming: { cells: WorkbookCell[]; key: string; record: RecordOf<K> }[] = [];
  // Per key: the index of its only record so far, or the contents of its records once it repeats
  // (kept only for keys that repeat, so a file of distinct keys costs no more than before).
  const ofKey = new Map<string, number | Set<string>>();
  for (const record of records) {
    if (spec.required.some((field) => (fieldOf(record, field) ?? "") === "")) {
      skipped.MISSING_KEY++;
      continue;
    }
    const cells = spec.columns.map((column) => {
      const value = fieldOf(record, column.field);
      if (typeof value === "string" && value.length > MAX_WRITTEN_TEXT) truncatedTexts++;
      return toCell(column.type, value);
    });
    // Only a row identical in every field is a duplicate: the same key with other values means
    // the key is incomplete for this file, and dropping either row would lose figures.
    const key = keyOf((j) => cells[j] ?? "");
    const earlier = ofKey.get(key);
    if (earlier === undefined) {
      ofKey.set(key, incoming.length);
    } else {
      const seen =
        typeof earlier === "number" ? new Set([wholeRow(incoming[earlier]?.cells ?? [])]) : earlier;
      const whole = wholeRow(cells);
      if (seen.has(whole)) {
        skipped.DUPLICATE_IN_FILE++;
        continue;
      }
      seen.add(whole);
      ofKey.set(key, seen);
    }
    incoming.push({ cells, key, record });
  }
  const hasAddedKey = (record: RecordOf<K>): boolean =>
    (spec.addedKey ?? []).some((field) => fieldOf(record, field) !== null);

  const emptyRow = (): CellWrite[] => new Array<CellWrite>(layout.width).fill(null);
  const updates: RowWrite[] = [];
  const appends: CellWrite[][] = [];
  const written: { row: number; record: RecordOf<K> }[] = [];
  let unchanged = 0;
  for (const { cells, key, record } of incoming) {
    // The nth record of a key takes the nth row of that key, so records that share an
    // incomplete key keep their own rows import after import.
    const at =
      take(key) ?? (hasAddedKey(record) ? take(keyOf((j) => cells[j] ?? "", true)) : undefined);
    const row = emptyRow();
    if (at === undefined) {
      cells.forEach((cell, j) => (row[positions[j] ?? 0] = toWrittenValue(cell)));
      row[asOfAt] = source.asOf;
      row[sourceAt] = toWrittenValue(source.sourceFile);
      written.push({ row: appendAt + appends.length, record });
      appends.push(row);
      continue;
    }
    const current = rows[at] ?? [];
    const currentAsOf = current[asOfAt];
    if (typeof currentAsOf === "number" && currentAsOf > source.asOf) {
      skipped.OLDER_THAN_WORKBOOK++;
      continue;
    }
    let changed = false;
    cells.forEach((cell, j) => {
      const column = spec.columns[j];
      if (!column || fieldOf(record, column.field) === null) return;
      const position = positions[j] ?? 0;
      if (sameCell(cell, current[position] ?? "")) return;
      row[position] = toWrittenValue(cell);
      changed = true;
    });
    if (!changed) {
      unchanged++;
      continue;
    }
    row[asOfAt] = source.asOf;
    row[sourceAt] = toWrittenValue(source.sourceFile);
    updates.push({ row: at, cells: row });
    written.push({ row: at, record });
  }

  const formats = planFormats({
    formats: [...spec.columns.map((c) => c.numberFormat), numberFormat("date"), undefined],
    positions,
    firstNewColumn: layout.width - layout.missing.length,
    appended: { from: appendAt, to: appendAt + appends.length },
    written,
  });

  return {
    layout,
    updates,
    appendAt,
    appends,
    formats,
    added: appends.length,
    updated: updates.length,
    unchanged,
    skipped: (Object.entries(skipped) as [SkipReason, number][])
      .filter(([, count]) => count > 0)
      .map(([reason, count]) => ({ reason, rows: count })),
    truncatedTexts,
  };
}
