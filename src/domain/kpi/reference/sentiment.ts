import type { KpiReference } from "../kpiDefinition";

export const sentimentReference: KpiReference = {
  frenchName: "SENTIMENT",
  description: {
    en: "Sentiment of a text from −1 (negative) to 1 (positive), English or French, with negations and emoji.",
    fr: "Sentiment d'un texte de −1 (négatif) à 1 (positif), en anglais ou en français, avec négations et émojis.",
  },
  params: {
    text: {
      en: "Text of a post, comment or mention: a value or a range.",
      fr: "Texte d'une publication, d'un commentaire ou d'une mention : une valeur ou une plage.",
    },
    language: {
      en: '"en" or "fr" (optional: detected from the text).',
      fr: '"en" ou "fr" (facultatif : détectée dans le texte).',
    },
  },
  unit: "number",
  example: { formula: '=KPI.SENTIMENT("Love it, super fast delivery!")', result: "0.76" },
};
