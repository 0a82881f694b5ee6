import { blankIfAllEmpty, numErrorIfNegative } from "../common/nativeFormula";
import type { KpiDefinition } from "./kpiDefinition";
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

export const netSentimentKpi: KpiDefinition = {
  id: "NET_SENTIMENT",
  name: { en: "NET_SENTIMENT", fr: "SENTIMENT_NET" },
  description: {
    en: "Net sentiment: (positive − negative) ÷ all mentions, from −1 to 1.",
    fr: "Sentiment net : (positives − négatives) ÷ toutes les mentions, de −1 à 1.",
  },
  params: [
    param("count", "positive", "positives", [
      "Positive mentions: a number or a range.",
      "Mentions positives : un nombre ou une plage.",
    ]),
    param("count", "negative", "negatives", [
      "Negative mentions: a number or a range of the same shape.",
      "Mentions négatives : un nombre ou une plage de même forme.",
    ]),
    param(
      "count",
      "neutral",
      "neutres",
      [
        "Neutral mentions (optional, 0 if omitted).",
        "Mentions neutres (facultatif, 0 par défaut).",
      ],
      {
        optional: true,
        default: 0,
      }
    ),
  ],
  unit: "number",
  compute: netSentiment,
  nativeFormula: ([positive = "0", negative = "0", neutral]) => {
    const given = [positive, negative, neutral].filter((ref) => ref !== undefined);
    const n = neutral ?? "0";
    const net = `(${positive}-${negative})/(${positive}+${negative}+${n})`;
    return `=${blankIfAllEmpty(given, numErrorIfNegative([positive, negative, n], net))}`;
  },
  example: { formula: "=KPI.NET_SENTIMENT(60, 15, 25)", result: "0.45" },
};
