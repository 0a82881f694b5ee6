import type { Language } from "../common/language";
import { elapsedShare } from "./elapsedShare";
import { goalParams } from "./goalParams";
import { goalProgress } from "./goalProgress";
import type { KpiContext, KpiFunction } from "./kpiDefinition";
import { isKpiError, type KpiResult } from "./kpiError";

export type GoalStatus = "notStarted" | "achieved" | "missed" | "onTrack" | "atRisk" | "behind";

/** The words a status is shown with, in the user's Office language. */
export const goalStatusLabels: Readonly<Record<Language, Readonly<Record<GoalStatus, string>>>> = {
  en: {
    notStarted: "Not started",
    achieved: "Achieved",
    missed: "Missed",
    onTrack: "On track",
    atRisk: "At risk",
    behind: "Behind",
  },
  fr: {
    notStarted: "Pas commencé",
    achieved: "Atteint",
    missed: "Manqué",
    onTrack: "En bonne voie",
    atRisk: "À risque",
    behind: "En retard",
  },
};

/** How far behind the straight line a goal may fall and still only be "At risk". */
export const AT_RISK_MARGIN = 0.1;

/**
 * Where a goal stands on `asOf`: "Not started" before its start; "Achieved" once progress reaches
 * 1; "Missed" after the deadline otherwise; then "On track" when progress keeps up with the share
 * of the period elapsed, "At risk" when it is behind by less than 0.1, "Behind" beyond.
 *
 * @example
 * goalStatus(10000, 12000, 10900, 46023, 46053, 46038) //=> "At risk" (45 % done, 50 % elapsed)
 */
export function goalStatus(
  baseline: number,
  target: number,
  current: number,
  startDate: number,
  deadline: number,
  asOf: number,
  context?: KpiContext
): KpiResult<string> {
  const labels = goalStatusLabels[context?.language ?? "en"];
  const progress = goalProgress(baseline, target, current);
  if (isKpiError(progress)) return progress;
  const elapsed = elapsedShare(startDate, deadline, asOf);
  if (isKpiError(elapsed)) return elapsed;
  if (asOf < startDate) return labels.notStarted;
  if (progress >= 1) return labels.achieved;
  if (asOf > deadline) return labels.missed;
  if (progress >= elapsed) return labels.onTrack;
  return elapsed - progress < AT_RISK_MARGIN ? labels.atRisk : labels.behind;
}

export const goalStatusKpi: KpiFunction = {
  id: "GOAL_STATUS",
  params: [
    goalParams.baseline,
    goalParams.target,
    goalParams.current,
    goalParams.startDate,
    goalParams.deadline,
    goalParams.asOf,
  ],
  compute: goalStatus,
};
