import type { KpiFunction } from "./kpiDefinition";
import { param } from "./param";
import { ratioOf } from "./ratioOf";

/**
 * Cost per mille: what 1,000 impressions cost.
 *
 * @param spend - Amount spent
 * @param impressions - Impressions
 * @returns spend ÷ impressions × 1000; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * cpm(50, 10000) //=> 5
 */
export const cpm = ratioOf({
  labels: [
    { en: "Spend", fr: "Dépenses" },
    { en: "Impressions", fr: "Impressions" },
  ],
  scale: 1000,
});

export const cpmKpi: KpiFunction = {
  id: "CPM",
  params: [param("money", "spend", "depense"), param("count", "impressions", "impressions")],
  compute: cpm,
};
