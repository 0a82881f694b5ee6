import { textLiteral, valueError } from "../../common/nativeFormula";
import { AT_RISK_MARGIN, type GoalStatus, goalStatusLabels } from "../goalStatus";
import type { NativeKpiReference } from "../kpiDefinition";
import { goalParamHelp } from "./goalParamHelp";
import { asOfRef, nativeElapsedShare } from "./nativeElapsedShare";

export const goalStatusReference: NativeKpiReference = {
  frenchName: "STATUT_OBJECTIF",
  description: {
    en: "Status of a goal: Not started, On track, At risk, Behind, Achieved or Missed.",
    fr: "Statut d'un objectif : Pas commencé, En bonne voie, À risque, En retard, Atteint ou Manqué.",
  },
  params: {
    baseline: goalParamHelp.baseline,
    target: goalParamHelp.target,
    current: goalParamHelp.current,
    start_date: goalParamHelp.start_date,
    deadline: goalParamHelp.deadline,
    as_of: goalParamHelp.as_of,
  },
  unit: "text",
  volatile: true,
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
