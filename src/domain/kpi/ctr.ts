import { param } from "./param";
import { ratioKpi, ratioOf } from "./ratioKpi";

/**
 * Click-through rate: the share of impressions that led to a click.
 *
 * @param clicks - Clicks (link or all clicks, as you choose)
 * @param impressions - Impressions
 * @returns clicks ÷ impressions; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * ctr(34, 1000) //=> 0.034
 */
export const ctr = ratioOf({
  labels: [
    { en: "Clicks", fr: "Clics" },
    { en: "Impressions", fr: "Impressions" },
  ],
});

export const ctrKpi = ratioKpi(
  {
    id: "CTR",
    frenchName: "TAUX_CLIC",
    description: {
      en: "Click-through rate: clicks divided by impressions, as a fraction (format as %).",
      fr: "Taux de clic : clics divisés par les impressions, en fraction (format %).",
    },
    unit: "fraction",
    numerator: param("count", "clicks", "clics", [
      "Clicks (link or all clicks, as you choose): a number or a range.",
      "Clics (sur le lien ou tous, à votre choix) : un nombre ou une plage.",
    ]),
    denominator: param("count", "impressions", "impressions", [
      "Impressions: a number or a range of the same shape.",
      "Impressions : un nombre ou une plage de même forme.",
    ]),
    example: { formula: "=KPI.CTR(34, 1000)", result: "3.4%" },
  },
  ctr
);
