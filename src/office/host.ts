import type { RecordKind, RecordLists } from "../domain/import/schema";
import type { FormulaConversionReport } from "../domain/kpi/formulaConversion";
import type { Language } from "../domain/common/language";
import type { OnProgress } from "../domain/progress";
import type { SheetSpec } from "../domain/templates/sheetSpec";
import type { ImportedFile } from "../domain/workbook/importedFile";
import type { ImportReport } from "../domain/workbook/importReport";
import type { OwnedTable } from "../domain/workbook/tableNames";
import type { WorkbookError } from "../domain/workbook/workbookError";
import { type AppliedTemplate, applyTemplate, type TemplateBuilder } from "./applyTemplate";
import { type ConversionScope, convertKpiFormulas } from "./convertKpiFormulas";
import { type AppliedTemplates, readAppliedTemplates } from "./readAppliedTemplates";
import { readTableNames } from "./readTableNames";
import { readTables } from "./readTables";
import { insertFormulaIntoSelection, readSelectionAddress } from "./selection";
import { writeImport } from "./writeImport";

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
  /** Merges an imported file into the add-in's tables; progress in rows written (phase `write`). */
  writeImport(file: ImportedFile, onProgress?: OnProgress): Promise<ImportReport | WorkbookError>;
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
   * Creates or refreshes a template's sheet, keeping what the user entered in its input cells
   * except those the spec `set`s. A builder gets the tables' current names, read in the same
   * `Excel.run`.
   */
  applyTemplate(template: SheetSpec | TemplateBuilder): Promise<AppliedTemplate | WorkbookError>;
  /** Which templates have a sheet in this workbook, by template id, under the sheet's current name. */
  readAppliedTemplates(): Promise<AppliedTemplates | WorkbookError>;
}

/** The host over Excel's JavaScript API: what the task pane uses in Excel. */
export const excelHost: WorkbookHost = {
  writeImport: (file, onProgress) => writeImport(file, onProgress ? { onProgress } : {}),
  readTableNames,
  readTables,
  readSelectionAddress,
  insertFormulaIntoSelection,
  convertKpiFormulas,
  applyTemplate,
  readAppliedTemplates,
};
