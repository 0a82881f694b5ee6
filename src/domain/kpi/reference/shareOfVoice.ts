import { blankIfAllEmpty, numErrorIfNegative } from "../../common/nativeFormula";
import type { KpiReference } from "../kpiDefinition";

export const shareOfVoiceReference: KpiReference = {
  frenchName: "PART_DE_VOIX",
  description: {
    en: "Share of voice: brand mentions ÷ (brand + competitors' mentions), as a fraction (format as %).",
    fr: "Part de voix : mentions de la marque ÷ (marque + concurrents), en fraction (format %).",
  },
  params: {
    brand_mentions: {
      en: "The brand's mentions: a number, or a column (one per period).",
      fr: "Mentions de la marque : un nombre, ou une colonne (une par période).",
    },
    competitor_mentions: {
      en: "Competitors' mentions: a number or a range, summed across competitors.",
      fr: "Mentions des concurrents : un nombre ou une plage, additionnés entre concurrents.",
    },
  },
  unit: "fraction",
  nativeFormula: ([brand = "0", competitors = "0"]) =>
    `=${blankIfAllEmpty([brand], numErrorIfNegative([brand, `MIN(${competitors})`], `${brand}/(${brand}+SUM(${competitors}))`))}`,
  example: { formula: "=KPI.SHARE_OF_VOICE(300, 700)", result: "30%" },
};
