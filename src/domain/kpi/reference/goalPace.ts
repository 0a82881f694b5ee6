import type { NativeKpiReference } from "../kpiDefinition";
import { goalParamHelp } from "./goalParamHelp";
import { asOfRef, nativeElapsedShare } from "./nativeElapsedShare";

export const goalPaceReference: NativeKpiReference = {
  frenchName: "RYTHME_OBJECTIF",
  description: {
    en: "Value a goal should have reached by a date, on a straight line from baseline to target.",
    fr: "Valeur qu'un objectif devrait avoir atteinte à une date, en ligne droite du départ à la cible.",
  },
  params: {
    baseline: goalParamHelp.baseline,
    target: goalParamHelp.target,
    start_date: goalParamHelp.start_date,
    deadline: goalParamHelp.deadline,
    as_of: goalParamHelp.as_of,
  },
  unit: "number",
  volatile: true,
  nativeFormula: ([baseline = "0", target = "0", start = "0", deadline = "0", asOf]) =>
    `=${baseline}+(${target}-${baseline})*${nativeElapsedShare(start, deadline, asOfRef(asOf))}`,
  example: {
    formula: "=KPI.GOAL_PACE(10000, 12000, DATE(2026,1,1), DATE(2026,1,31), DATE(2026,1,16))",
    result: "11000",
  },
};
