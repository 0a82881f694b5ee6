import { elapsedShare } from "./elapsedShare";
import { goalParams } from "./goalParams";
import type { KpiFunction } from "./kpiDefinition";
import { isKpiError, type KpiResult } from "./kpiError";

/**
 * Where a goal should be by `asOf` on a straight line from the baseline (at the start) to the
 * target (at the deadline), clamped to the period: the "expected to date" of a pacing sheet.
 *
 * @example
 * goalPace(10000, 12000, 46023, 46053, 46038) //=> 11000 (half-way through, half-way there)
 */
export function goalPace(
  baseline: number,
  target: number,
  startDate: number,
  deadline: number,
  asOf: number
): KpiResult {
  const share = elapsedShare(startDate, deadline, asOf);
  return isKpiError(share) ? share : baseline + (target - baseline) * share;
}

export const goalPaceKpi: KpiFunction = {
  id: "GOAL_PACE",
  params: [
    goalParams.baseline,
    goalParams.target,
    goalParams.startDate,
    goalParams.deadline,
    goalParams.asOf,
  ],
  compute: goalPace,
};
