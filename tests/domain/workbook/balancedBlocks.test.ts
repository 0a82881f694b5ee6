import fc from "fast-check";
import { balancedBlocks } from "../../../src/domain/workbook/balancedBlocks";

/** Each block's cost (overhead plus its items), from the lengths the balancing returns. */
function costs(sizes: readonly number[], lengths: readonly number[], overhead: number): number[] {
  let start = 0;
  return lengths.map((length) => {
    const items = sizes.slice(start, (start += length));
    return items.reduce((sum, size) => sum + size, overhead);
  });
}

describe("balancedBlocks", () => {
  it("spreads the items evenly instead of leaving a small last block", () => {
    expect(balancedBlocks([1, 1, 1, 1, 1, 1, 1], 6)).toEqual([4, 3]);
  });

  it("spreads by size, not by count", () => {
    expect(balancedBlocks([6, 1, 1, 1, 1, 1, 1], 8)).toEqual([1, 6]);
  });

  it("makes one block of what fits under the cap", () => {
    expect(balancedBlocks([5, 5], 10)).toEqual([2]);
  });

  it("counts each block's overhead against the cap", () => {
    expect(balancedBlocks([1, 1, 1, 1], 4, 2)).toEqual([2, 2]);
  });

  it("puts an item over the cap alone in its block, the others around it still balanced", () => {
    expect(balancedBlocks([1, 1, 1, 1, 20, 1, 1], 3)).toEqual([2, 2, 1, 2]);
  });

  it("makes no block of no items", () => {
    expect(balancedBlocks([], 10)).toEqual([]);
  });

  // Caps from one item's worth (plus the overhead) to all of them in one block.
  const cases = fc
    .record({
      sizes: fc.array(fc.integer({ min: 0, max: 1_000 }), { maxLength: 200 }),
      overhead: fc.integer({ min: 0, max: 500 }),
    })
    .chain(({ sizes, overhead }) => {
      const least = overhead + Math.max(1, ...sizes);
      const total = sizes.reduce((sum, size) => sum + size, 0);
      return fc.record({
        sizes: fc.constant(sizes),
        overhead: fc.constant(overhead),
        cap: fc.integer({ min: least, max: least + total }),
      });
    });

  it("keeps every item, in order, in blocks under the cap", () => {
    fc.assert(
      fc.property(cases, ({ cap, overhead, sizes }) => {
        const lengths = balancedBlocks(sizes, cap, overhead);
        expect(lengths.every((length) => length > 0)).toBe(true);
        expect(lengths.reduce((sum, length) => sum + length, 0)).toBe(sizes.length);
        for (const cost of costs(sizes, lengths, overhead)) expect(cost).toBeLessThanOrEqual(cap);
      })
    );
  });

  it("makes as few blocks as the cap allows: no two neighbours would fit in one", () => {
    fc.assert(
      fc.property(cases, ({ cap, overhead, sizes }) => {
        const blockCosts = costs(sizes, balancedBlocks(sizes, cap, overhead), overhead);
        for (let i = 1; i < blockCosts.length; i++) {
          expect((blockCosts[i - 1] ?? 0) + (blockCosts[i] ?? 0) - overhead).toBeGreaterThan(cap);
        }
        const total = sizes.reduce((sum, size) => sum + size, 0);
        const room = cap - overhead - Math.max(0, ...sizes);
        if (room > 0)
          expect(blockCosts.length).toBeLessThanOrEqual(Math.max(1, Math.ceil(total / room)));
      })
    );
  });

  it("keeps the largest block within one item of the mean", () => {
    fc.assert(
      fc.property(cases, ({ cap, overhead, sizes }) => {
        const blockCosts = costs(sizes, balancedBlocks(sizes, cap, overhead), overhead);
        if (blockCosts.length === 0) return;
        const total = sizes.reduce((sum, size) => sum + size, 0);
        const mean = total / blockCosts.length;
        expect(Math.max(...blockCosts)).toBeLessThanOrEqual(
          overhead + Math.ceil(mean) + Math.max(...sizes)
        );
      })
    );
  });

  it("leaves only single items over the cap, whatever their sizes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 100 }),
        fc.integer({ min: 1, max: 200 }),
        (sizes, cap) => {
          const lengths = balancedBlocks(sizes, cap);
          expect(lengths.reduce((sum, length) => sum + length, 0)).toBe(sizes.length);
          costs(sizes, lengths, 0).forEach((cost, i) => {
            if (cost > cap) expect(lengths[i]).toBe(1);
          });
        }
      )
    );
  });
});
