import { asOfRef, elapsedShare, nativeElapsedShare } from "./elapsedShare";
import { goalParams } from "./goalParams";
import type { NativeKpiDefinition } from "./kpiDefinition";
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

export const goalPaceKpi: NativeKpiDefinition = {
  id: "GOAL_PACE",
  name: { en: "GOAL_PACE", fr: "RYTHME_OBJECTIF" },
  description: {
    en: "Value a goal should have reached by a date, on a straight line from baseline to target.",
    fr: "Valeur qu'un objectif devrait avoir atteinte à une date, en ligne droite du départ à la cible.",
  },
  params: [
    goalParams.baseline,
    goalParams.target,
    goalParams.startDate,
    goalParams.deadline,
    goalParams.asOf,
  ],
  unit: "number",
  volatile: true,
  compute: goalPace,
  nativeFormula: ([baseline = "0", target = "0", start = "0", deadline = "0", asOf]) =>
    `=${baseline}+(${target}-${baseline})*${nativeElapsedShare(start, deadline, asOfRef(asOf))}`,
  example: {
    formula: "=KPI.GOAL_PACE(10000, 12000, DATE(2026,1,1), DATE(2026,1,31), DATE(2026,1,16))",
    result: "11000",
  },
};
