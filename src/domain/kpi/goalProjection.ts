import { NA_ERROR, valueError } from "../common/nativeFormula";
import { asOfRef } from "./elapsedShare";
import { goalParams } from "./goalParams";
import type { NativeKpiDefinition } from "./kpiDefinition";
import { kpiError, type KpiResult } from "./kpiError";

/**
 * The value a goal will reach at its deadline if the pace so far continues: the baseline plus the
 * change so far scaled up to the whole period. `NOT_AVAILABLE` before any time has passed — there
 * is no pace yet — and after the deadline the projection is the current value.
 *
 * @example
 * goalProjection(10000, 10500, 46023, 46053, 46033) //=> 11500 (a third of the way, 500 gained)
 */
export function goalProjection(
  baseline: number,
  current: number,
  startDate: number,
  deadline: number,
  asOf: number
): KpiResult {
  if (deadline < startDate)
    return kpiError("INVALID_ARGUMENT", {
      en: "The deadline is before the start date.",
      fr: "L'échéance précède la date de début.",
    });
  const elapsed = Math.min(asOf, deadline) - startDate;
  if (elapsed <= 0)
    return kpiError("NOT_AVAILABLE", {
      en: "No time has passed since the start: there is no pace yet.",
      fr: "Aucun temps ne s'est écoulé depuis le début : il n'y a pas encore de rythme.",
    });
  return baseline + ((current - baseline) * (deadline - startDate)) / elapsed;
}

export const goalProjectionKpi: NativeKpiDefinition = {
  id: "GOAL_PROJECTION",
  name: { en: "GOAL_PROJECTION", fr: "PROJECTION_OBJECTIF" },
  description: {
    en: "Value a goal will reach at its deadline if the pace so far continues.",
    fr: "Valeur qu'un objectif atteindra à l'échéance si le rythme actuel se maintient.",
  },
  params: [
    goalParams.baseline,
    goalParams.current,
    goalParams.startDate,
    goalParams.deadline,
    goalParams.asOf,
  ],
  unit: "number",
  volatile: true,
  compute: goalProjection,
  nativeFormula: ([baseline = "0", current = "0", start = "0", deadline = "0", asOf]) => {
    const elapsed = `(MIN(${asOfRef(asOf)},${deadline})-${start})`;
    return `=IF(${deadline}<${start},${valueError("deadline")},IF(${elapsed}<=0,${NA_ERROR},${baseline}+(${current}-${baseline})*(${deadline}-${start})/${elapsed}))`;
  },
  example: {
    formula: "=KPI.GOAL_PROJECTION(10000, 10500, DATE(2026,1,1), DATE(2026,1,31), DATE(2026,1,11))",
    result: "11500",
  },
};
