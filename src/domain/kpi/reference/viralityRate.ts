import { ratioReference } from "./ratioReference";

export const viralityRateReference = ratioReference({
  frenchName: "TAUX_VIRALITE",
  description: {
    en: "Virality rate: shares divided by impressions, as a fraction (format as %).",
    fr: "Taux de viralité : partages divisés par les impressions, en fraction (format %).",
  },
  unit: "fraction",
  params: {
    shares: {
      en: "Shares, retweets or reposts: a number or a range.",
      fr: "Partages, retweets ou republications : un nombre ou une plage.",
    },
    impressions: {
      en: "Impressions: a number or a range of the same shape.",
      fr: "Impressions : un nombre ou une plage de même forme.",
    },
  },
  example: { formula: "=KPI.VIRALITY_RATE(30, 12000)", result: "0.25%" },
});
