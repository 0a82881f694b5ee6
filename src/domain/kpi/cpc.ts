import type { KpiFunction } from "./kpiDefinition";
import { param } from "./param";
import { ratioOf } from "./ratioOf";

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

export const cpcKpi: KpiFunction = {
  id: "CPC",
  params: [param("money", "spend", "depense"), param("count", "clicks", "clics")],
  compute: cpc,
};
