import {
  emptyRecordLists,
  type RecordKind,
  type RecordLists,
} from "../../src/domain/import/schema";
import {
  type ConvertedCell,
  type FormulaConversionReport,
  type KeptCall,
  planFormulaConversion,
} from "../../src/domain/kpi/formulaConversion";
import type { Language } from "../../src/domain/common/language";
import type { OnProgress } from "../../src/domain/progress";
import { goalRowValues, planGoalRow, withGoalAt } from "../../src/domain/goals/goalRow";
import type { SmartGoal } from "../../src/domain/goals/smartGoal";
import {
  FIRST_GOAL_ROW,
  GOAL_INPUT_COLUMNS,
  GOALS_TEMPLATE_ID,
  goalsTemplate,
} from "../../src/domain/templates/goals";
import type { SheetSpec } from "../../src/domain/templates/sheetSpec";
import type { SheetGrid } from "../../src/domain/import/sheetGrid";
import { IMPORT_LOG } from "../../src/domain/workbook/importLogTable";
import type { WorkbookCell, CellWrite } from "../../src/domain/workbook/workbookCell";
import type { ImportedFile } from "../../src/domain/workbook/importedFile";
import type { ImportReport } from "../../src/domain/workbook/importReport";
import type { ExistingRows } from "../../src/domain/workbook/mergeTable";
import { type FoundTable, planImport } from "../../src/domain/workbook/planImport";
import { recordsFromRows } from "../../src/domain/workbook/recordsFromRows";
import { freeSheetName, type OwnedTable } from "../../src/domain/workbook/tableNames";
import type { RecordOf } from "../../src/domain/workbook/tableSpec";
import { RECORD_KINDS, TABLE_SPECS } from "../../src/domain/workbook/tableSpecs";
import {
  isWorkbookError,
  workbookError,
  type WorkbookError,
} from "../../src/domain/workbook/workbookError";
import { WORKBOOK_ERROR } from "../../src/domain/workbook/workbookErrorCode";
import type {
  AddedGoal,
  AppliedTemplate,
  AppliedTemplates,
  ConversionScope,
  TemplateBuilder,
  WorkbookHost,
} from "../../src/office/host";

/** One add-in table as Excel would hold it: its sheet, headers and data rows. */
interface FakeTable {
  name: string;
  sheetName: string;
  headers: string[];
  rows: WorkbookCell[][];
}

/** A template's sheet: the spec last applied and what the user typed in its input cells. */
interface FakeTemplateSheet {
  sheetName: string;
  spec: SheetSpec;
  inputs: Map<string, WorkbookCell>;
}

/** What Excel stores for a written value: the text apostrophe is consumed, `null` keeps the cell. */
const stored = (written: CellWrite, current: WorkbookCell): WorkbookCell =>
  written === null
    ? current
    : typeof written === "string" && written.startsWith("'")
      ? written.slice(1)
      : written;

const recordsOf = <K extends RecordKind>(kind: K, table: FakeTable): RecordOf<K>[] =>
  recordsFromRows(TABLE_SPECS[kind], table);

