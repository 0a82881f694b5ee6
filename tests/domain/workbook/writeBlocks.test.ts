import fc from "fast-check";
import { jsonBytes, OPERATION_BYTES } from "../../../src/domain/workbook/requestSize";
import type { CellWrite } from "../../../src/domain/workbook/workbookCell";
import { planBlocks, type TableWrites } from "../../../src/domain/workbook/writeBlocks";

const row = (n: number, width = 4): CellWrite[] => [
  `'post ${n}`,
  n,
  null,
  ...new Array<CellWrite>(width - 3).fill(1),
];

function appendsOnly(count: number, appendAt = 0): TableWrites {
  return {
    table: "posts",
    width: 4,
    updates: [],
    appendAt,
    appends: Array.from({ length: count }, (_, i) => row(i)),
  };
}

describe("planBlocks", () => {
  it("sends a small import in one block", () => {
    const blocks = planBlocks([appendsOnly(100, 7)]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.writes).toEqual([
      { table: "posts", row: 7, values: appendsOnly(100).appends },
    ]);
    expect(blocks[0]?.rows).toBe(100);
  });

  it("keeps every block under the budget and appends in order, each starting where the last ended", () => {
    const blocks = planBlocks([appendsOnly(1000, 3)], 2_000);
    expect(blocks.length).toBeGreaterThan(10);
    let next = 3;
    for (const block of blocks) {
      expect(block.bytes).toBeLessThanOrEqual(2_000);
      for (const write of block.writes) {
        expect(write.row).toBe(next);
        expect(jsonBytes(write.values)).toBeLessThan(block.bytes);
        next += write.values.length;
      }
    }
    expect(next).toBe(1003);
  });

  it("spreads appended rows evenly over the blocks instead of leaving a small last one", () => {
    const rows = appendsOnly(1000).appends;
    const rowBytes = Math.max(...rows.map((cells) => jsonBytes(cells) + 1));
    const budget = 2_000;
    const blocks = planBlocks([appendsOnly(1000)], budget);
    const sizes = blocks.map((block) => block.bytes);
    expect(blocks.length).toBe(Math.ceil(jsonBytes(rows) / (budget - OPERATION_BYTES - rowBytes)));
    // Balanced to within a row either side, the first block planned with its range's operation on
    // top of the one every block is planned with.
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(
      2 * rowBytes + OPERATION_BYTES
    );
  });

  it("counts an operation for each range a block writes to", () => {
    const updates = [
      { row: 0, cells: row(0) },
      { row: 200, cells: row(200) },
    ];
    const [block] = planBlocks([
      { table: "daily", width: 4, updates, appendAt: 300, appends: [row(300)] },
    ]);
    const values = [row(0), row(200), row(300)].map((cells) => jsonBytes(cells) + 1);
    expect(block?.writes).toHaveLength(3);
    expect(block?.bytes).toBe(3 * OPERATION_BYTES + values.reduce((sum, b) => sum + b, 0));
  });

  it("shares one range between nearby updates, sending the rows between as nulls", () => {
    const updates = [
      { row: 10, cells: row(10) },
      { row: 12, cells: row(12) },
      { row: 500, cells: row(500) },
    ];
    const [block] = planBlocks([{ table: "daily", width: 4, updates, appendAt: 600, appends: [] }]);
    expect(block?.writes.map((w) => [w.row, w.values.length])).toEqual([
      [10, 3],
      [500, 1],
    ]);
    expect(block?.writes[0]?.values[1]).toEqual([null, null, null, null]);
  });

  it("writes every row exactly once, whatever the budget", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 450, max: 5_000 }),
        (updated, appended, budget) => {
          const writes: TableWrites = {
            table: "posts",
            width: 4,
            updates: updated.map((r) => ({ row: r, cells: row(r) })),
            appendAt: 301,
            appends: Array.from({ length: appended }, (_, i) => row(301 + i)),
          };
          const seen = new Map<number, readonly CellWrite[]>();
          for (const block of planBlocks([writes], budget)) {
            expect(block.bytes).toBeLessThanOrEqual(budget);
            for (const write of block.writes) {
              write.values.forEach((cells, i) => {
                if (cells.some((c) => c !== null)) seen.set(write.row + i, cells);
              });
            }
          }
          expect([...seen.keys()].sort((a, b) => a - b)).toEqual(
            [...updated, ...Array.from({ length: appended }, (_, i) => 301 + i)].sort(
              (a, b) => a - b
            )
          );
        }
      )
    );
  });
});
