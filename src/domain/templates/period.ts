import { isoToSerial } from "../common/excelDate";

/**
 * A reporting period chosen outside the sheet, first and last day included, as Excel date serials
 * of whole days: a sheet's period cells compare dates by day (`< end + 1`), so a time of day would
 * only shift where the period ends.
 */
export interface TemplatePeriod {
  readonly start: number;
  readonly end: number;
}

/** One of a period's two ends. */
export type PeriodEnd = "start" | "end";

/** What two typed dates make: no period (both blank), a period, or why they make none. */
export type PeriodReading =
  | { readonly kind: "none" }
  | { readonly kind: "period"; readonly period: TemplatePeriod }
  /** One date typed, the other blank. */
  | { readonly kind: "incomplete"; readonly missing: PeriodEnd }
  /** A date that is not an ISO date Excel has (before 1900, or no such day); the start's first. */
  | { readonly kind: "invalid"; readonly date: PeriodEnd }
  | { readonly kind: "endBeforeStart" };

/**
 * Two ISO dates (`YYYY-MM-DD`, as a date input gives them) as a period, each to its whole day.
 * A period of one day (start = end) is a period.
 *
 * @example
 * readPeriod("2026-01-05", "2026-01-18") //=> { kind: "period", period: { start: 46027, end: 46040 } }
 * readPeriod("2026-01-18", "2026-01-05") //=> { kind: "endBeforeStart" }
 * readPeriod("2026-01-05", "") //=> { kind: "incomplete", missing: "end" }
 * readPeriod("", "") //=> { kind: "none" }
 */
export function readPeriod(start: string, end: string): PeriodReading {
  const [from, to] = [start.trim(), end.trim()];
  if (from === "" && to === "") return { kind: "none" };
  if (from === "") return { kind: "incomplete", missing: "start" };
  if (to === "") return { kind: "incomplete", missing: "end" };
  const [first, last] = [isoToSerial(from), isoToSerial(to)];
  if (first === undefined) return { kind: "invalid", date: "start" };
  if (last === undefined) return { kind: "invalid", date: "end" };
  const period = { start: Math.floor(first), end: Math.floor(last) };
  return period.end < period.start ? { kind: "endBeforeStart" } : { kind: "period", period };
}

/**
 * The two input cells' `set` for a chosen period (none when there is no choice), so each
 * template that offers a period writes it the same way.
 */
export const periodSets = (
  period: TemplatePeriod | undefined
): readonly [{ readonly set?: number }, { readonly set?: number }] =>
  period === undefined
    ? [{}, {}]
    : [{ set: Math.floor(period.start) }, { set: Math.floor(period.end) }];
