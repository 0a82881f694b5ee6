import type { KpiFunction } from "./kpiDefinition";
import { param } from "./param";
import { ratioOf } from "./ratioOf";

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

export const amplificationRateKpi: KpiFunction = {
  id: "AMPLIFICATION_RATE",
  params: [param("count", "shares", "partages"), param("count", "followers", "abonnes")],
  compute: amplificationRate,
};
