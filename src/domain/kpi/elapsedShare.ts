import { kpiError, type KpiResult } from "./kpiError";

/**
 * The share of a goal's period that has passed on `asOf`, clamped to 0–1. A period of one day
 * flips from 0 to 1 on its deadline; a deadline before the start is an error.
 *
 * @example
 * elapsedShare(46023, 46053, 46038) //=> 0.5
 */
export function elapsedShare(startDate: number, deadline: number, asOf: number): KpiResult {
  if (deadline < startDate)
    return kpiError("INVALID_ARGUMENT", {
      en: "The deadline is before the start date.",
      fr: "L'échéance précède la date de début.",
    });
  if (deadline === startDate) return asOf >= deadline ? 1 : 0;
  return Math.min(1, Math.max(0, (asOf - startDate) / (deadline - startDate)));
}
