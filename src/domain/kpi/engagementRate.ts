import type { KpiFunction } from "./kpiDefinition";
import { param } from "./param";
import { ratioOf } from "./ratioOf";

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

export const engagementRateKpi: KpiFunction = {
  id: "ENGAGEMENT_RATE",
  params: [param("count", "engagements", "interactions"), param("count", "base", "base")],
  compute: engagementRate,
};
