import { ratioReference } from "./ratioReference";

export const cpeReference = ratioReference({
  frenchName: "COUT_PAR_ENGAGEMENT",
  description: {
    en: "Cost per engagement: spend divided by engagements, in the currency of the spend.",
    fr: "Coût par interaction : dépense divisée par les interactions, dans la devise de la dépense.",
  },
  unit: "money",
  params: {
    spend: {
      en: "Amount spent: a number or a range.",
      fr: "Montant dépensé : un nombre ou une plage.",
    },
    engagements: {
      en: "Engagements: a number or a range of the same shape.",
      fr: "Interactions : un nombre ou une plage de même forme.",
    },
  },
  example: { formula: "=KPI.CPE(300, 1500)", result: "0.20" },
});
