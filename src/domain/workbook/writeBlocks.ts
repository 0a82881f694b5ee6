import { balancedBlocks } from "./balancedBlocks";
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
 * row and Excel grows the table over them. As few blocks as the budget allows, with the rows
 * spread evenly over them by their bytes, so no block is much bigger than the others. A range is
 * split across blocks where a block ends; a single row is never split.
 *
 * @example
 * planBlocks([{ table: "posts", width: 21, updates: [], appendAt: 0, appends: rows }]).length
 * //=> 1 for a few thousand posts, 9 for 100,000 (about 3.8 MB each)
 */
export function planBlocks(
  tables: readonly TableWrites[],
  budget = REQUEST_BUDGET_BYTES
): WriteBlock[] {
  const ranges = tables.flatMap((t) => [
    ...updateRanges(t),
    ...(t.appends.length > 0 ? [{ table: t.table, row: t.appendAt, values: t.appends }] : []),
  ]);
  const rowBytes = ranges.map((range) => range.values.map((cells) => jsonBytes(cells) + 1));
  // Every block pays one operation up front, for a range it continues from the block before (one
  // too many when it starts on a range's first row), and every range pays its own where it starts.
  const sizes = rowBytes.flatMap((bytes) =>
    bytes.map((b, i) => (i === 0 ? OPERATION_BYTES : 0) + b)
  );
  const blocks: WriteBlock[] = [];
  let rangeIndex = 0;
  let offset = 0;
  for (const rows of balancedBlocks(sizes, budget, OPERATION_BYTES)) {
    const writes: RangeWrite[] = [];
    let bytes = 0;
    let left = rows;
    for (let range = ranges[rangeIndex]; range && left > 0; range = ranges[rangeIndex]) {
      const end = Math.min(range.values.length, offset + left);
      const values = range.values.slice(offset, end);
      writes.push({ table: range.table, row: range.row + offset, values });
      for (const b of rowBytes[rangeIndex]?.slice(offset, end) ?? []) bytes += b;
      bytes += OPERATION_BYTES;
      left -= end - offset;
      offset = end;
      if (offset === range.values.length) {
        rangeIndex++;
        offset = 0;
      }
    }
    blocks.push({ writes, bytes, rows });
  }
  return blocks;
}
