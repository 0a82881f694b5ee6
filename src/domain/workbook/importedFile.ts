import { ROW_SKIPPING_CODES, type RowSkippingCode } from "../import/issues";
import type { PlatformId, RecordLists } from "../import/schema";
import { mergeSkipped, type SkippedRows } from "./skippedRows";

/**
 * What the workbook needs from one imported file: where it came from, the period it states, its
 * records, and the rows the importer had to leave out. A structural subset of `ImportResult`
 * (docs/architecture.md §3.1) plus the file's name, so the workbook layer needs no importer code.
 */
export interface ImportedFile {
  readonly fileName: string;
  readonly platform: PlatformId;
  readonly format: string;
  readonly periodStart?: string | undefined;
  readonly periodEnd?: string | undefined;
  readonly records: Partial<RecordLists>;
  readonly skipped: readonly SkippedRows[];
}

/** The part of an `ImportResult` read here: its records, period and issues. */
export interface ImportResultLike extends RecordLists {
  readonly platform: PlatformId;
  readonly format: string;
  readonly periodStart?: string | undefined;
  readonly periodEnd?: string | undefined;
  readonly issues: readonly ImportIssueLike[];
}

/** An import issue as far as skipped rows go: its code, and how many rows it stands for (one when unsaid). */
export interface ImportIssueLike {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly count?: number | undefined;
}

const ROW_SKIPPING: ReadonlySet<string> = new Set(ROW_SKIPPING_CODES);

/** Whether an issue stands for rows the importer left out of the records. */
const skipsRows = (issue: ImportIssueLike): issue is ImportIssueLike & { code: RowSkippingCode } =>
  ROW_SKIPPING.has(issue.code);

/**
 * Adapts an import result: issues with a row-skipping code become skipped rows, counted per code.
 *
 * @example
 * importedFile("posts.csv", result).skipped //=> [{ reason: ISSUE.TOTALS_ROW_SKIPPED, rows: 1 }]
 */
export function importedFile(fileName: string, result: ImportResultLike): ImportedFile {
  const { posts, daily, traffic, ads, audience, mentions } = result;
  return {
    fileName,
    platform: result.platform,
    format: result.format,
    periodStart: result.periodStart,
    periodEnd: result.periodEnd,
    records: { posts, daily, traffic, ads, audience, mentions },
    skipped: mergeSkipped(
      result.issues
        .filter(skipsRows)
        .map((issue) => ({ reason: issue.code, rows: issue.count ?? 1 }))
    ),
  };
}
