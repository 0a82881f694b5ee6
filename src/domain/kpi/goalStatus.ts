import type { Language } from "../common/language";
import { textLiteral, valueError } from "../common/nativeFormula";
import { asOfRef, elapsedShare, nativeElapsedShare } from "./elapsedShare";
import { goalParams } from "./goalParams";
import { goalProgress } from "./goalProgress";
import type { KpiContext, NativeKpiDefinition } from "./kpiDefinition";
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
const AT_RISK_MARGIN = 0.1;

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

export const goalStatusKpi: NativeKpiDefinition = {
  id: "GOAL_STATUS",
  name: { en: "GOAL_STATUS", fr: "STATUT_OBJECTIF" },
  description: {
    en: "Status of a goal: Not started, On track, At risk, Behind, Achieved or Missed.",
    fr: "Statut d'un objectif : Pas commencé, En bonne voie, À risque, En retard, Atteint ou Manqué.",
  },
  params: [
    goalParams.baseline,
    goalParams.target,
    goalParams.current,
    goalParams.startDate,
    goalParams.deadline,
    goalParams.asOf,
  ],
  unit: "text",
  volatile: true,
  compute: goalStatus,
  nativeFormula: (
    [baseline = "0", target = "0", current = "0", start = "0", deadline = "0", asOfArg],
    language
  ) => {
    const label = (status: GoalStatus) => textLiteral(goalStatusLabels[language][status]);
    const asOf = asOfRef(asOfArg);
    const progress = `((${current}-${baseline})/(${target}-${baseline}))`;
    const elapsed = nativeElapsedShare(start, deadline, asOf);
    return (
      `=IF(OR(${target}=${baseline},${deadline}<${start}),${valueError("goal")},` +
      `IF(${asOf}<${start},${label("notStarted")},IF(${progress}>=1,${label("achieved")},` +
      `IF(${asOf}>${deadline},${label("missed")},IF(${progress}>=${elapsed},${label("onTrack")},` +
      `IF(${elapsed}-${progress}<${AT_RISK_MARGIN},${label("atRisk")},${label("behind")}))))))`
    );
  },
  example: {
    formula:
      "=KPI.GOAL_STATUS(10000, 12000, 10900, DATE(2026,1,1), DATE(2026,1,31), DATE(2026,1,16))",
    result: "At risk",
  },
};
