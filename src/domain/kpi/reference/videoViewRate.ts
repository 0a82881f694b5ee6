import { ratioReference } from "./ratioReference";

export const videoViewRateReference = ratioReference({
  frenchName: "TAUX_VUES_VIDEO",
  description: {
    en: "Video view rate: views divided by impressions, as a fraction (format as %).",
    fr: "Taux de vues vidéo : vues divisées par les impressions, en fraction (format %).",
  },
  unit: "fraction",
  params: {
    views: {
      en: "Video views: a number or a range.",
      fr: "Vues de la vidéo : un nombre ou une plage.",
    },
    impressions: {
      en: "Impressions: a number or a range of the same shape.",
      fr: "Impressions : un nombre ou une plage de même forme.",
    },
  },
  example: { formula: "=KPI.VIDEO_VIEW_RATE(1800, 6000)", result: "30%" },
});
