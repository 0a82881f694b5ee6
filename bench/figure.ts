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

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

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
): { ratio: number; baselineMs: number; subjectMs: number } {
  for (let i = 0; i < warmup; i++) {
    baseline();
    subject();
  }
  const baselineTimes: number[] = [];
  const subjectTimes: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const b = timeMs(baseline);
    const s = timeMs(subject);
    baselineTimes.push(b);
    subjectTimes.push(s);
    ratios.push(s / b);
  }
  return {
    ratio: median(ratios),
    baselineMs: median(baselineTimes),
    subjectMs: median(subjectTimes),
  };
}
