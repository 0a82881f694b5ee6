import type { KpiFunction } from "./kpiDefinition";
import { param } from "./param";
import { ratioOf } from "./ratioOf";

/**
 * Conversion rate: the share of visits (or clicks) that ended in the desired action.
 *
 * @param conversions - Conversions (sales, sign-ups, key events)
 * @param visits - Visits, sessions or clicks that could convert
 * @returns conversions ÷ visits; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * conversionRate(45, 1500) //=> 0.03
 */
export const conversionRate = ratioOf({
  labels: [
    { en: "Conversions", fr: "Conversions" },
    { en: "Visits", fr: "Visites" },
  ],
});

export const conversionRateKpi: KpiFunction = {
  id: "CONVERSION_RATE",
  params: [param("count", "conversions", "conversions"), param("count", "visits", "visites")],
  compute: conversionRate,
};
