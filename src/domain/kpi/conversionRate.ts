import { param } from "./param";
import { ratioKpi, ratioOf } from "./ratioKpi";

/**
 * Conversion rate: the share of visits (or clicks) that ended in the desired action.
 *
 * @param conversions - Conversions (sales, sign-ups, key events)
 * @param visits - Visits, sessions or clicks that could convert
 * @returns conversions ÷ visits; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * conversionRate(45, 1500) //=> 0.03
 */
export const conversionRate = ratioOf({
  labels: [
    { en: "Conversions", fr: "Conversions" },
    { en: "Visits", fr: "Visites" },
  ],
});

export const conversionRateKpi = ratioKpi(
  {
    id: "CONVERSION_RATE",
    frenchName: "TAUX_CONVERSION",
    description: {
      en: "Conversion rate: conversions divided by visits, as a fraction (format as %).",
      fr: "Taux de conversion : conversions divisées par les visites, en fraction (format %).",
    },
    unit: "fraction",
    numerator: param("count", "conversions", "conversions", [
      "Conversions (sales, sign-ups, key events): a number or a range.",
      "Conversions (ventes, inscriptions, événements clés) : un nombre ou une plage.",
    ]),
    denominator: param("count", "visits", "visites", [
      "Visits, sessions or clicks that could convert: a number or a range of the same shape.",
      "Visites, sessions ou clics pouvant convertir : un nombre ou une plage de même forme.",
    ]),
    example: { formula: "=KPI.CONVERSION_RATE(45, 1500)", result: "3.0%" },
  },
  conversionRate
);
