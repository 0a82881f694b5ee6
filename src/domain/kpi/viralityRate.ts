import type { KpiFunction } from "./kpiDefinition";
import { param } from "./param";
import { ratioOf } from "./ratioOf";

/**
 * Virality rate: the share of impressions that led someone to share the content.
 *
 * @param shares - Shares, retweets or reposts
 * @param impressions - Impressions
 * @returns shares ÷ impressions; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * viralityRate(30, 12000) //=> 0.0025
 */
export const viralityRate = ratioOf({
  labels: [
    { en: "Shares", fr: "Partages" },
    { en: "Impressions", fr: "Impressions" },
  ],
});

export const viralityRateKpi: KpiFunction = {
  id: "VIRALITY_RATE",
  params: [param("count", "shares", "partages"), param("count", "impressions", "impressions")],
  compute: viralityRate,
};
