import { blankIfAllEmpty, numErrorIfNegative } from "../../common/nativeFormula";
import type { KpiReference } from "../kpiDefinition";

export const netSentimentReference: KpiReference = {
  frenchName: "SENTIMENT_NET",
  description: {
    en: "Net sentiment: (positive − negative) ÷ all mentions, from −1 to 1.",
    fr: "Sentiment net : (positives − négatives) ÷ toutes les mentions, de −1 à 1.",
  },
  params: {
    positive: {
      en: "Positive mentions: a number or a range.",
      fr: "Mentions positives : un nombre ou une plage.",
    },
    negative: {
      en: "Negative mentions: a number or a range of the same shape.",
      fr: "Mentions négatives : un nombre ou une plage de même forme.",
    },
    neutral: {
      en: "Neutral mentions (optional, 0 if omitted).",
      fr: "Mentions neutres (facultatif, 0 par défaut).",
    },
  },
  unit: "number",
  nativeFormula: ([positive = "0", negative = "0", neutral]) => {
    const given = [positive, negative, neutral].filter((ref) => ref !== undefined);
    const n = neutral ?? "0";
    const net = `(${positive}-${negative})/(${positive}+${negative}+${n})`;
    return `=${blankIfAllEmpty(given, numErrorIfNegative([positive, negative, n], net))}`;
  },
  example: { formula: "=KPI.NET_SENTIMENT(60, 15, 25)", result: "0.45" },
};
