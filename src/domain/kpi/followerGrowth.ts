import type { KpiFunction } from "./kpiDefinition";
import { kpiError, type KpiResult } from "./kpiError";
import { firstNegative } from "./nonNegative";
import { param } from "./param";

/**
 * Follower growth rate over a period: (end − start) ÷ start. A new account (start = 0) has no
 * rate — report its absolute gain instead.
 *
 * @example
 * followerGrowth(10000, 10800) //=> 0.08
 */
export function followerGrowth(startFollowers: number, endFollowers: number): KpiResult {
  const error = firstNegative([
    [{ en: "Followers at the start", fr: "Abonnés au départ" }, startFollowers],
    [{ en: "Followers at the end", fr: "Abonnés à la fin" }, endFollowers],
  ]);
  if (error) return error;
  if (startFollowers === 0) {
    return kpiError("DIV_BY_ZERO", {
      en: "There were no followers at the start: report the absolute gain instead.",
      fr: "Il n'y avait aucun abonné au départ : indiquez plutôt le gain absolu.",
    });
  }
  return (endFollowers - startFollowers) / startFollowers;
}

export const followerGrowthKpi: KpiFunction = {
  id: "FOLLOWER_GROWTH",
  params: [
    param("count", "start_followers", "abonnes_debut"),
    param("count", "end_followers", "abonnes_fin"),
  ],
  compute: followerGrowth,
};
