import { param } from "./param";
import { ratioKpi, ratioOf } from "./ratioKpi";

/**
 * Cost per mille: what 1,000 impressions cost.
 *
 * @param spend - Amount spent
 * @param impressions - Impressions
 * @returns spend ÷ impressions × 1000; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * cpm(50, 10000) //=> 5
 */
export const cpm = ratioOf({
  labels: [
    { en: "Spend", fr: "Dépenses" },
    { en: "Impressions", fr: "Impressions" },
  ],
  scale: 1000,
});

export const cpmKpi = ratioKpi(
  {
    id: "CPM",
    frenchName: "COUT_PAR_MILLE",
    description: {
      en: "Cost per mille: spend per 1,000 impressions, in the currency of the spend.",
      fr: "Coût pour mille : dépense pour 1 000 impressions, dans la devise de la dépense.",
    },
    unit: "money",
    numerator: param("money", "spend", "depense", [
      "Amount spent: a number or a range.",
      "Montant dépensé : un nombre ou une plage.",
    ]),
    denominator: param("count", "impressions", "impressions", [
      "Impressions: a number or a range of the same shape.",
      "Impressions : un nombre ou une plage de même forme.",
    ]),
    scale: 1000,
    example: { formula: "=KPI.CPM(50, 10000)", result: "5.00" },
  },
  cpm
);
