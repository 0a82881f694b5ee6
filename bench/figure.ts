import { GCProfiler } from "node:v8";

/** One measured figure of bench/results.json (docs/architecture.md §3.6). */
export interface Figure {
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

export type Figures = Record<string, Figure>;

const gc = (globalThis as { gc?: () => void }).gc;

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
