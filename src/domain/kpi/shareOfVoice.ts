import type { KpiFunction } from "./kpiDefinition";
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

export const shareOfVoiceKpi: KpiFunction = {
  id: "SHARE_OF_VOICE",
  params: [
    param("count", "brand_mentions", "mentions_marque"),
    param("count", "competitor_mentions", "mentions_concurrents", { shape: "summed" }),
  ],
  compute: shareOfVoice,
};
