import { goalParams } from "./goalParams";
import type { KpiFunction } from "./kpiDefinition";
import { kpiError, type KpiResult } from "./kpiError";

/**
 * How far a goal has come: (current − baseline) ÷ (target − baseline). Works for goals that
 * decrease (a cost per acquisition from 40 down to 30): 1 means reached, above 1 exceeded,
 * below 0 moved away from the target.
 *
 * @example
 * goalProgress(10000, 12000, 11000) //=> 0.5
 * goalProgress(40, 30, 35)          //=> 0.5
 */
export function goalProgress(baseline: number, target: number, current: number): KpiResult {
  if (target === baseline) {
    return kpiError("INVALID_ARGUMENT", {
      en: "The target equals the baseline, so progress is undefined.",
      fr: "La cible est égale à la valeur de départ : la progression n'est pas définie.",
    });
  }
  return (current - baseline) / (target - baseline);
}

export const goalProgressKpi: KpiFunction = {
  id: "GOAL_PROGRESS",
  params: [goalParams.baseline, goalParams.target, goalParams.current],
  compute: goalProgress,
};
