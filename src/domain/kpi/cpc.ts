import { param } from "./param";
import { ratioKpi, ratioOf } from "./ratioKpi";

/**
 * Cost per click: what each click cost.
 *
 * @param spend - Amount spent
 * @param clicks - Clicks
 * @returns spend ÷ clicks; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * cpc(250, 500) //=> 0.5
 */
export const cpc = ratioOf({
  labels: [
    { en: "Spend", fr: "Dépenses" },
    { en: "Clicks", fr: "Clics" },
  ],
});

export const cpcKpi = ratioKpi(
  {
    id: "CPC",
    frenchName: "COUT_PAR_CLIC",
    description: {
      en: "Cost per click: spend divided by clicks, in the currency of the spend.",
      fr: "Coût par clic : dépense divisée par les clics, dans la devise de la dépense.",
    },
    unit: "money",
    numerator: param("money", "spend", "depense", [
      "Amount spent: a number or a range.",
      "Montant dépensé : un nombre ou une plage.",
    ]),
    denominator: param("count", "clicks", "clics", [
      "Clicks: a number or a range of the same shape.",
      "Clics : un nombre ou une plage de même forme.",
    ]),
    example: { formula: "=KPI.CPC(250, 500)", result: "0.50" },
  },
  cpc
);
