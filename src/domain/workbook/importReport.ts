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

const PHRASES: Readonly<Record<string, [string, string]>> = {
  OLDER_THAN_WORKBOOK: ["older than the workbook's row", "older than the workbook's rows"],
  DUPLICATE_IN_FILE: ["repeated in the file", "repeated in the file"],
  MISSING_KEY: ["without what identifies it", "without what identifies them"],
  MISSING_ID: ["without an id", "without an id"],
  MISSING_DATE: ["without a date", "without a date"],
  TOTALS_ROW_SKIPPED: ["totals row", "totals rows"],
  DESCRIPTION_ROW_SKIPPED: ["description row", "description rows"],
};

/**
 * The reasons for skipped rows in words, for the import log.
 *
 * @example
 * describeSkipped([{ reason: "OLDER_THAN_WORKBOOK", rows: 3 }, { reason: "TOTALS_ROW_SKIPPED", rows: 1 }])
 * //=> "3 older than the workbook's rows; 1 totals row"
 */
export function describeSkipped(skipped: readonly SkippedRows[]): string {
  return skipped
    .filter(({ rows }) => rows > 0)
    .map(({ reason, rows }) => {
      const phrase = PHRASES[reason];
      return `${rows} ${phrase ? phrase[rows === 1 ? 0 : 1] : reason}`;
    })
    .join("; ");
}
