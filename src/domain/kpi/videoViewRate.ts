import type { KpiFunction } from "./kpiDefinition";
import { param } from "./param";
import { ratioOf } from "./ratioOf";

/**
 * Video view rate: the share of impressions that became a view.
 *
 * @param views - Video views
 * @param impressions - Impressions
 * @returns views ÷ impressions; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * videoViewRate(1800, 6000) //=> 0.3
 */
export const videoViewRate = ratioOf({
  labels: [
    { en: "Views", fr: "Vues" },
    { en: "Impressions", fr: "Impressions" },
  ],
});

export const videoViewRateKpi: KpiFunction = {
  id: "VIDEO_VIEW_RATE",
  params: [param("count", "views", "vues"), param("count", "impressions", "impressions")],
  compute: videoViewRate,
};
