import { ratioReference } from "./ratioReference";

export const applauseRateReference = ratioReference({
  frenchName: "TAUX_APPLAUDISSEMENT",
  description: {
    en: "Applause rate: likes divided by followers, as a fraction (format as %).",
    fr: "Taux d'applaudissement : j'aime divisés par les abonnés, en fraction (format %).",
  },
  unit: "fraction",
  params: {
    likes: {
      en: "Likes or reactions: a number or a range.",
      fr: "J'aime ou réactions : un nombre ou une plage.",
    },
    followers: {
      en: "Followers: a number or a range of the same shape.",
      fr: "Abonnés : un nombre ou une plage de même forme.",
    },
  },
  example: { formula: "=KPI.APPLAUSE_RATE(240, 12000)", result: "2.0%" },
});
