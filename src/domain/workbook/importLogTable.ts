import type { ValueType } from "../import/fields";
import { toCell } from "./columnType";
import type { ImportReport } from "./importReport";
import { toWrittenValue } from "./literalText";
import { describeSkipped } from "./messages";
import { numberFormat } from "./numberFormat";
import type { CellWrite } from "./workbookCell";

/** A column of the import log: header and number format (none for text). */
interface LogColumn {
  readonly name: string;
  readonly numberFormat?: string;
}

/** A log column whose format is its type's. */
function logColumn(name: string, type: ValueType): LogColumn {
  const format = numberFormat(type);
  return format === undefined ? { name } : { name, numberFormat: format };
}

/** Table `ImportLog` on sheet `Import log`: one row per import, appended, never rewritten. */
export const IMPORT_LOG = {
  tableName: "ImportLog",
  sheetName: "Import log",
  columns: [
    logColumn("Imported At", "datetime"),
    logColumn("File", "text"),
    logColumn("Platform", "text"),
    logColumn("Format", "text"),
    logColumn("Period Start", "date"),
    logColumn("Period End", "date"),
    logColumn("Tables", "text"),
    logColumn("Added", "integer"),
    logColumn("Updated", "integer"),
    logColumn("Unchanged", "integer"),
    logColumn("Skipped", "integer"),
    logColumn("Skipped Reasons", "text"),
  ],
} as const;

/**
 * The log row of a report, ready to write (text literal, dates as serials).
 *
 * @example
 * importLogRow(report) //=> [46351.43, "'posts.csv", "'facebook", …, 120, 3, 0, 1, "'1 totals row"]
 */
export function importLogRow(report: ImportReport): CellWrite[] {
  const tables = report.tables.map((t) => t.table).join(", ");
  return [
    toCell("datetime", report.importedAt),
    report.file,
    report.platform,
    report.format,
    toCell("date", report.periodStart),
    toCell("date", report.periodEnd),
    tables,
    report.added,
    report.updated,
    report.unchanged,
    report.skipped,
    // In English whoever imports: the log is shared by everyone who opens the workbook, like the
    // tables' names.
    describeSkipped(report.skippedReasons, "en"),
  ].map(toWrittenValue);
}
