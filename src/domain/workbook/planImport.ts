import type { RecordKind } from "../import/schema";
import { toCell } from "./columnType";
import type { FormatRun } from "./formatPlan";
import type { ImportedFile } from "./importedFile";
import { IMPORT_LOG, importLogRow } from "./importLogTable";
import type { ImportReport, TableReport } from "./importReport";
import {
  type ExistingRows,
  headersOf,
  type MergeSource,
  mergeTable,
  type TableMerge,
} from "./mergeTable";
import { checkRowLimit } from "./rowLimit";
import { mergeSkipped } from "./skippedRows";
import { freeSheetName, freeTableName, type OwnedTable } from "./tableNames";
import { RECORD_KINDS, TABLE_SPECS } from "./tableSpecs";
import type { RecordOf } from "./tableSpec";
import type { CellWrite } from "./workbookCell";
import { planBlocks, type TableWrites, type WriteBlock } from "./writeBlocks";
import type { WorkbookError } from "./workbookError";

/** An add-in table found in the workbook (by the id remembered in the settings). */
export interface FoundTable {
  readonly id: string;
  readonly name: string;
  /** 0-based sheet row of its header. */
  readonly headerRow: number;
  readonly dataRows: number;
}

/** The workbook as the import finds it. */
export interface WorkbookState {
  readonly tables: Partial<Record<OwnedTable, FoundTable>>;
  /** The data rows of the found tables the import writes to, as read. */
  readonly rows: Partial<Record<RecordKind, ExistingRows>>;
  /** Every table name and defined name of the workbook (one namespace in Excel). */
  readonly takenNames: readonly string[];
  readonly sheetNames: readonly string[];
}

/** A table to create, header only, at A1 of a new sheet, before any data is written. */
export interface NewTable {
  readonly table: OwnedTable;
  readonly name: string;
  readonly sheetName: string;
  readonly headers: readonly string[];
}

/** Everything an import writes, in order: tables, columns, blocks of rows, formats, log row. */
export interface ImportPlan {
  readonly create: readonly NewTable[];
  /** Columns of ours missing from found tables, appended at their right edge. */
  readonly addColumns: readonly { readonly table: OwnedTable; readonly names: readonly string[] }[];
  /** The name of every table written to, found or new. */
  readonly names: Partial<Record<OwnedTable, string>>;
  readonly blocks: readonly WriteBlock[];
  readonly formats: readonly (FormatRun & { readonly table: OwnedTable })[];
  readonly log: {
    readonly row: number;
    readonly values: readonly CellWrite[];
    readonly formats: readonly (string | undefined)[];
  };
  readonly report: ImportReport;
}

/** The record kinds of a file that hold at least one record: the tables an import reads and writes. */
export function kindsWithRecords(file: ImportedFile): RecordKind[] {
  return RECORD_KINDS.filter((kind) => (file.records[kind]?.length ?? 0) > 0);
}

/** Merges one kind: keeps the kind and its spec and records tied together for the type checker. */
function mergeKind<K extends RecordKind>(
  kind: K,
  file: ImportedFile,
  existing: ExistingRows | undefined,
  source: MergeSource
): TableMerge {
  const records = (file.records[kind] ?? []) as readonly RecordOf<K>[];
  return mergeTable(TABLE_SPECS[kind], existing, records, source);
}

/** The date an export's figures are as of: its period end, else the day of the import. */
function asOfSerial(file: ImportedFile, importedAt: string): number {
  const end = file.periodEnd === undefined ? "" : toCell("date", file.periodEnd);
  return typeof end === "number" ? Math.floor(end) : Math.floor(Number(toCell("date", importedAt)));
}

/**
 * Plans an import from the workbook's state: which tables to create (under free names, never the
 * user's), how each kind merges into its table, the request blocks and the formats, and the
 * report. Refuses, before anything is written, an import that would overflow a sheet.
 *
 * @example
 * const plan = planImport(file, state, "2026-11-26T09:30");
 * if (!isWorkbookError(plan)) plan.blocks.length //=> 1
 */
export function planImport(
  file: ImportedFile,
  state: WorkbookState,
  importedAt: string
): ImportPlan | WorkbookError {
  const taken = [...state.takenNames];
  const sheets = [...state.sheetNames];
  const create: NewTable[] = [];
  const names: Partial<Record<OwnedTable, string>> = {};
  const nameFor = (table: OwnedTable, tableName: string, sheetName: string, headers: string[]) => {
    const found = state.tables[table];
    if (found) return (names[table] = found.name);
    const name = freeTableName(tableName, taken);
    const sheet = freeSheetName(sheetName, sheets);
    taken.push(name);
    sheets.push(sheet);
    create.push({ table, name, sheetName: sheet, headers });
    return (names[table] = name);
  };

  const source = { asOf: asOfSerial(file, importedAt), sourceFile: file.fileName };
  const writes: TableWrites[] = [];
  const formats: (FormatRun & { table: OwnedTable })[] = [];
  const addColumns: { table: OwnedTable; names: string[] }[] = [];
  const reports: TableReport[] = [];
  let truncatedTexts = 0;
  for (const kind of kindsWithRecords(file)) {
    const spec = TABLE_SPECS[kind];
    const name = nameFor(kind, spec.tableName, spec.sheetName, headersOf(spec));
    const found = state.tables[kind];
    const merge = mergeKind(kind, file, found ? state.rows[kind] : undefined, source);
    const limit = checkRowLimit({
      tableName: name,
      headerRow: found?.headerRow ?? 0,
      dataRows: merge.appendAt + merge.appends.length,
      appendedRows: merge.appends.length,
    });
    if (limit) return limit;
    if (merge.layout.missing.length > 0)
      addColumns.push({ table: kind, names: [...merge.layout.missing] });
    writes.push({ table: kind, width: merge.layout.width, ...merge });
    formats.push(...merge.formats.map((run) => ({ ...run, table: kind })));
    truncatedTexts += merge.truncatedTexts;
    reports.push({
      kind,
      table: name,
      added: merge.added,
      updated: merge.updated,
      unchanged: merge.unchanged,
      skipped: merge.skipped,
    });
  }

  const logHeaders = IMPORT_LOG.columns.map((c) => c.name);
  nameFor("importLog", IMPORT_LOG.tableName, IMPORT_LOG.sheetName, logHeaders);
  const skippedReasons = mergeSkipped([...file.skipped, ...reports.flatMap((r) => r.skipped)]);
  const sum = (pick: (r: TableReport) => number): number =>
    reports.reduce((total, r) => total + pick(r), 0);
  const report: ImportReport = {
    file: file.fileName,
    platform: file.platform,
    format: file.format,
    periodStart: file.periodStart ?? null,
    periodEnd: file.periodEnd ?? null,
    importedAt,
    tables: reports,
    added: sum((r) => r.added),
    updated: sum((r) => r.updated),
    unchanged: sum((r) => r.unchanged),
    skipped: skippedReasons.reduce((total, s) => total + s.rows, 0),
    skippedReasons,
    truncatedTexts,
  };

  return {
    create,
    addColumns,
    names,
    blocks: planBlocks(writes),
    formats,
    log: {
      row: state.tables.importLog?.dataRows ?? 0,
      values: importLogRow(report),
      formats: IMPORT_LOG.columns.map((c) => c.numberFormat),
    },
    report,
  };
}
