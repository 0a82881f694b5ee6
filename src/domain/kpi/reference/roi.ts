import { blankIfAllEmpty, numErrorIfNegative } from "../../common/nativeFormula";
import type { NativeKpiReference } from "../kpiDefinition";

export const roiReference: NativeKpiReference = {
  frenchName: "RETOUR_INVESTISSEMENT",
  description: {
    en: "Return on investment: (revenue − cost) ÷ cost, as a fraction (format as %).",
    fr: "Retour sur investissement : (revenu − coût) ÷ coût, en fraction (format %).",
  },
  params: {
    revenue: {
      en: "Revenue attributed to the investment: a number or a range.",
      fr: "Revenu attribué à l'investissement : un nombre ou une plage.",
    },
    cost: {
      en: "Total cost: a number or a range of the same shape.",
      fr: "Coût total : un nombre ou une plage de même forme.",
    },
  },
  unit: "fraction",
  nativeFormula: ([revenue = "0", cost = "0"]) =>
    `=${blankIfAllEmpty([revenue, cost], numErrorIfNegative([revenue, cost], `(${revenue}-${cost})/${cost}`))}`,
  example: { formula: "=KPI.ROI(5000, 2000)", result: "150%" },
};
