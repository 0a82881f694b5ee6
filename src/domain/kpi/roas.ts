import type { KpiFunction } from "./kpiDefinition";
import { param } from "./param";
import { ratioOf } from "./ratioOf";

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

export const roasKpi: KpiFunction = {
  id: "ROAS",
  params: [param("money", "revenue", "revenu"), param("money", "spend", "depense")],
  compute: roas,
};
