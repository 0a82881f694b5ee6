import { param } from "./param";
import { ratioKpi, ratioOf } from "./ratioKpi";

/**
 * Frequency: how many times, on average, each person reached saw the content.
 *
 * @param impressions - Impressions
 * @param reach - Reach (unique people)
 * @returns impressions ÷ reach; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * frequency(12000, 4000) //=> 3
 */
export const frequency = ratioOf({
  labels: [
    { en: "Impressions", fr: "Impressions" },
    { en: "Reach", fr: "Portée" },
  ],
});

export const frequencyKpi = ratioKpi(
  {
    id: "AVERAGE_FREQUENCY",
    frenchName: "FREQUENCE_MOYENNE",
    description: {
      en: "Average frequency: impressions divided by reach, the average number of times each person saw the content.",
      fr: "Fréquence moyenne : impressions divisées par la portée, le nombre moyen de vues par personne.",
    },
    unit: "ratio",
    numerator: param("count", "impressions", "impressions", [
      "Impressions: a number or a range.",
      "Impressions : un nombre ou une plage.",
    ]),
    denominator: param("count", "reach", "portee", [
      "Reach (unique people): a number or a range of the same shape.",
      "Portée (personnes uniques) : un nombre ou une plage de même forme.",
    ]),
    example: { formula: "=KPI.AVERAGE_FREQUENCY(12000, 4000)", result: "3" },
  },
  frequency
);
