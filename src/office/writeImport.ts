import type { RecordKind } from "../domain/import/schema";
import type { OnProgress } from "../domain/progress";
import type { ImportedFile } from "../domain/workbook/importedFile";
import type { ImportReport } from "../domain/workbook/importReport";
import type { ExistingRows } from "../domain/workbook/mergeTable";
import { type ImportPlan, kindsWithRecords, planImport } from "../domain/workbook/planImport";
import { type RememberedTables, TABLES_SETTING } from "../domain/workbook/rememberedTables";
import { partialWrite } from "../domain/workbook/partialWrite";
import type { OwnedTable } from "../domain/workbook/tableNames";
import type { CellWrite } from "../domain/workbook/workbookCell";
import { isWorkbookError, type WorkbookError } from "../domain/workbook/workbookError";
import { WORKBOOK_ERROR } from "../domain/workbook/workbookErrorCode";
import type { WriteBlock } from "../domain/workbook/writeBlocks";
import { findTables, type WorkbookTables } from "./findTables";
import { localTimestamp } from "./localTimestamp";
import { readTableRows } from "./readTableRows";
import { runExcel } from "./runExcel";
import { setNumberFormat } from "./setNumberFormat";

export interface WriteImportOptions {
  /** Called after every request with the rows written so far (phase `write`), for a progress bar. */
  readonly onProgress?: OnProgress;
  /** When the import happens (the log's Imported At); now by default. */
  readonly now?: Date;
}

type Tables = Map<OwnedTable, Excel.Table>;

/** The range of `rows` data rows from data row `row` (0-based), across the table's width. */
const rowsOf = (table: Excel.Table, row: number, rows: number): Excel.Range =>
  table
    .getHeaderRowRange()
    .getOffsetRange(1 + row, 0)
    .getResizedRange(rows - 1, 0);

/** The tables a plan writes rows to. */
const tablesWritten = (plan: ImportPlan): Set<OwnedTable> =>
  new Set(plan.blocks.flatMap((block) => block.writes.map((write) => write.table)));

/** Creates the new sheets and header-only tables, and our missing columns in found tables. */
function queueCreation(
  context: Excel.RequestContext,
  plan: ImportPlan,
  tables: Tables
): { owned: OwnedTable; table: Excel.Table }[] {
  const created = plan.create.map(({ table: owned, name, sheetName, headers }) => {
    const sheet = context.workbook.worksheets.add(sheetName);
    const header = sheet.getRangeByIndexes(0, 0, 1, headers.length);
    header.values = [[...headers]];
    const table = sheet.tables.add(header, true);
    table.name = name;
    header.format.autofitColumns();
    sheet.freezePanes.freezeRows(1);
    table.load("id");
    tables.set(owned, table);
    return { owned, table };
  });
  for (const { table, names } of plan.addColumns) {
    for (const name of names) tables.get(table)?.columns.add(undefined, undefined, name);
  }
  return created;
}

/** Queues one block's rows: values only, formats come once at the end. */
function queueBlock(context: Excel.RequestContext, block: WriteBlock, tables: Tables): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const write of block.writes) {
    const table = tables.get(write.table);
    if (table) rowsOf(table, write.row, write.values.length).values = write.values as CellWrite[][];
  }
}

/** Formats of the rows written, the import log's new row, and the remembered table ids. */
function queueFinish(
  context: Excel.RequestContext,
  plan: ImportPlan,
  tables: Tables,
  remembered: RememberedTables
): void {
  for (const run of plan.formats) {
    const table = tables.get(run.table);
    if (!table) continue;
    const cells = table
      .getHeaderRowRange()
      .getCell(0, run.column)
      .getOffsetRange(1 + run.row, 0)
      .getResizedRange(run.rows - 1, 0);
    setNumberFormat(cells, run.format);
  }
  const log = tables.get("importLog");
  if (log) {
    const row = log
      .getHeaderRowRange()
      .getCell(0, 0)
      .getOffsetRange(1 + plan.log.row, 0)
      .getResizedRange(0, plan.log.values.length - 1);
    row.values = [[...plan.log.values]];
    row.numberFormat = [plan.log.formats.map((format) => format ?? null)];
  }
  context.workbook.settings.add(TABLES_SETTING, remembered);
}

