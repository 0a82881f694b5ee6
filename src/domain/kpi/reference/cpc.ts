import { ratioReference } from "./ratioReference";

export const cpcReference = ratioReference({
  frenchName: "COUT_PAR_CLIC",
  description: {
    en: "Cost per click: spend divided by clicks, in the currency of the spend.",
    fr: "Coût par clic : dépense divisée par les clics, dans la devise de la dépense.",
  },
  unit: "money",
  params: {
    spend: {
      en: "Amount spent: a number or a range.",
      fr: "Montant dépensé : un nombre ou une plage.",
    },
    clicks: {
      en: "Clicks: a number or a range of the same shape.",
      fr: "Clics : un nombre ou une plage de même forme.",
    },
  },
  example: { formula: "=KPI.CPC(250, 500)", result: "0.50" },
});
