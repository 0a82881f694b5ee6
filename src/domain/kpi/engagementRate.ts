import type { KpiResult } from "./kpiError";
import { ratio } from "./ratio";

/**
 * Engagement rate: interactions divided by the audience they came from, as a fraction. The base is
 * the user's choice — reach (by reach), impressions (by impressions) or followers (by followers) —
 * because platforms and agencies disagree and each answers a different question.
 *
 * @param engagements - total interactions (likes, comments, shares, saves, clicks…)
 * @param base - reach, impressions or followers
 * @returns engagements ÷ base; `DIV_BY_ZERO` for a base of 0, `NEGATIVE_COUNT` for a negative count
 *
 * @example
 * engagementRate(150, 5000) //=> 0.03
 */
export function engagementRate(engagements: number, base: number): KpiResult {
  return ratio(engagements, base, "Engagements", "The base (reach, impressions or followers)");
}
