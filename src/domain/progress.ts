/**
 * How far a long operation is, in one shape for every phase of an import, so one progress bar can
 * follow a file from its bytes to the workbook: `parse` counts the file's bytes read, `write` the
 * rows written to the tables.
 */
export type ProgressPhase = "parse" | "write";

export interface Progress {
  readonly phase: ProgressPhase;
  readonly done: number;
  /** 0 when there is nothing to do; then the phase is complete. */
  readonly total: number;
}

export type OnProgress = (progress: Progress) => void;

/**
 * The share of the phase done, from 0 to 1.
 *
 * @example
 * progressFraction({ phase: "write", done: 250, total: 1000 }) //=> 0.25
 * progressFraction({ phase: "write", done: 0, total: 0 }) //=> 1
 */
export function progressFraction({ done, total }: Progress): number {
  return total <= 0 ? 1 : Math.min(1, Math.max(0, done / total));
}
