import { blankIfAllEmpty, numErrorIfNegative } from "../common/nativeFormula";
import type { KpiDefinition } from "./kpiDefinition";
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

export const followerGrowthKpi: KpiDefinition = {
  id: "FOLLOWER_GROWTH",
  name: { en: "FOLLOWER_GROWTH", fr: "CROISSANCE_ABONNES" },
  description: {
    en: "Follower growth rate: (end − start) ÷ start followers, as a fraction (format as %).",
    fr: "Taux de croissance des abonnés : (fin − début) ÷ abonnés au début, en fraction (format %).",
  },
  params: [
    param("count", "start_followers", "abonnes_debut", [
      "Followers at the start of the period: a number or a range.",
      "Abonnés au début de la période : un nombre ou une plage.",
    ]),
    param("count", "end_followers", "abonnes_fin", [
      "Followers at the end of the period: a number or a range of the same shape.",
      "Abonnés à la fin de la période : un nombre ou une plage de même forme.",
    ]),
  ],
  unit: "fraction",
  compute: followerGrowth,
  nativeFormula: ([start = "0", end = "0"]) =>
    `=${blankIfAllEmpty([start, end], numErrorIfNegative([start, end], `(${end}-${start})/${start}`))}`,
  example: { formula: "=KPI.FOLLOWER_GROWTH(10000, 10800)", result: "8.0%" },
};
