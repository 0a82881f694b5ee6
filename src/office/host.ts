import type { RecordKind, RecordLists } from "../domain/import/schema";
import type { SheetGrid } from "../domain/import/sheetGrid";
import type { FormulaConversionReport } from "../domain/kpi/formulaConversion";
import type { Language } from "../domain/common/language";
import type { SmartGoal } from "../domain/goals/smartGoal";
import type { OnProgress } from "../domain/progress";
import type { SheetSpec } from "../domain/templates/sheetSpec";
import type { ImportedFile } from "../domain/workbook/importedFile";
import type { ImportReport } from "../domain/workbook/importReport";
import type { OwnedTable } from "../domain/workbook/tableNames";
import type { WorkbookError } from "../domain/workbook/workbookError";
import { type AddedGoal, addGoal } from "./addGoal";
import { type AppliedTemplate, applyTemplate, type TemplateBuilder } from "./applyTemplate";
import { type ConversionScope, convertKpiFormulas } from "./convertKpiFormulas";
import { type AppliedTemplates, readAppliedTemplates } from "./readAppliedTemplates";
import { readActiveSheet } from "./readActiveSheet";
import { readTableNames } from "./readTableNames";
import { readTables } from "./readTables";
import { insertFormulaIntoSelection, readSelectionAddress } from "./selection";
import { showTable } from "./showTable";
import { writeImport } from "./writeImport";

export type { AddedGoal } from "./addGoal";
export type { AppliedTemplate, TemplateBuilder } from "./applyTemplate";
export type { ConversionScope } from "./convertKpiFormulas";
export type { AppliedTemplates } from "./readAppliedTemplates";

/**
 * Everything the task pane asks of the workbook, in one interface: the pane depends on it, never
 * on `Excel` itself, so its components run against an in-memory fake in tests and the Excel code
 * stays in one layer. Every method is one `Excel.run`; failures are {@link WorkbookError} values.
 * Parsing a file is not here: it needs no workbook (the task pane runs it in a worker).
 */
export interface WorkbookHost {
  /**
   * Merges an imported file into the add-in's tables; progress in rows written (phase `write`).
   * When Excel refuses a request part-way, the error's `written` says what had been written.
   */
  writeImport(file: ImportedFile, onProgress?: OnProgress): Promise<ImportReport | WorkbookError>;
  /** Activates an add-in table's sheet and selects its last row; gives back the sheet's name. */
  showTable(owned: OwnedTable): Promise<string | WorkbookError>;
  /** The cells of the sheet the user has open (its used range), to import them. */
  readActiveSheet(): Promise<SheetGrid | WorkbookError>;
  /** The current name of each add-in table that exists (`Posts_SocialKPI` when `Posts` was taken). */
  readTableNames(): Promise<Partial<Record<OwnedTable, string>> | WorkbookError>;
  /** The add-in's tables read back as records; a table not created yet reads as an empty list. */
  readTables(kinds?: readonly RecordKind[]): Promise<RecordLists | WorkbookError>;
  /** The selection's address with its sheet, e.g. `Sheet1!B2:C9`. */
  readSelectionAddress(): Promise<string | WorkbookError>;
  /** Writes an en-US formula into the active cell; gives back that cell's address. */
  insertFormulaIntoSelection(formula: string): Promise<string | WorkbookError>;
  /** Rewrites `KPI.` calls into native formulas in the selection or the active sheet. */
  convertKpiFormulas(
    scope: ConversionScope,
    language?: Language
  ): Promise<FormulaConversionReport | WorkbookError>;
  /**
   * Creates or refreshes a template's sheet, keeping what the user entered in its input cells. A
   * builder gets the tables' current names, read in the same `Excel.run`.
   */
  applyTemplate(template: SheetSpec | TemplateBuilder): Promise<AppliedTemplate | WorkbookError>;
  /** Which templates have a sheet in this workbook, by template id, under the sheet's current name. */
  readAppliedTemplates(): Promise<AppliedTemplates | WorkbookError>;
  /**
   * Writes a validated goal into the first empty row of the goals sheet, generating the sheet in
   * `language` when there is none and growing it when it is full; never over a typed row.
   */
  addGoal(goal: SmartGoal, language: Language): Promise<AddedGoal | WorkbookError>;
}

/** The host over Excel's JavaScript API: what the task pane uses in Excel. */
export const excelHost: WorkbookHost = {
  writeImport: (file, onProgress) => writeImport(file, onProgress ? { onProgress } : {}),
  showTable,
  readActiveSheet,
  readTableNames,
  readTables,
  readSelectionAddress,
  insertFormulaIntoSelection,
  convertKpiFormulas,
  applyTemplate,
  readAppliedTemplates,
  addGoal,
};
