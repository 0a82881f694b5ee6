import type { KpiFunction } from "./kpiDefinition";
import { param } from "./param";
import { ratioOf } from "./ratioOf";

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

export const cpeKpi: KpiFunction = {
  id: "CPE",
  params: [param("money", "spend", "depense"), param("count", "engagements", "interactions")],
  compute: cpe,
};
