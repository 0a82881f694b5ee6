import { DIV_ZERO_ERROR, NUM_ERROR } from "../../common/nativeFormula";
import type { KpiReference } from "../kpiDefinition";

export const npsReference: KpiReference = {
  frenchName: "NPS",
  description: {
    en: "Net Promoter Score: % promoters (9–10) − % detractors (0–6), from −100 to 100.",
    fr: "Net Promoter Score : % promoteurs (9–10) − % détracteurs (0–6), de −100 à 100.",
  },
  params: {
    scores: {
      en: "Answers on the 0–10 scale: a range.",
      fr: "Réponses sur l'échelle 0–10 : une plage.",
    },
  },
  unit: "score",
  nativeFormula: ([scores = "A1"]) =>
    `=IF(COUNT(${scores})=0,${DIV_ZERO_ERROR},IF(OR(MIN(${scores})<0,MAX(${scores})>10),${NUM_ERROR},(COUNTIF(${scores},">=9")-COUNTIF(${scores},"<=6"))/COUNT(${scores})*100))`,
  example: { formula: "=KPI.NPS(B2:B101)", result: "20" },
};
