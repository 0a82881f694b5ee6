import { param } from "./param";
import { ratioKpi, ratioOf } from "./ratioKpi";

/**
 * Video view rate: the share of impressions that became a view.
 *
 * @param views - Video views
 * @param impressions - Impressions
 * @returns views ÷ impressions; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * videoViewRate(1800, 6000) //=> 0.3
 */
export const videoViewRate = ratioOf({
  labels: [
    { en: "Views", fr: "Vues" },
    { en: "Impressions", fr: "Impressions" },
  ],
});

export const videoViewRateKpi = ratioKpi(
  {
    id: "VIDEO_VIEW_RATE",
    frenchName: "TAUX_VUES_VIDEO",
    description: {
      en: "Video view rate: views divided by impressions, as a fraction (format as %).",
      fr: "Taux de vues vidéo : vues divisées par les impressions, en fraction (format %).",
    },
    unit: "fraction",
    numerator: param("count", "views", "vues", [
      "Video views: a number or a range.",
      "Vues de la vidéo : un nombre ou une plage.",
    ]),
    denominator: param("count", "impressions", "impressions", [
      "Impressions: a number or a range of the same shape.",
      "Impressions : un nombre ou une plage de même forme.",
    ]),
    example: { formula: "=KPI.VIDEO_VIEW_RATE(1800, 6000)", result: "30%" },
  },
  videoViewRate
);
