import { param } from "./param";
import { ratioKpi, ratioOf } from "./ratioKpi";

/**
 * Amplification rate: how far the audience passes content on, as shares per follower.
 *
 * @param shares - Shares, retweets or reposts
 * @param followers - Followers
 * @returns shares ÷ followers; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * amplificationRate(25, 10000) //=> 0.0025
 */
export const amplificationRate = ratioOf({
  labels: [
    { en: "Shares", fr: "Partages" },
    { en: "Followers", fr: "Abonnés" },
  ],
});

export const amplificationRateKpi = ratioKpi(
  {
    id: "AMPLIFICATION_RATE",
    frenchName: "TAUX_AMPLIFICATION",
    description: {
      en: "Amplification rate: shares divided by followers, as a fraction (format as %).",
      fr: "Taux d'amplification : partages divisés par les abonnés, en fraction (format %).",
    },
    unit: "fraction",
    numerator: param("count", "shares", "partages", [
      "Shares, retweets or reposts: a number or a range.",
      "Partages, retweets ou republications : un nombre ou une plage.",
    ]),
    denominator: param("count", "followers", "abonnes", [
      "Followers: a number or a range of the same shape.",
      "Abonnés : un nombre ou une plage de même forme.",
    ]),
    example: { formula: "=KPI.AMPLIFICATION_RATE(25, 10000)", result: "0.25%" },
  },
  amplificationRate
);
