import { param } from "./param";
import { ratioKpi, ratioOf } from "./ratioKpi";

/**
 * Cost per acquisition (or per lead): what each conversion cost.
 *
 * @param spend - Amount spent
 * @param conversions - Conversions (sales, leads, sign-ups)
 * @returns spend ÷ conversions; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * cpa(1200, 40) //=> 30
 */
export const cpa = ratioOf({
  labels: [
    { en: "Spend", fr: "Dépenses" },
    { en: "Conversions", fr: "Conversions" },
  ],
});

export const cpaKpi = ratioKpi(
  {
    id: "CPA",
    frenchName: "COUT_PAR_ACQUISITION",
    description: {
      en: "Cost per acquisition: spend divided by conversions, in the currency of the spend.",
      fr: "Coût par acquisition : dépense divisée par les conversions, dans la devise de la dépense.",
    },
    unit: "money",
    numerator: param("money", "spend", "depense", [
      "Amount spent: a number or a range.",
      "Montant dépensé : un nombre ou une plage.",
    ]),
    denominator: param("count", "conversions", "conversions", [
      "Conversions (sales, leads, sign-ups): a number or a range of the same shape.",
      "Conversions (ventes, prospects, inscriptions) : un nombre ou une plage de même forme.",
    ]),
    example: { formula: "=KPI.CPA(1200, 40)", result: "30.00" },
  },
  cpa
);
