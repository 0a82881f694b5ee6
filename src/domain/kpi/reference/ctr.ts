import { ratioReference } from "./ratioReference";

export const ctrReference = ratioReference({
  frenchName: "TAUX_CLIC",
  description: {
    en: "Click-through rate: clicks divided by impressions, as a fraction (format as %).",
    fr: "Taux de clic : clics divisés par les impressions, en fraction (format %).",
  },
  unit: "fraction",
  params: {
    clicks: {
      en: "Clicks (link or all clicks, as you choose): a number or a range.",
      fr: "Clics (sur le lien ou tous, à votre choix) : un nombre ou une plage.",
    },
    impressions: {
      en: "Impressions: a number or a range of the same shape.",
      fr: "Impressions : un nombre ou une plage de même forme.",
    },
  },
  example: { formula: "=KPI.CTR(34, 1000)", result: "3.4%" },
});
