import type { PlatformId, RecordKind } from "../import/schema";
import type { SkippedRows } from "./skippedRows";

/** What an import did to one table. */
export interface TableReport {
  readonly kind: RecordKind;
  /** The table's name in this workbook (`Posts`, or `Posts_SocialKPI` when the user had a `Posts`). */
  readonly table: string;
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: readonly SkippedRows[];
}

/**
 * The report of one import: returned to the task pane and appended to the import log. Totals
 * add up the tables; `skippedReasons` also holds the rows the importer left out of the file.
 */
export interface ImportReport {
  readonly file: string;
  readonly platform: PlatformId;
  readonly format: string;
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
  /** Local time of the import, `YYYY-MM-DDTHH:mm`. */
  readonly importedAt: string;
  readonly tables: readonly TableReport[];
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly skippedReasons: readonly SkippedRows[];
  /** Text cells cut to Excel's 32,767-character limit. */
  readonly truncatedTexts: number;
}
