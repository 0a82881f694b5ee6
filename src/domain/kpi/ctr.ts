import type { KpiFunction } from "./kpiDefinition";
import { param } from "./param";
import { ratioOf } from "./ratioOf";

/**
 * Click-through rate: the share of impressions that led to a click.
 *
 * @param clicks - Clicks (link or all clicks, as you choose)
 * @param impressions - Impressions
 * @returns clicks ÷ impressions; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * ctr(34, 1000) //=> 0.034
 */
export const ctr = ratioOf({
  labels: [
    { en: "Clicks", fr: "Clics" },
    { en: "Impressions", fr: "Impressions" },
  ],
});

export const ctrKpi: KpiFunction = {
  id: "CTR",
  params: [param("count", "clicks", "clics"), param("count", "impressions", "impressions")],
  compute: ctr,
};
