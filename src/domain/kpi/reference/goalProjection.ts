import { NA_ERROR, valueError } from "../../common/nativeFormula";
import type { NativeKpiReference } from "../kpiDefinition";
import { goalParamHelp } from "./goalParamHelp";
import { asOfRef } from "./nativeElapsedShare";

export const goalProjectionReference: NativeKpiReference = {
  frenchName: "PROJECTION_OBJECTIF",
  description: {
    en: "Value a goal will reach at its deadline if the pace so far continues.",
    fr: "Valeur qu'un objectif atteindra à l'échéance si le rythme actuel se maintient.",
  },
  params: {
    baseline: goalParamHelp.baseline,
    current: goalParamHelp.current,
    start_date: goalParamHelp.start_date,
    deadline: goalParamHelp.deadline,
    as_of: goalParamHelp.as_of,
  },
  unit: "number",
  volatile: true,
  nativeFormula: ([baseline = "0", current = "0", start = "0", deadline = "0", asOf]) => {
    const elapsed = `(MIN(${asOfRef(asOf)},${deadline})-${start})`;
    return `=IF(${deadline}<${start},${valueError("deadline")},IF(${elapsed}<=0,${NA_ERROR},${baseline}+(${current}-${baseline})*(${deadline}-${start})/${elapsed}))`;
  },
  example: {
    formula: "=KPI.GOAL_PROJECTION(10000, 10500, DATE(2026,1,1), DATE(2026,1,31), DATE(2026,1,11))",
    result: "11500",
  },
};
