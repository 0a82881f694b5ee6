/**
 * Why records were not written, counted per reason. The add-in's own reasons are below; rows the
 * importer skipped carry the importer's issue code (`TOTALS_ROW_SKIPPED`, `MISSING_ID`…).
 */
export type SkipReason =
  /** The workbook already holds this key from a more recent export. */
  | "OLDER_THAN_WORKBOOK"
  /** The file holds the same key again further down; the last one was written. */
  | "DUPLICATE_IN_FILE"
  /** A field the table cannot do without (Post ID, Date…) is empty. */
  | "MISSING_KEY"
  | (string & {});

export interface SkippedRows {
  readonly reason: SkipReason;
  readonly rows: number;
}

/**
 * Adds counts of the same reason together, keeping the order reasons first appeared in.
 *
 * @example
 * mergeSkipped([{ reason: "MISSING_KEY", rows: 1 }, { reason: "MISSING_KEY", rows: 2 }])
 * //=> [{ reason: "MISSING_KEY", rows: 3 }]
 */
export function mergeSkipped(lists: readonly SkippedRows[]): SkippedRows[] {
  const totals = new Map<string, number>();
  for (const { reason, rows } of lists) totals.set(reason, (totals.get(reason) ?? 0) + rows);
  return [...totals].map(([reason, rows]) => ({ reason, rows }));
}
