import { ratioReference } from "./ratioReference";

export const frequencyReference = ratioReference({
  frenchName: "FREQUENCE_MOYENNE",
  description: {
    en: "Average frequency: impressions divided by reach, the average number of times each person saw the content.",
    fr: "Fréquence moyenne : impressions divisées par la portée, le nombre moyen de vues par personne.",
  },
  unit: "ratio",
  params: {
    impressions: {
      en: "Impressions: a number or a range.",
      fr: "Impressions : un nombre ou une plage.",
    },
    reach: {
      en: "Reach (unique people): a number or a range of the same shape.",
      fr: "Portée (personnes uniques) : un nombre ou une plage de même forme.",
    },
  },
  example: { formula: "=KPI.AVERAGE_FREQUENCY(12000, 4000)", result: "3" },
});
