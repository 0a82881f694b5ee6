import { param } from "./param";
import { ratioKpi, ratioOf } from "./ratioKpi";

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

export const viralityRateKpi = ratioKpi(
  {
    id: "VIRALITY_RATE",
    frenchName: "TAUX_VIRALITE",
    description: {
      en: "Virality rate: shares divided by impressions, as a fraction (format as %).",
      fr: "Taux de viralité : partages divisés par les impressions, en fraction (format %).",
    },
    unit: "fraction",
    numerator: param("count", "shares", "partages", [
      "Shares, retweets or reposts: a number or a range.",
      "Partages, retweets ou republications : un nombre ou une plage.",
    ]),
    denominator: param("count", "impressions", "impressions", [
      "Impressions: a number or a range of the same shape.",
      "Impressions : un nombre ou une plage de même forme.",
    ]),
    example: { formula: "=KPI.VIRALITY_RATE(30, 12000)", result: "0.25%" },
  },
  viralityRate
);
