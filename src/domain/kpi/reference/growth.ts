import { blankIfAllEmpty } from "../../common/nativeFormula";
import type { KpiReference } from "../kpiDefinition";

export const growthReference: KpiReference = {
  frenchName: "EVOLUTION",
  description: {
    en: "Growth rate from one period to the next: (current − previous) ÷ |previous|, as a fraction (format as %).",
    fr: "Taux d'évolution d'une période à l'autre : (actuel − précédent) ÷ |précédent|, en fraction (format %).",
  },
  params: {
    previous: {
      en: "Value of the previous period: a number or a range.",
      fr: "Valeur de la période précédente : un nombre ou une plage.",
    },
    current: {
      en: "Value of the current period: a number or a range of the same shape.",
      fr: "Valeur de la période actuelle : un nombre ou une plage de même forme.",
    },
  },
  unit: "fraction",
  nativeFormula: ([previous = "0", current = "0"]) =>
    `=${blankIfAllEmpty([previous, current], `(${current}-${previous})/ABS(${previous})`)}`,
  example: { formula: "=KPI.GROWTH_RATE(200, 250)", result: "25.0%" },
};
