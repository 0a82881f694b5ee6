import type { KpiFunction } from "./kpiDefinition";
import { param } from "./param";
import { ratioOf } from "./ratioOf";

/**
 * Frequency: how many times, on average, each person reached saw the content.
 *
 * @param impressions - Impressions
 * @param reach - Reach (unique people)
 * @returns impressions ÷ reach; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * frequency(12000, 4000) //=> 3
 */
export const frequency = ratioOf({
  labels: [
    { en: "Impressions", fr: "Impressions" },
    { en: "Reach", fr: "Portée" },
  ],
});

export const frequencyKpi: KpiFunction = {
  id: "AVERAGE_FREQUENCY",
  params: [param("count", "impressions", "impressions"), param("count", "reach", "portee")],
  compute: frequency,
};
