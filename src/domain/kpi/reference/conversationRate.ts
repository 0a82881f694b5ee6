import { ratioReference } from "./ratioReference";

export const conversationRateReference = ratioReference({
  frenchName: "TAUX_CONVERSATION_SOCIALE",
  description: {
    en: "Conversation rate: comments divided by followers, as a fraction (format as %).",
    fr: "Taux de conversation : commentaires divisés par les abonnés, en fraction (format %).",
  },
  unit: "fraction",
  params: {
    comments: {
      en: "Comments or replies: a number or a range.",
      fr: "Commentaires ou réponses : un nombre ou une plage.",
    },
    followers: {
      en: "Followers: a number or a range of the same shape.",
      fr: "Abonnés : un nombre ou une plage de même forme.",
    },
  },
  example: { formula: "=KPI.CONVERSATION_RATE(36, 12000)", result: "0.3%" },
});
