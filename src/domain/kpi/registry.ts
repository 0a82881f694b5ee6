import { ctr } from "./ctr";
import { engagementRate } from "./engagementRate";
import type { KpiDefinition } from "./kpiDefinition";
import { nativeRatio } from "./nativeRatio";

const definitions = {
  CTR: {
    id: "CTR",
    name: { en: "CTR", fr: "TAUX_CLIC" },
    description: {
      en: "Click-through rate: clicks divided by impressions, as a fraction (format as %).",
      fr: "Taux de clic : clics divisés par les impressions, en fraction (format %).",
    },
    params: [
      {
        id: "clicks",
        name: { en: "clicks", fr: "clics" },
        description: { en: "Clicks: a number or a range.", fr: "Clics : un nombre ou une plage." },
        kind: "count",
      },
      {
        id: "impressions",
        name: { en: "impressions", fr: "impressions" },
        description: {
          en: "Impressions: a number or a range of the same shape.",
          fr: "Impressions : un nombre ou une plage de même forme.",
        },
        kind: "count",
      },
    ],
    unit: "fraction",
    compute: ctr,
    nativeFormula: nativeRatio,
  },
  ENGAGEMENT_RATE: {
    id: "ENGAGEMENT_RATE",
    name: { en: "ENGAGEMENT_RATE", fr: "TAUX_ENGAGEMENT" },
    description: {
      en: "Engagement rate: engagements divided by reach, impressions or followers, as a fraction (format as %).",
      fr: "Taux d'engagement : interactions divisées par la portée, les impressions ou les abonnés, en fraction (format %).",
    },
    params: [
      {
        id: "engagements",
        name: { en: "engagements", fr: "interactions" },
        description: {
          en: "Engagements (likes, comments, shares…): a number or a range.",
          fr: "Interactions (j'aime, commentaires, partages…) : un nombre ou une plage.",
        },
        kind: "count",
      },
      {
        id: "base",
        name: { en: "base", fr: "base" },
        description: {
          en: "Reach, impressions or followers: a number or a range of the same shape.",
          fr: "Portée, impressions ou abonnés : un nombre ou une plage de même forme.",
        },
        kind: "count",
      },
    ],
    unit: "fraction",
    compute: engagementRate,
    nativeFormula: nativeRatio,
  },
} satisfies Record<string, KpiDefinition>;

export type KpiId = keyof typeof definitions;

/** Every KPI the add-in exposes, keyed by its permanent custom-function id. */
export const kpiRegistry: Readonly<Record<KpiId, KpiDefinition>> = definitions;
