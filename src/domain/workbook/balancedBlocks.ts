/**
 * Where a block ends when filled from `start` up to `limit`: a block costs `overhead` plus the
 * sizes of its items, and an item too big for any block goes alone rather than nowhere.
 */
function fillEnd(sizes: readonly number[], start: number, limit: number, overhead: number): number {
  let end = start;
  let cost = overhead;
  while (end < sizes.length) {
    const size = sizes[end] ?? 0;
    if (end > start && cost + size > limit) break;
    cost += size;
    end++;
  }
  return end;
}

/** How many blocks filling up to `limit` makes: the fewest any cut under `limit` can make. */
function countFilled(sizes: readonly number[], limit: number, overhead: number): number {
  let count = 0;
  for (let start = 0; start < sizes.length; count++) start = fillEnd(sizes, start, limit, overhead);
  return count;
}

/**
 * Cuts items, in order, into the fewest blocks under `cap`, then evens them out: the largest block
 * is as small as that number of blocks allows. Filling each block up to the cap would leave a
 * last small block and every other one at the cap; here they all come out near the mean, within
 * one item of it. A block costs `overhead` plus its items; an item over the cap goes alone.
 * Returns the number of items in each block.
 *
 * @example
 * balancedBlocks([1, 1, 1, 1, 1, 1, 1], 6) //=> [4, 3] (filling up to 6 would give [6, 1])
 */
export function balancedBlocks(sizes: readonly number[], cap: number, overhead = 0): number[] {
  const fewest = countFilled(sizes, cap, overhead);
  // The fewer blocks a limit allows the higher it is, so the smallest limit that still needs no
  // more blocks than the cap does is found by bisection.
  let low = 0;
  let high = cap;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (countFilled(sizes, mid, overhead) <= fewest) high = mid;
    else low = mid + 1;
  }
  const lengths: number[] = [];
  for (let start = 0; start < sizes.length;) {
    const end = fillEnd(sizes, start, high, overhead);
    lengths.push(end - start);
    start = end;
  }
  return lengths;
}
