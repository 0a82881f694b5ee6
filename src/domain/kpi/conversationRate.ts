import type { KpiFunction } from "./kpiDefinition";
import { param } from "./param";
import { ratioOf } from "./ratioOf";

/**
 * Conversation rate: how much the audience talks back, as comments per follower.
 *
 * @param comments - Comments or replies
 * @param followers - Followers
 * @returns comments ÷ followers; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * conversationRate(36, 12000) //=> 0.003
 */
export const conversationRate = ratioOf({
  labels: [
    { en: "Comments", fr: "Commentaires" },
    { en: "Followers", fr: "Abonnés" },
  ],
});

export const conversationRateKpi: KpiFunction = {
  id: "CONVERSATION_RATE",
  params: [param("count", "comments", "commentaires"), param("count", "followers", "abonnes")],
  compute: conversationRate,
};
