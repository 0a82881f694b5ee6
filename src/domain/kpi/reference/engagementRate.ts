import { ratioReference } from "./ratioReference";

export const engagementRateReference = ratioReference({
  frenchName: "TAUX_ENGAGEMENT",
  description: {
    en: "Engagement rate: engagements divided by reach, impressions or followers, as a fraction (format as %).",
    fr: "Taux d'engagement : interactions divisées par la portée, les impressions ou les abonnés, en fraction (format %).",
  },
  unit: "fraction",
  params: {
    engagements: {
      en: "Engagements (likes, comments, shares…): a number or a range.",
      fr: "Interactions (j'aime, commentaires, partages…) : un nombre ou une plage.",
    },
    base: {
      en: "Reach, impressions or followers: a number or a range of the same shape.",
      fr: "Portée, impressions ou abonnés : un nombre ou une plage de même forme.",
    },
  },
  example: { formula: "=KPI.ENGAGEMENT_RATE(150, 5000)", result: "3.0%" },
});
