import { ratioReference } from "./ratioReference";

export const cpaReference = ratioReference({
  frenchName: "COUT_PAR_ACQUISITION",
  description: {
    en: "Cost per acquisition: spend divided by conversions, in the currency of the spend.",
    fr: "Coût par acquisition : dépense divisée par les conversions, dans la devise de la dépense.",
  },
  unit: "money",
  params: {
    spend: {
      en: "Amount spent: a number or a range.",
      fr: "Montant dépensé : un nombre ou une plage.",
    },
    conversions: {
      en: "Conversions (sales, leads, sign-ups): a number or a range of the same shape.",
      fr: "Conversions (ventes, prospects, inscriptions) : un nombre ou une plage de même forme.",
    },
  },
  example: { formula: "=KPI.CPA(1200, 40)", result: "30.00" },
});
