import type { KpiFunction } from "./kpiDefinition";
import { param } from "./param";
import { ratioOf } from "./ratioOf";

/**
 * Applause rate: approval from the audience, as likes per follower.
 *
 * @param likes - Likes or reactions
 * @param followers - Followers
 * @returns likes ÷ followers; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * applauseRate(240, 12000) //=> 0.02
 */
export const applauseRate = ratioOf({
  labels: [
    { en: "Likes", fr: "J'aime" },
    { en: "Followers", fr: "Abonnés" },
  ],
});

export const applauseRateKpi: KpiFunction = {
  id: "APPLAUSE_RATE",
  params: [param("count", "likes", "jaime"), param("count", "followers", "abonnes")],
  compute: applauseRate,
};
