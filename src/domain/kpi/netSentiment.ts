import type { KpiFunction } from "./kpiDefinition";
import { kpiError, type KpiResult } from "./kpiError";
import { firstNegative } from "./nonNegative";
import { param } from "./param";

/**
 * Net sentiment of a set of mentions: (positive − negative) ÷ (positive + negative + neutral),
 * from −1 (all negative) to 1 (all positive). Neutral mentions dilute the score, as they should.
 *
 * @example
 * netSentiment(60, 15, 25) //=> 0.45
 */
export function netSentiment(positive: number, negative: number, neutral: number): KpiResult {
  const error = firstNegative([
    [{ en: "Positive mentions", fr: "Mentions positives" }, positive],
    [{ en: "Negative mentions", fr: "Mentions négatives" }, negative],
    [{ en: "Neutral mentions", fr: "Mentions neutres" }, neutral],
  ]);
  if (error) return error;
  const total = positive + negative + neutral;
  if (total === 0)
    return kpiError("DIV_BY_ZERO", {
      en: "There are no mentions, so there is no net sentiment.",
      fr: "Il n'y a aucune mention : le sentiment net n'est pas défini.",
    });
  return (positive - negative) / total;
}

export const netSentimentKpi: KpiFunction = {
  id: "NET_SENTIMENT",
  params: [
    param("count", "positive", "positives"),
    param("count", "negative", "negatives"),
    param("count", "neutral", "neutres", { optional: true, default: 0 }),
  ],
  compute: netSentiment,
};
