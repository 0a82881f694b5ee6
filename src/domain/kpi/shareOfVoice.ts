import { blankIfAllEmpty, numErrorIfNegative } from "../common/nativeFormula";
import type { KpiDefinition } from "./kpiDefinition";
import { kpiError, type KpiResult } from "./kpiError";
import { firstNegative } from "./nonNegative";
import { param } from "./param";

/**
 * Share of voice: the brand's mentions ÷ all mentions (brand + competitors) over the same period.
 * The competitors arrive already summed: a month per row with one column per competitor gives one
 * share per month.
 *
 * @example
 * shareOfVoice(300, 700) //=> 0.3
 */
export function shareOfVoice(brandMentions: number, competitorMentions: number): KpiResult {
  const error = firstNegative([
    [{ en: "Brand mentions", fr: "Mentions de la marque" }, brandMentions],
    [{ en: "Competitor mentions", fr: "Mentions des concurrents" }, competitorMentions],
  ]);
  if (error) return error;
  const total = brandMentions + competitorMentions;
  if (total === 0)
    return kpiError("DIV_BY_ZERO", {
      en: "Nobody was mentioned, so there is no share of voice.",
      fr: "Personne n'a été mentionné : il n'y a pas de part de voix.",
    });
  return brandMentions / total;
}

export const shareOfVoiceKpi: KpiDefinition = {
  id: "SHARE_OF_VOICE",
  name: { en: "SHARE_OF_VOICE", fr: "PART_DE_VOIX" },
  description: {
    en: "Share of voice: brand mentions ÷ (brand + competitors' mentions), as a fraction (format as %).",
    fr: "Part de voix : mentions de la marque ÷ (marque + concurrents), en fraction (format %).",
  },
  params: [
    param("count", "brand_mentions", "mentions_marque", [
      "The brand's mentions: a number, or a column (one per period).",
      "Mentions de la marque : un nombre, ou une colonne (une par période).",
    ]),
    param(
      "count",
      "competitor_mentions",
      "mentions_concurrents",
      [
        "Competitors' mentions: a number or a range, summed across competitors.",
        "Mentions des concurrents : un nombre ou une plage, additionnés entre concurrents.",
      ],
      { shape: "summed" }
    ),
  ],
  unit: "fraction",
  compute: shareOfVoice,
  nativeFormula: ([brand = "0", competitors = "0"]) =>
    `=${blankIfAllEmpty([brand], numErrorIfNegative([brand, `MIN(${competitors})`], `${brand}/(${brand}+SUM(${competitors}))`))}`,
  example: { formula: "=KPI.SHARE_OF_VOICE(300, 700)", result: "30%" },
};
