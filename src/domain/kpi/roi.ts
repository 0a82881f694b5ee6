import { blankIfAllEmpty, numErrorIfNegative } from "../common/nativeFormula";
import type { NativeKpiDefinition } from "./kpiDefinition";
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

export const roiKpi: NativeKpiDefinition = {
  id: "ROI",
  name: { en: "ROI", fr: "RETOUR_INVESTISSEMENT" },
  description: {
    en: "Return on investment: (revenue − cost) ÷ cost, as a fraction (format as %).",
    fr: "Retour sur investissement : (revenu − coût) ÷ coût, en fraction (format %).",
  },
  params: [
    param("money", "revenue", "revenu", [
      "Revenue attributed to the investment: a number or a range.",
      "Revenu attribué à l'investissement : un nombre ou une plage.",
    ]),
    param("money", "cost", "cout", [
      "Total cost: a number or a range of the same shape.",
      "Coût total : un nombre ou une plage de même forme.",
    ]),
  ],
  unit: "fraction",
  compute: roi,
  nativeFormula: ([revenue = "0", cost = "0"]) =>
    `=${blankIfAllEmpty([revenue, cost], numErrorIfNegative([revenue, cost], `(${revenue}-${cost})/${cost}`))}`,
  example: { formula: "=KPI.ROI(5000, 2000)", result: "150%" },
};
