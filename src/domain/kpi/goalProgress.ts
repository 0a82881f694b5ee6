import { blankIfAllEmpty, valueError } from "../common/nativeFormula";
import { goalParams } from "./goalParams";
import type { NativeKpiDefinition } from "./kpiDefinition";
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

export const goalProgressKpi: NativeKpiDefinition = {
  id: "GOAL_PROGRESS",
  name: { en: "GOAL_PROGRESS", fr: "PROGRESSION_OBJECTIF" },
  description: {
    en: "Progress toward a goal: (current − baseline) ÷ (target − baseline); 1 = reached, works for goals that decrease.",
    fr: "Progression vers un objectif : (actuel − départ) ÷ (cible − départ) ; 1 = atteint, fonctionne pour les objectifs à la baisse.",
  },
  params: [goalParams.baseline, goalParams.target, goalParams.current],
  unit: "fraction",
  compute: goalProgress,
  nativeFormula: ([baseline = "0", target = "0", current = "0"]) =>
    `=${blankIfAllEmpty([baseline, target, current], `IF(${target}=${baseline},${valueError("target")},(${current}-${baseline})/(${target}-${baseline}))`)}`,
  example: { formula: "=KPI.GOAL_PROGRESS(10000, 12000, 11000)", result: "50%" },
};
