import { blankIfAllEmpty } from "../common/nativeFormula";
import type { KpiDefinition } from "./kpiDefinition";
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

export const growthKpi: KpiDefinition = {
  id: "GROWTH_RATE",
  name: { en: "GROWTH_RATE", fr: "EVOLUTION" },
  description: {
    en: "Growth rate from one period to the next: (current − previous) ÷ |previous|, as a fraction (format as %).",
    fr: "Taux d'évolution d'une période à l'autre : (actuel − précédent) ÷ |précédent|, en fraction (format %).",
  },
  params: [
    param("number", "previous", "precedent", [
      "Value of the previous period: a number or a range.",
      "Valeur de la période précédente : un nombre ou une plage.",
    ]),
    param("number", "current", "actuel", [
      "Value of the current period: a number or a range of the same shape.",
      "Valeur de la période actuelle : un nombre ou une plage de même forme.",
    ]),
  ],
  unit: "fraction",
  compute: growth,
  nativeFormula: ([previous = "0", current = "0"]) =>
    `=${blankIfAllEmpty([previous, current], `(${current}-${previous})/ABS(${previous})`)}`,
  example: { formula: "=KPI.GROWTH_RATE(200, 250)", result: "25.0%" },
};
