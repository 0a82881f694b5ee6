import { ratioReference } from "./ratioReference";

export const completionRateReference = ratioReference({
  frenchName: "TAUX_ACHEVEMENT",
  description: {
    en: "Completion rate: plays watched to the end divided by plays, as a fraction (format as %).",
    fr: "Taux d'achèvement : lectures complètes divisées par les lectures, en fraction (format %).",
  },
  unit: "fraction",
  params: {
    completions: {
      en: "Plays watched to the end: a number or a range.",
      fr: "Lectures regardées jusqu'au bout : un nombre ou une plage.",
    },
    plays: {
      en: "Plays (or impressions): a number or a range of the same shape.",
      fr: "Lectures (ou impressions) : un nombre ou une plage de même forme.",
    },
  },
  example: { formula: "=KPI.COMPLETION_RATE(420, 1800)", result: "23.3%" },
});