/** Reads the rows of the found tables the import merges into. */
async function readMergeRows(
  context: Excel.RequestContext,
  found: WorkbookTables,
  kinds: readonly RecordKind[]
): Promise<Partial<Record<RecordKind, ExistingRows>>> {
  const rows: Partial<Record<RecordKind, ExistingRows>> = {};
  for (const kind of kinds) {
    const table = found.tables[kind];
    if (!table) continue;
    rows[kind] = {
      headers: table.headers,
      rows: await readTableRows(context, table.id, table.dataRows),
    };
  }
  return rows;
}

/**
 * Writes an imported file into the workbook's tables and returns the import's report, or why it
 * could not (errors are values). In order: find the add-in's tables (2 syncs), read the rows the
 * records merge into (one sync per block of rows), plan everything in the domain — an import that
 * would overflow a sheet is refused here, before any write — then write: new sheets and tables
 * with the first block of rows, one request per further block, and a last request with the number
 * formats, the import log's row and the remembered table names. So syncs = read blocks + write
 * blocks + at most 4, whatever the size of the file (bench: write.posts_100k.*). When Excel
 * refuses a request, the error says what was written before (its `written`).
 *
 * @example
 * const report = await writeImport(importedFile("posts.csv", result), { onProgress: showBar });
 * if (!isWorkbookError(report)) console.info(`${report.added} posts added`);
 */
export async function writeImport(
  file: ImportedFile,
  options: WriteImportOptions = {}
): Promise<ImportReport | WorkbookError> {
  const importedAt = localTimestamp(options.now ?? new Date());
  // What Excel accepted so far, for an error to say what was and was not written.
  let planned: ImportPlan | undefined;
  let accepted = 0;
  const result = await runExcel(async (context) => {
    const kinds = kindsWithRecords(file);
    const found = await findTables(context, [...kinds, "importLog"]);
    const rows = await readMergeRows(context, found, kinds);
    const plan = planImport(file, { ...found, rows }, importedAt);
    if (isWorkbookError(plan)) return plan;
    planned = plan;

    const tables: Tables = new Map();
    for (const [owned, table] of Object.entries(found.tables)) {
      tables.set(owned as OwnedTable, context.workbook.tables.getItem(table.id));
    }
    const total = plan.blocks.reduce((sum, block) => sum + block.rows, 0);
    let done = 0;
    const created = queueCreation(context, plan, tables);
    // A total row sits right below the data, where appended rows go: hide it while writing (Excel
    // keeps its formulas) and show it again, below the new last row, with the formats.
    const totals = [...tablesWritten(plan)].flatMap((owned) =>
      found.tables[owned]?.showsTotals ? [tables.get(owned)] : []
    );
    for (const table of totals) if (table) table.showTotals = false;
    const [first, ...rest] = plan.blocks;
    if (first) queueBlock(context, first, tables);
    if (first || created.length > 0 || plan.addColumns.length > 0) {
      await context.sync();
      if (first) accepted++;
      done += first?.rows ?? 0;
      options.onProgress?.({ phase: "write", done, total });
    }
    for (const block of rest) {
      queueBlock(context, block, tables);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block: each block is one request under Excel's 5 MB
      await context.sync();
      accepted++;
      done += block.rows;
      options.onProgress?.({ phase: "write", done, total });
    }

    const remembered: RememberedTables = { ...found.remembered };
    for (const [owned, table] of Object.entries(found.tables)) {
      remembered[owned as OwnedTable] = { id: table.id, name: table.name };
    }
    for (const { owned, table } of created) {
      remembered[owned] = { id: table.id, name: plan.names[owned] ?? "" };
    }
    queueFinish(context, plan, tables, remembered);
    for (const table of totals) if (table) table.showTotals = true;
    await context.sync();
    options.onProgress?.({ phase: "write", done: total, total });
    return plan.report;
  });
  if (!isWorkbookError(result) || result.code !== WORKBOOK_ERROR.EXCEL_REQUEST_FAILED)
    return result;
  const written = planned
    ? partialWrite(planned.blocks, accepted, planned.names)
    : { tables: [], rows: 0, total: 0 };
  return { ...result, written };
}
