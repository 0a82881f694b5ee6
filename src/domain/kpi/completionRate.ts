import { param } from "./param";
import { ratioKpi, ratioOf } from "./ratioKpi";

/**
 * Completion rate: the share of plays watched to the end.
 *
 * @param completions - Plays watched to the end
 * @param plays - Plays (or impressions)
 * @returns completions ÷ plays; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * completionRate(420, 1800) //=> 0.2333…
 */
export const completionRate = ratioOf({
  labels: [
    { en: "Completions", fr: "Lectures complètes" },
    { en: "Plays", fr: "Lectures" },
  ],
});

export const completionRateKpi = ratioKpi(
  {
    id: "COMPLETION_RATE",
    frenchName: "TAUX_ACHEVEMENT",
    description: {
      en: "Completion rate: plays watched to the end divided by plays, as a fraction (format as %).",
      fr: "Taux d'achèvement : lectures complètes divisées par les lectures, en fraction (format %).",
    },
    unit: "fraction",
    numerator: param("count", "completions", "achevements", [
      "Plays watched to the end: a number or a range.",
      "Lectures regardées jusqu'au bout : un nombre ou une plage.",
    ]),
    denominator: param("count", "plays", "lectures", [
      "Plays (or impressions): a number or a range of the same shape.",
      "Lectures (ou impressions) : un nombre ou une plage de même forme.",
    ]),
    example: { formula: "=KPI.COMPLETION_RATE(420, 1800)", result: "23.3%" },
  },
  completionRate
);