/** `B3` → 0-based row 2, column 1. */
function cellIndex(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address);
  if (!match?.[1] || !match[2]) throw new Error(`Not a cell address: ${address}`);
  const column = [...match[1].toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/**
 * The task pane's host in memory, for component tests: imports merge into tables exactly as the
 * domain plans them (the same `planImport` the Excel host runs), tables read back as records,
 * cells hold what was typed, templates remember their input cells. It records every call in
 * `calls`, and `failNext` makes the next call return a workbook error, so a component's error
 * paths can be tested. What it does not model — Excel's formula evaluation, number formats,
 * request sizes — is the Excel stand-in's job.
 */
export class FakeHost implements WorkbookHost {
  readonly tables = new Map<OwnedTable, FakeTable>();
  /** Cells outside the add-in's tables, by `Sheet!A1`: formulas and values as typed. */
  readonly cells = new Map<string, WorkbookCell>();
  readonly templates = new Map<string, FakeTemplateSheet>();
  readonly sheetNames: string[] = ["Sheet1"];
  readonly calls: string[] = [];
  /** The selected cell (the active cell of the selection), `Sheet!A1`. */
  selection = "Sheet1!A1";
  /** When set, the next call returns this error and changes nothing. */
  failNext: WorkbookError | undefined;
  /** The import's timestamp, for reports that tests can compare. */
  now = "2026-11-26T09:30";
  /** The sheet the user has open: its name, and its cells as Excel would hand them over. */
  activeSheet: SheetGrid = { sheet: "Sheet1", values: [], firstRow: 1 };

  /** What a user types in a cell, `Sheet!A1`: a template's input cell keeps it across refreshes. */
  enter(address: string, value: WorkbookCell): void {
    const split = address.lastIndexOf("!");
    const [sheetName, at] = [address.slice(0, split), address.slice(split + 1)];
    const template = [...this.templates.values()].find((t) => t.sheetName === sheetName);
    if (template?.inputs.has(at)) template.inputs.set(at, value);
    else this.cells.set(address, value);
  }

  private failure(method: string): WorkbookError | undefined {
    this.calls.push(method);
    const error = this.failNext;
    this.failNext = undefined;
    return error;
  }

  writeImport(file: ImportedFile, onProgress?: OnProgress): Promise<ImportReport | WorkbookError> {
    const failed = this.failure("writeImport");
    if (failed) return Promise.resolve(failed);
    const found: Partial<Record<OwnedTable, FoundTable>> = {};
    const rows: Partial<Record<RecordKind, ExistingRows>> = {};
    for (const [owned, table] of this.tables) {
      found[owned] = { id: owned, name: table.name, headerRow: 0, dataRows: table.rows.length };
      if (owned !== "importLog") rows[owned] = { headers: table.headers, rows: table.rows };
    }
    const takenNames = [...this.tables.values()].map((table) => table.name);
    const plan = planImport(
      file,
      { tables: found, rows, takenNames, sheetNames: this.sheetNames },
      this.now
    );
    if (isWorkbookError(plan)) return Promise.resolve(plan);

    for (const { table, name, sheetName, headers } of plan.create) {
      this.tables.set(table, { name, sheetName, headers: [...headers], rows: [] });
      this.sheetNames.push(sheetName);
    }
    for (const { table, names } of plan.addColumns) this.tables.get(table)?.headers.push(...names);
    const total = plan.blocks.reduce((sum, block) => sum + block.rows, 0);
    let done = 0;
    for (const block of plan.blocks) {
      for (const write of block.writes) this.write(write.table, write.row, write.values);
      done += block.rows;
      onProgress?.({ phase: "write", done, total });
    }
    this.write("importLog", plan.log.row, [plan.log.values]);
    onProgress?.({ phase: "write", done: total, total });
    return Promise.resolve(plan.report);
  }

  showTable(owned: OwnedTable): Promise<string | WorkbookError> {
    const failed = this.failure("showTable");
    if (failed) return Promise.resolve(failed);
    const table = this.tables.get(owned);
    if (!table) {
      const tableName = owned === "importLog" ? IMPORT_LOG.tableName : TABLE_SPECS[owned].tableName;
      return Promise.resolve(workbookError(WORKBOOK_ERROR.TABLE_NOT_FOUND, { tableName }));
    }
    // The fake keeps its tables apart from sheet cells: the activated sheet reads as blank.
    this.activeSheet = { sheet: table.sheetName, values: [], firstRow: 1 };
    return Promise.resolve(table.sheetName);
  }

  readActiveSheet(): Promise<SheetGrid | WorkbookError> {
    return Promise.resolve(this.failure("readActiveSheet") ?? this.activeSheet);
  }

  private write(owned: OwnedTable, at: number, values: readonly (readonly CellWrite[])[]): void {
    const table = this.tables.get(owned);
    if (!table) return;
    values.forEach((cells, i) => {
      while (table.rows.length <= at + i) table.rows.push(table.headers.map(() => ""));
      const row = table.rows[at + i] ?? [];
      cells.forEach((cell, j) => (row[j] = stored(cell, row[j] ?? "")));
    });
  }

  readTableNames(): Promise<Partial<Record<OwnedTable, string>> | WorkbookError> {
    const failed = this.failure("readTableNames");
    if (failed) return Promise.resolve(failed);
    const names: Partial<Record<OwnedTable, string>> = {};
    for (const [owned, table] of this.tables) names[owned] = table.name;
    return Promise.resolve(names);
  }

  readTables(kinds: readonly RecordKind[] = RECORD_KINDS): Promise<RecordLists | WorkbookError> {
    const failed = this.failure("readTables");
    if (failed) return Promise.resolve(failed);
    const lists = emptyRecordLists();
    for (const kind of kinds) {
      const table = this.tables.get(kind);
      if (table) Object.assign(lists, { [kind]: recordsOf(kind, table) });
    }
    return Promise.resolve(lists);
  }

  readSelectionAddress(): Promise<string | WorkbookError> {
    return Promise.resolve(this.failure("readSelectionAddress") ?? this.selection);
  }

  insertFormulaIntoSelection(formula: string): Promise<string | WorkbookError> {
    const failed = this.failure("insertFormulaIntoSelection");
    if (failed) return Promise.resolve(failed);
    this.cells.set(this.selection, formula);
    return Promise.resolve(this.selection);
  }

  /** The fake's selection is one cell: `selection` converts it, `sheet` every cell of its sheet. */
  convertKpiFormulas(
    scope: ConversionScope,
    language: Language = "en"
  ): Promise<FormulaConversionReport | WorkbookError> {
    const failed = this.failure("convertKpiFormulas");
    if (failed) return Promise.resolve(failed);
    const sheet = this.selection.slice(0, this.selection.lastIndexOf("!"));
    const converted: ConvertedCell[] = [];
    const kept: KeptCall[] = [];
    for (const [address, content] of this.cells) {
      const inScope =
        scope === "sheet" ? address.startsWith(`${sheet}!`) : address === this.selection;
      if (!inScope) continue;
      const origin = { sheet, ...cellIndex(address.slice(sheet.length + 1)) };
      const { changes, report } = planFormulaConversion([[content]], origin, language);
      for (const change of changes) this.cells.set(address, change.formula);
      converted.push(...report.converted);
      kept.push(...report.kept);
    }
    return Promise.resolve({ converted, kept });
  }

  applyTemplate(template: SheetSpec | TemplateBuilder): Promise<AppliedTemplate | WorkbookError> {
    const failed = this.failure("applyTemplate");
    if (failed) return Promise.resolve(failed);
    return Promise.resolve(
      this.applySpec(typeof template === "function" ? template(this.tableNames()) : template)
    );
  }

  private tableNames(): Partial<Record<OwnedTable, string>> {
    const names: Partial<Record<OwnedTable, string>> = {};
    for (const [owned, table] of this.tables) names[owned] = table.name;
    return names;
  }

  private applySpec(spec: SheetSpec): AppliedTemplate {
    const previous = this.templates.get(spec.id);
    const inputs = new Map(
      (spec.inputs ?? []).map((input) => {
        const kept = previous?.inputs.get(input.at);
        return [input.at, kept !== undefined && kept !== "" ? kept : input.initial];
      })
    );
    const sheetName = previous?.sheetName ?? freeSheetName(spec.sheetName, this.sheetNames);
    if (!previous) this.sheetNames.push(sheetName);
    this.templates.set(spec.id, { sheetName, spec, inputs });
    return { sheetName, created: !previous };
  }

  /** The goal goes where the Excel host puts it: the same row plan, over the fake's cells. */
  addGoal(goal: SmartGoal, language: Language): Promise<AddedGoal | WorkbookError> {
    const failed = this.failure("addGoal");
    if (failed) return Promise.resolve(failed);
    const sheet = this.templates.get(GOALS_TEMPLATE_ID);
    if (!sheet) {
      const spec = goalsTemplate(this.tableNames(), language);
      const row = FIRST_GOAL_ROW;
      const { sheetName } = this.applySpec(withGoalAt(spec, row, goalRowValues(goal, language)));
      return Promise.resolve({ sheetName, row, created: true });
    }
    const plan = planGoalRow(this.columnsAtoL(sheet), 0);
    const values = goalRowValues(goal, plan.language ?? language);
    if (plan.growTo !== undefined) {
      const spec = goalsTemplate(this.tableNames(), plan.language ?? language, {
        rows: plan.growTo,
      });
      this.applySpec(withGoalAt(spec, plan.row, values));
    } else {
      GOAL_INPUT_COLUMNS.forEach((column, i) =>
        this.enter(`${sheet.sheetName}!${column}${plan.row}`, values[i] ?? "")
      );
    }
    return Promise.resolve({ sheetName: sheet.sheetName, row: plan.row, created: false });
  }

  /** A template sheet's columns A:L from row 1, as Excel's `formulas`: its cells, inputs and what was typed. */
  private columnsAtoL(sheet: FakeTemplateSheet): WorkbookCell[][] {
    const content = new Map<string, WorkbookCell>();
    for (const cell of sheet.spec.cells) content.set(cell.at, cell.formula ?? cell.value);
    for (const [at, value] of sheet.inputs) content.set(at, value);
    for (const [address, value] of this.cells) {
      if (address.startsWith(`${sheet.sheetName}!`)) {
        content.set(address.slice(sheet.sheetName.length + 1), value);
      }
    }
    const rows = Math.max(...[...content.keys()].map((at) => cellIndex(at).row + 1));
    return Array.from({ length: rows }, (_, row) =>
      [..."ABCDEFGHIJKL"].map((column) => content.get(`${column}${row + 1}`) ?? "")
    );
  }

  readAppliedTemplates(): Promise<AppliedTemplates | WorkbookError> {
    const failed = this.failure("readAppliedTemplates");
    if (failed) return Promise.resolve(failed);
    const applied: Record<string, string> = {};
    for (const [id, { sheetName }] of this.templates) applied[id] = sheetName;
    return Promise.resolve(applied);
  }
}
