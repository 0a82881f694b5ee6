import { blankIfAllEmpty, valueError } from "../../common/nativeFormula";
import type { NativeKpiReference } from "../kpiDefinition";
import { goalParamHelp } from "./goalParamHelp";

export const goalProgressReference: NativeKpiReference = {
  frenchName: "PROGRESSION_OBJECTIF",
  description: {
    en: "Progress toward a goal: (current − baseline) ÷ (target − baseline); 1 = reached, works for goals that decrease.",
    fr: "Progression vers un objectif : (actuel − départ) ÷ (cible − départ) ; 1 = atteint, fonctionne pour les objectifs à la baisse.",
  },
  params: {
    baseline: goalParamHelp.baseline,
    target: goalParamHelp.target,
    current: goalParamHelp.current,
  },
  unit: "fraction",
  nativeFormula: ([baseline = "0", target = "0", current = "0"]) =>
    `=${blankIfAllEmpty([baseline, target, current], `IF(${target}=${baseline},${valueError("target")},(${current}-${baseline})/(${target}-${baseline}))`)}`,
  example: { formula: "=KPI.GOAL_PROGRESS(10000, 12000, 11000)", result: "50%" },
};
