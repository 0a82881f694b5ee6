import type { KpiFunction } from "./kpiDefinition";
import { kpiError, type KpiResult } from "./kpiError";
import { firstNegative } from "./nonNegative";
import { param } from "./param";

/**
 * Return on investment: (revenue − cost) ÷ cost. Use profit-relevant revenue and every cost
 * (media, creative, tools, time): a high ROAS can still be a negative ROI.
 *
 * @example
 * roi(5000, 2000) //=> 1.5
 */
export function roi(revenue: number, cost: number): KpiResult {
  const error = firstNegative([
    [{ en: "Revenue", fr: "Chiffre d'affaires" }, revenue],
    [{ en: "Cost", fr: "Coût" }, cost],
  ]);
  if (error) return error;
  if (cost === 0)
    return kpiError("DIV_BY_ZERO", {
      en: "The cost is 0, so the return is undefined.",
      fr: "Le coût vaut 0 : le retour sur investissement n'est pas défini.",
    });
  return (revenue - cost) / cost;
}

export const roiKpi: KpiFunction = {
  id: "ROI",
  params: [param("money", "revenue", "revenu"), param("money", "cost", "cout")],
  compute: roi,
};
