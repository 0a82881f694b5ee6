import { DIV_ZERO_ERROR, NUM_ERROR } from "../../common/nativeFormula";
import { DEFAULT_SCALE_MAX } from "../csat";
import type { KpiReference } from "../kpiDefinition";

export const csatReference: KpiReference = {
  frenchName: "CSAT",
  description: {
    en: "Customer satisfaction: share of scores at or above the threshold (top-2-box on 1–5 by default).",
    fr: "Satisfaction client : part des notes égales ou supérieures au seuil (4 et 5 sur 1–5 par défaut).",
  },
  params: {
    scores: { en: "Survey scores: a range.", fr: "Notes de l'enquête : une plage." },
    threshold: {
      en: "Lowest satisfied score (optional, default scale_max − 1).",
      fr: "Note minimale satisfaite (facultatif, scale_max − 1 par défaut).",
    },
    scale_max: {
      en: "Highest score of the scale (optional, default 5).",
      fr: "Note maximale de l'échelle (facultatif, 5 par défaut).",
    },
  },
  unit: "fraction",
  nativeFormula: ([scores = "A1", threshold, scaleMax]) => {
    const max = scaleMax ?? String(DEFAULT_SCALE_MAX);
    const satisfied = threshold ?? `(${max}-1)`;
    return `=IF(OR(${max}<=1,${satisfied}<1,${satisfied}>${max}),${NUM_ERROR},IF(COUNT(${scores})=0,${DIV_ZERO_ERROR},IF(OR(MIN(${scores})<1,MAX(${scores})>${max}),${NUM_ERROR},COUNTIF(${scores},">="&${satisfied})/COUNT(${scores}))))`;
  },
  example: { formula: "=KPI.CSAT({5;4;3;5;2})", result: "60%" },
};
