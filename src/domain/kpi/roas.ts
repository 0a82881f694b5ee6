import { param } from "./param";
import { ratioKpi, ratioOf } from "./ratioKpi";

/**
 * Return on ad spend: revenue per unit of ad spend, as a ratio (4 = 4×).
 *
 * @param revenue - Revenue (conversion value)
 * @param spend - Ad spend
 * @returns revenue ÷ spend; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * roas(4800, 1200) //=> 4
 */
export const roas = ratioOf({
  labels: [
    { en: "Revenue", fr: "Chiffre d'affaires" },
    { en: "Spend", fr: "Dépenses" },
  ],
});

export const roasKpi = ratioKpi(
  {
    id: "ROAS",
    frenchName: "RETOUR_DEPENSES_PUB",
    description: {
      en: "Return on ad spend: revenue divided by spend, as a ratio (4 means 4× the spend).",
      fr: "Retour sur dépenses publicitaires : revenu divisé par la dépense, en ratio (4 = 4 fois la dépense).",
    },
    unit: "ratio",
    numerator: param("money", "revenue", "revenu", [
      "Revenue (conversion value): a number or a range.",
      "Revenu (valeur des conversions) : un nombre ou une plage.",
    ]),
    denominator: param("money", "spend", "depense", [
      "Ad spend: a number or a range of the same shape.",
      "Dépense publicitaire : un nombre ou une plage de même forme.",
    ]),
    example: { formula: "=KPI.ROAS(4800, 1200)", result: "4" },
  },
  roas
);
