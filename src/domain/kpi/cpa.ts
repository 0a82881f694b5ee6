import type { KpiFunction } from "./kpiDefinition";
import { param } from "./param";
import { ratioOf } from "./ratioOf";

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

export const cpaKpi: KpiFunction = {
  id: "CPA",
  params: [param("money", "spend", "depense"), param("count", "conversions", "conversions")],
  compute: cpa,
};
