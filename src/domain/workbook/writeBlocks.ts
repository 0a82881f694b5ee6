import type { RowWrite } from "./mergeTable";
import { jsonBytes, OPERATION_BYTES, REQUEST_BUDGET_BYTES } from "./requestSize";
import type { OwnedTable } from "./tableNames";
import type { CellWrite } from "./workbookCell";

/** Rows to write into one table, starting at a data row (0-based, below the header). */
export interface RangeWrite {
  readonly table: OwnedTable;
  readonly row: number;
  readonly values: readonly (readonly CellWrite[])[];
}

/** The writes of one request: their estimated size and how many rows they carry. */
export interface WriteBlock {
  readonly writes: readonly RangeWrite[];
  readonly bytes: number;
  readonly rows: number;
}

/** What one table's merge writes: rows updated in place, then rows appended from `appendAt`. */
export interface TableWrites {
  readonly table: OwnedTable;
  readonly width: number;
  readonly updates: readonly RowWrite[];
  readonly appendAt: number;
  readonly appends: readonly (readonly CellWrite[])[];
}

/**
 * Contiguous runs of updated rows. Two updates a few rows apart share one range, the rows between
 * them sent as all-`null` (left unchanged), when those rows cost less than a second range would.
 */
function updateRanges(writes: TableWrites): RangeWrite[] {
  const nullRowBytes = jsonBytes(new Array<null>(writes.width).fill(null)) + 1;
  const maxGap = Math.floor(OPERATION_BYTES / nullRowBytes);
  const sorted = [...writes.updates].sort((a, b) => a.row - b.row);
  const ranges: { row: number; values: (readonly CellWrite[])[] }[] = [];
  for (const update of sorted) {
    const last = ranges[ranges.length - 1];
    const gap = last ? update.row - (last.row + last.values.length) : Infinity;
    if (last && gap >= 0 && gap <= maxGap) {
      for (let i = 0; i < gap; i++) last.values.push(new Array<CellWrite>(writes.width).fill(null));
      last.values.push(update.cells);
    } else {
      ranges.push({ row: update.row, values: [update.cells] });
    }
  }
  return ranges.map((range) => ({ table: writes.table, ...range }));
}

/**
 * Splits every table's writes into requests under the byte budget: updates first (in place), then
 * appends in order, so that each block's appended rows start right below the table's current last
 * row and Excel grows the table over them. A range too big for the rest of a block is split
 * across blocks; a single row is never split.
 *
 * @example
 * planBlocks([{ table: "posts", width: 21, updates: [], appendAt: 0, appends: rows }]).length
 * //=> 1 for a few thousand posts, 10 for 100,000
 */
export function planBlocks(
  tables: readonly TableWrites[],
  budget = REQUEST_BUDGET_BYTES
): WriteBlock[] {
  const ranges = tables.flatMap((t) => [
    ...updateRanges(t),
    ...(t.appends.length > 0 ? [{ table: t.table, row: t.appendAt, values: t.appends }] : []),
  ]);
  const blocks: WriteBlock[] = [];
  let writes: RangeWrite[] = [];
  let bytes = 0;
  let rows = 0;
  const close = (): void => {
    if (writes.length > 0) blocks.push({ writes, bytes, rows });
    writes = [];
    bytes = 0;
    rows = 0;
  };
  for (const range of ranges) {
    let start = 0;
    while (start < range.values.length) {
      let end = start;
      let size = OPERATION_BYTES;
      while (end < range.values.length) {
        const rowBytes = jsonBytes(range.values[end]) + 1;
        if (bytes + size + rowBytes > budget && (end > start || writes.length > 0)) break;
        size += rowBytes;
        end++;
      }
      if (end === start) {
        close();
        continue;
      }
      writes.push({
        table: range.table,
        row: range.row + start,
        values: range.values.slice(start, end),
      });
      bytes += size;
      rows += end - start;
      if (end < range.values.length) close();
      start = end;
    }
  }
  close();
  return blocks;
}
