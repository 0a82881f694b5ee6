import type { OwnedTable } from "./tableNames";
import type { WriteBlock } from "./writeBlocks";

/**
 * What an import had written when Excel refused one of its requests: the rows of the requests
 * Excel accepted, per table, out of the rows the import meant to write. Excel applies a request in
 * order and stops at the failure, so rows of the refused request may be written in part; the
 * import log's row goes in the last request, so a refused import never has one.
 */
export interface PartialWrite {
  readonly tables: readonly { readonly table: string; readonly rows: number }[];
  readonly rows: number;
  readonly total: number;
}

/** Rows a block really writes: rows between two updates are sent as all-`null`, left as they are. */
const rowsOf = (values: WriteBlock["writes"][number]["values"]): number =>
  values.filter((row) => row.some((cell) => cell !== null)).length;

/**
 * The rows of the first `accepted` blocks, per table name, and of all blocks.
 *
 * @example
 * partialWrite(plan.blocks, 1, plan.names) //=> { tables: [{ table: "Posts", rows: 5200 }], rows: 5200, total: 10000 }
 */
export function partialWrite(
  blocks: readonly WriteBlock[],
  accepted: number,
  names: Partial<Record<OwnedTable, string>>
): PartialWrite {
  const perTable = new Map<string, number>();
  let total = 0;
  blocks.forEach((block, index) => {
    for (const write of block.writes) {
      const rows = rowsOf(write.values);
      total += rows;
      if (index >= accepted) continue;
      const name = names[write.table] ?? write.table;
      perTable.set(name, (perTable.get(name) ?? 0) + rows);
    }
  });
  const tables = [...perTable].map(([table, rows]) => ({ table, rows }));
  return { tables, rows: tables.reduce((sum, t) => sum + t.rows, 0), total };
}
