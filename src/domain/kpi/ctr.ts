import type { KpiResult } from "./kpiError";
import { ratio } from "./ratio";

/**
 * Click-through rate: the share of impressions that led to a click, as a fraction.
 *
 * @param clicks - clicks on the post or ad (link clicks or all clicks, as the user chooses)
 * @param impressions - times it was shown
 * @returns clicks ÷ impressions; `DIV_BY_ZERO` without impressions, `NEGATIVE_COUNT` for a negative count
 *
 * @example
 * ctr(34, 1000) //=> 0.034 (shown as 3.4 % with a percent format)
 */
export function ctr(clicks: number, impressions: number): KpiResult {
  return ratio(clicks, impressions, "Clicks", "Impressions");
}
