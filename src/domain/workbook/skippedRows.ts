import type { RowSkippingCode } from "../import/issues";

/**
 * Why records were not written, counted per reason. The add-in's own reasons are below; rows the
 * importer skipped carry the importer's issue code (`ISSUE.TOTALS_ROW_SKIPPED`…), and a record
 * without a field its table cannot do without (Post ID, Date…) counts as `ISSUE.MISSING_KEY`.
 */
export type SkipReason =
  /** The workbook already holds this key from a more recent export. */
  | "OLDER_THAN_WORKBOOK"
  /** The row repeats an earlier row of the file in every field; the first one was written. */
  | "DUPLICATE_IN_FILE"
  | RowSkippingCode;

export interface SkippedRows {
  readonly reason: SkipReason;
  readonly rows: number;
}

/**
 * Adds counts of the same reason together, keeping the order reasons first appeared in.
 *
 * @example
 * mergeSkipped([{ reason: "DUPLICATE_IN_FILE", rows: 1 }, { reason: "DUPLICATE_IN_FILE", rows: 2 }])
 * //=> [{ reason: "DUPLICATE_IN_FILE", rows: 3 }]
 */
export function mergeSkipped(lists: readonly SkippedRows[]): SkippedRows[] {
  const totals = new Map<SkipReason, number>();
  for (const { reason, rows } of lists) totals.set(reason, (totals.get(reason) ?? 0) + rows);
  return [...totals].map(([reason, rows]) => ({ reason, rows }));
}
