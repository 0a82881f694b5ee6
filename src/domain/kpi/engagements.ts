import type { KpiFunction } from "./kpiDefinition";
import type { KpiResult } from "./kpiError";
import { firstNegative } from "./nonNegative";
import { param } from "./param";

/**
 * Total interactions on a post or an account: likes (or reactions), comments, shares, and when
 * given saves and clicks. Platforms disagree on what "engagement" counts, so the user chooses
 * by what they pass.
 *
 * @example
 * engagements(120, 14, 9, 30, 0) //=> 173
 */
export function engagements(
  likes: number,
  comments: number,
  shares: number,
  saves: number,
  clicks: number
): KpiResult {
  const error = firstNegative([
    [{ en: "Likes", fr: "J'aime" }, likes],
    [{ en: "Comments", fr: "Commentaires" }, comments],
    [{ en: "Shares", fr: "Partages" }, shares],
    [{ en: "Saves", fr: "Enregistrements" }, saves],
    [{ en: "Clicks", fr: "Clics" }, clicks],
  ]);
  return error ?? likes + comments + shares + saves + clicks;
}

export const engagementsKpi: KpiFunction = {
  id: "ENGAGEMENTS",
  params: [
    param("count", "likes", "jaime"),
    param("count", "comments", "commentaires"),
    param("count", "shares", "partages"),
    param("count", "saves", "enregistrements", { optional: true, default: 0 }),
    param("count", "clicks", "clics", { optional: true, default: 0 }),
  ],
  compute: engagements,
};
