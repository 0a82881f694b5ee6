import { param } from "./param";
import { ratioKpi, ratioOf } from "./ratioKpi";

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

export const conversationRateKpi = ratioKpi(
  {
    id: "CONVERSATION_RATE",
    frenchName: "TAUX_CONVERSATION_SOCIALE",
    description: {
      en: "Conversation rate: comments divided by followers, as a fraction (format as %).",
      fr: "Taux de conversation : commentaires divisés par les abonnés, en fraction (format %).",
    },
    unit: "fraction",
    numerator: param("count", "comments", "commentaires", [
      "Comments or replies: a number or a range.",
      "Commentaires ou réponses : un nombre ou une plage.",
    ]),
    denominator: param("count", "followers", "abonnes", [
      "Followers: a number or a range of the same shape.",
      "Abonnés : un nombre ou une plage de même forme.",
    ]),
    example: { formula: "=KPI.CONVERSATION_RATE(36, 12000)", result: "0.3%" },
  },
  conversationRate
);
