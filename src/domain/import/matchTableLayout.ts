import { bind } from "./columnRefs";
import { signatureScore } from "./detectionScore";
import { headerIndexOf } from "./headers";
import type { ColumnRef, LayoutMatch, TableLayout, TableSlice } from "./layout";
import type { RecordKind } from "./schema";

/** How many rows are searched for the header (preambles and description rows sit above it). */
const HEADER_SEARCH_ROWS = 40;

/**
 * Where a layout's header row is, if anywhere near the top: the first row holding every name of
 * its signature and none of the excluded ones. The score prefers layouts with longer signatures
 * (more specific), then those that find more of their columns.
 */
export function matchTableLayout<K extends RecordKind>(
  layout: TableLayout<K>,
  table: TableSlice
): LayoutMatch | null {
  const required = layout.signature.all;
  const excluded = layout.signature.none ?? [];
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = table.rows[r] ?? [];
    if (row.length < Math.min(2, required.length)) continue;
    const header = headerIndexOf(row);
    if (!required.every((name) => header.has(name)) || excluded.some((name) => header.has(name)))
      continue;
    const columns = Object.values(layout.columns) as ColumnRef[][];
    const found = columns.filter((refs) => refs.some((ref) => bind(ref, header) !== null)).length;
    return { score: signatureScore(required.length, found), headerRow: r };
  }
  return null;
}
