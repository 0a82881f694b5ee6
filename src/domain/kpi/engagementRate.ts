import { param } from "./param";
import { ratioKpi, ratioOf } from "./ratioKpi";

/**
 * Engagement rate: interactions divided by the audience they came from. The base is the user's
 * choice (reach, impressions or followers) because platforms and agencies disagree and each
 * answers a different question.
 *
 * @param engagements - Engagements (likes, comments, shares…)
 * @param base - Reach, impressions or followers
 * @returns engagements ÷ The base (reach, impressions or followers); `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * engagementRate(150, 5000) //=> 0.03
 */
export const engagementRate = ratioOf({
  labels: [
    { en: "Engagements", fr: "Interactions" },
    {
      en: "The base (reach, impressions or followers)",
      fr: "La base (portée, impressions ou abonnés)",
    },
  ],
});

export const engagementRateKpi = ratioKpi(
  {
    id: "ENGAGEMENT_RATE",
    frenchName: "TAUX_ENGAGEMENT",
    description: {
      en: "Engagement rate: engagements divided by reach, impressions or followers, as a fraction (format as %).",
      fr: "Taux d'engagement : interactions divisées par la portée, les impressions ou les abonnés, en fraction (format %).",
    },
    unit: "fraction",
    numerator: param("count", "engagements", "interactions", [
      "Engagements (likes, comments, shares…): a number or a range.",
      "Interactions (j'aime, commentaires, partages…) : un nombre ou une plage.",
    ]),
    denominator: param("count", "base", "base", [
      "Reach, impressions or followers: a number or a range of the same shape.",
      "Portée, impressions ou abonnés : un nombre ou une plage de même forme.",
    ]),
    example: { formula: "=KPI.ENGAGEMENT_RATE(150, 5000)", result: "3.0%" },
  },
  engagementRate
);
