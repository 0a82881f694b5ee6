import { toCell } from "./columnType";
import { describeSkipped, type ImportReport } from "./importReport";
import { toWrittenValue } from "./literalText";
import { FORMATS } from "./tableSpec";
import type { CellWrite } from "./workbookCell";

/** A column of the import log: header and number format (none for text). */
interface LogColumn {
  readonly name: string;
  readonly numberFormat?: string;
}

/** Table `ImportLog` on sheet `Import log`: one row per import, appended, never rewritten. */
export const IMPORT_LOG = {
  tableName: "ImportLog",
  sheetName: "Import log",
  columns: [
    { name: "Imported At", numberFormat: FORMATS.dateTime },
    { name: "File" },
    { name: "Platform" },
    { name: "Format" },
    { name: "Period Start", numberFormat: FORMATS.date },
    { name: "Period End", numberFormat: FORMATS.date },
    { name: "Tables" },
    { name: "Added", numberFormat: FORMATS.count },
    { name: "Updated", numberFormat: FORMATS.count },
    { name: "Unchanged", numberFormat: FORMATS.count },
    { name: "Skipped", numberFormat: FORMATS.count },
    { name: "Skipped Reasons" },
  ] as readonly LogColumn[],
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
    toCell("dateTime", report.importedAt),
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
    describeSkipped(report.skippedReasons),
  ].map(toWrittenValue);
}
