import { blankIfAllEmpty, numErrorIfNegative } from "../common/nativeFormula";
import type { KpiDefinition } from "./kpiDefinition";
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

export const engagementsKpi: KpiDefinition = {
  id: "ENGAGEMENTS",
  name: { en: "ENGAGEMENTS", fr: "INTERACTIONS" },
  description: {
    en: "Total engagements: likes + comments + shares, plus saves and clicks when given.",
    fr: "Total des interactions : j'aime + commentaires + partages, plus enregistrements et clics s'ils sont fournis.",
  },
  params: [
    param("count", "likes", "jaime", [
      "Likes or reactions: a number or a range.",
      "J'aime ou réactions : un nombre ou une plage.",
    ]),
    param("count", "comments", "commentaires", [
      "Comments or replies: a number or a range of the same shape.",
      "Commentaires ou réponses : un nombre ou une plage de même forme.",
    ]),
    param("count", "shares", "partages", [
      "Shares, retweets or reposts: a number or a range of the same shape.",
      "Partages, retweets ou republications : un nombre ou une plage de même forme.",
    ]),
    param(
      "count",
      "saves",
      "enregistrements",
      ["Saves (optional).", "Enregistrements (facultatif)."],
      {
        optional: true,
        default: 0,
      }
    ),
    param("count", "clicks", "clics", ["Clicks (optional).", "Clics (facultatif)."], {
      optional: true,
      default: 0,
    }),
  ],
  unit: "count",
  compute: engagements,
  nativeFormula: (refs) => {
    const given = refs.filter((ref): ref is string => ref !== undefined);
    return `=${blankIfAllEmpty(given, numErrorIfNegative(given, given.join("+")))}`;
  },
  example: { formula: "=KPI.ENGAGEMENTS(120, 14, 9, 30)", result: "173" },
};
