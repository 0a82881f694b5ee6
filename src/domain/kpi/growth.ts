import type { KpiFunction } from "./kpiDefinition";
import { kpiError, type KpiResult } from "./kpiError";
import { param } from "./param";

/**
 * Period-over-period change of any metric: (current − previous) ÷ |previous|. Dividing by the
 * absolute value keeps the sign meaningful when the previous value was negative (a loss that
 * shrinks is growth).
 *
 * @example
 * growth(200, 250) //=> 0.25
 * growth(-100, -50) //=> 0.5
 */
export function growth(previous: number, current: number): KpiResult {
  if (previous === 0)
    return kpiError("DIV_BY_ZERO", {
      en: "The previous value is 0, so growth is undefined.",
      fr: "La valeur précédente vaut 0 : l'évolution n'est pas définie.",
    });
  return (current - previous) / Math.abs(previous);
}

export const growthKpi: KpiFunction = {
  id: "GROWTH_RATE",
  params: [param("number", "previous", "precedent"), param("number", "current", "actuel")],
  compute: growth,
};
