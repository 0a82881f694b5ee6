// Engine-neutral: the same rounds run in Node (bench/figures/) and in the Chromium page
// (bench/importPage.ts), so a figure from either engine is taken the same way.

const gc = (globalThis as { gc?: () => void }).gc;

const timeMs = (run: () => unknown): number => {
  gc?.();
  const start = performance.now();
  run();
  return performance.now() - start;
};

const timeMsAsync = async (run: () => Promise<unknown>): Promise<number> => {
  gc?.();
  const start = performance.now();
  await run();
  return performance.now() - start;
};

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export interface Comparison {
  readonly ratio: number;
  readonly baselineMs: number;
  readonly subjectMs: number;
}

/** Rounds of [baseline ms, subject ms] as a comparison: medians, and the median of the ratios. */
const comparison = (rounds: ReadonlyArray<readonly [number, number]>): Comparison => ({
  ratio: median(rounds.map(([b, s]) => s / b)),
  baselineMs: median(rounds.map(([b]) => b)),
  subjectMs: median(rounds.map(([, s]) => s)),
});

/**
 * Times `subject` against `baseline` in the same run: rounds alternate between the two (so both
 * see the same machine load), each after a garbage collection when the engine exposes `gc()`
 * (`--expose-gc`), and the figure is the median of the per-round ratios — robust to pauses on a
 * busy machine.
 */
export function compare(
  baseline: () => unknown,
  subject: () => unknown,
  rounds = 31,
  warmup = 10
): Comparison {
  for (let i = 0; i < warmup; i++) {
    baseline();
    subject();
  }
  const times: Array<readonly [number, number]> = [];
  for (let i = 0; i < rounds; i++) times.push([timeMs(baseline), timeMs(subject)]);
  return comparison(times);
}

/** {@link compare} for work that completes asynchronously (a spreadsheet import). */
export async function compareAsync(
  baseline: () => Promise<unknown>,
  subject: () => Promise<unknown>,
  rounds = 31,
  warmup = 10
): Promise<Comparison> {
  for (let i = 0; i < warmup; i++) {
    await baseline();
    await subject();
  }
  const times: Array<readonly [number, number]> = [];
  for (let i = 0; i < rounds; i++) {
    times.push([await timeMsAsync(baseline), await timeMsAsync(subject)]);
  }
  return comparison(times);
}
