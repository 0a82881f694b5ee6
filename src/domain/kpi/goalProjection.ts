import { goalParams } from "./goalParams";
import type { KpiFunction } from "./kpiDefinition";
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

export const goalProjectionKpi: KpiFunction = {
  id: "GOAL_PROJECTION",
  params: [
    goalParams.baseline,
    goalParams.current,
    goalParams.startDate,
    goalParams.deadline,
    goalParams.asOf,
  ],
  compute: goalProjection,
};
