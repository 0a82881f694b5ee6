import { ratioReference } from "./ratioReference";

export const roasReference = ratioReference({
  frenchName: "RETOUR_DEPENSES_PUB",
  description: {
    en: "Return on ad spend: revenue divided by spend, as a ratio (4 means 4× the spend).",
    fr: "Retour sur dépenses publicitaires : revenu divisé par la dépense, en ratio (4 = 4 fois la dépense).",
  },
  unit: "ratio",
  params: {
    revenue: {
      en: "Revenue (conversion value): a number or a range.",
      fr: "Revenu (valeur des conversions) : un nombre ou une plage.",
    },
    spend: {
      en: "Ad spend: a number or a range of the same shape.",
      fr: "Dépense publicitaire : un nombre ou une plage de même forme.",
    },
  },
  example: { formula: "=KPI.ROAS(4800, 1200)", result: "4" },
});
