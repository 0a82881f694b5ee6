import { param } from "./param";
import { ratioKpi, ratioOf } from "./ratioKpi";

/**
 * Cost per engagement: what each interaction cost.
 *
 * @param spend - Amount spent
 * @param engagements - Engagements
 * @returns spend ÷ engagements; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * cpe(300, 1500) //=> 0.2
 */
export const cpe = ratioOf({
  labels: [
    { en: "Spend", fr: "Dépenses" },
    { en: "Engagements", fr: "Interactions" },
  ],
});

export const cpeKpi = ratioKpi(
  {
    id: "CPE",
    frenchName: "COUT_PAR_ENGAGEMENT",
    description: {
      en: "Cost per engagement: spend divided by engagements, in the currency of the spend.",
      fr: "Coût par interaction : dépense divisée par les interactions, dans la devise de la dépense.",
    },
    unit: "money",
    numerator: param("money", "spend", "depense", [
      "Amount spent: a number or a range.",
      "Montant dépensé : un nombre ou une plage.",
    ]),
    denominator: param("count", "engagements", "interactions", [
      "Engagements: a number or a range of the same shape.",
      "Interactions : un nombre ou une plage de même forme.",
    ]),
    example: { formula: "=KPI.CPE(300, 1500)", result: "0.20" },
  },
  cpe
);
