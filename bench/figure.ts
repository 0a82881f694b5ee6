import { GCProfiler } from "node:v8";

/** One measured figure of bench/results.json (docs/architecture.md §3.6). */
export interface Figure {
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

export type Figures = Record<string, Figure>;

const gc = (globalThis as { gc?: () => void }).gc;

const timeMs = (run: () => unknown): number => {
  gc?.();
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

const timeMsAsync = async (run: () => Promise<unknown>): Promise<number> => {
  gc?.();
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

const median = (values: number[]): number => {
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
 * see the same machine load), each after a garbage collection when `--expose-gc` is on, and the
 * figure is the median of the per-round ratios — robust to pauses on a busy machine.
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

/**
 * The most heap `run` uses above what was in use before it, in MB: the heap is largest just before
 * a garbage collection, so it is read there (V8's GC profiler) and once more when `run` is done.
 */
export async function peakHeapMb(run: () => Promise<unknown>): Promise<number> {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const profiler = new GCProfiler();
  profiler.start();
  await run();
  const after = process.memoryUsage().heapUsed;
  const { statistics } = profiler.stop();
  const peak = Math.max(after, ...statistics.map((gc) => gc.beforeGC.heapStatistics.usedHeapSize));
  return (peak - before) / 1024 / 1024;
}
