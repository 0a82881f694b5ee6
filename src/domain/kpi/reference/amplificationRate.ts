import { ratioReference } from "./ratioReference";

export const amplificationRateReference = ratioReference({
  frenchName: "TAUX_AMPLIFICATION",
  description: {
    en: "Amplification rate: shares divided by followers, as a fraction (format as %).",
    fr: "Taux d'amplification : partages divisés par les abonnés, en fraction (format %).",
  },
  unit: "fraction",
  params: {
    shares: {
      en: "Shares, retweets or reposts: a number or a range.",
      fr: "Partages, retweets ou republications : un nombre ou une plage.",
    },
    followers: {
      en: "Followers: a number or a range of the same shape.",
      fr: "Abonnés : un nombre ou une plage de même forme.",
    },
  },
  example: { formula: "=KPI.AMPLIFICATION_RATE(25, 10000)", result: "0.25%" },
});
