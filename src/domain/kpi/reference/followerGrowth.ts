import { blankIfAllEmpty, numErrorIfNegative } from "../../common/nativeFormula";
import type { KpiReference } from "../kpiDefinition";

export const followerGrowthReference: KpiReference = {
  frenchName: "CROISSANCE_ABONNES",
  description: {
    en: "Follower growth rate: (end − start) ÷ start followers, as a fraction (format as %).",
    fr: "Taux de croissance des abonnés : (fin − début) ÷ abonnés au début, en fraction (format %).",
  },
  params: {
    start_followers: {
      en: "Followers at the start of the period: a number or a range.",
      fr: "Abonnés au début de la période : un nombre ou une plage.",
    },
    end_followers: {
      en: "Followers at the end of the period: a number or a range of the same shape.",
      fr: "Abonnés à la fin de la période : un nombre ou une plage de même forme.",
    },
  },
  unit: "fraction",
  nativeFormula: ([start = "0", end = "0"]) =>
    `=${blankIfAllEmpty([start, end], numErrorIfNegative([start, end], `(${end}-${start})/${start}`))}`,
  example: { formula: "=KPI.FOLLOWER_GROWTH(10000, 10800)", result: "8.0%" },
};
