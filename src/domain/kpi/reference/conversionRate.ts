import { ratioReference } from "./ratioReference";

export const conversionRateReference = ratioReference({
  frenchName: "TAUX_CONVERSION",
  description: {
    en: "Conversion rate: conversions divided by visits, as a fraction (format as %).",
    fr: "Taux de conversion : conversions divisées par les visites, en fraction (format %).",
  },
  unit: "fraction",
  params: {
    conversions: {
      en: "Conversions (sales, sign-ups, key events): a number or a range.",
      fr: "Conversions (ventes, inscriptions, événements clés) : un nombre ou une plage.",
    },
    visits: {
      en: "Visits, sessions or clicks that could convert: a number or a range of the same shape.",
      fr: "Visites, sessions ou clics pouvant convertir : un nombre ou une plage de même forme.",
    },
  },
  example: { formula: "=KPI.CONVERSION_RATE(45, 1500)", result: "3.0%" },
});
