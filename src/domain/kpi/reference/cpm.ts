import { ratioReference } from "./ratioReference";

export const cpmReference = ratioReference({
  frenchName: "COUT_PAR_MILLE",
  description: {
    en: "Cost per mille: spend per 1,000 impressions, in the currency of the spend.",
    fr: "Coût pour mille : dépense pour 1 000 impressions, dans la devise de la dépense.",
  },
  unit: "money",
  params: {
    spend: {
      en: "Amount spent: a number or a range.",
      fr: "Montant dépensé : un nombre ou une plage.",
    },
    impressions: {
      en: "Impressions: a number or a range of the same shape.",
      fr: "Impressions : un nombre ou une plage de même forme.",
    },
  },
  scale: 1000,
  example: { formula: "=KPI.CPM(50, 10000)", result: "5.00" },
});
