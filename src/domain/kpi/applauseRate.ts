import { param } from "./param";
import { ratioKpi, ratioOf } from "./ratioKpi";

/**
 * Applause rate: approval from the audience, as likes per follower.
 *
 * @param likes - Likes or reactions
 * @param followers - Followers
 * @returns likes ÷ followers; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * applauseRate(240, 12000) //=> 0.02
 */
export const applauseRate = ratioOf({
  labels: [
    { en: "Likes", fr: "J'aime" },
    { en: "Followers", fr: "Abonnés" },
  ],
});

export const applauseRateKpi = ratioKpi(
  {
    id: "APPLAUSE_RATE",
    frenchName: "TAUX_APPLAUDISSEMENT",
    description: {
      en: "Applause rate: likes divided by followers, as a fraction (format as %).",
      fr: "Taux d'applaudissement : j'aime divisés par les abonnés, en fraction (format %).",
    },
    unit: "fraction",
    numerator: param("count", "likes", "jaime", [
      "Likes or reactions: a number or a range.",
      "J'aime ou réactions : un nombre ou une plage.",
    ]),
    denominator: param("count", "followers", "abonnes", [
      "Followers: a number or a range of the same shape.",
      "Abonnés : un nombre ou une plage de même forme.",
    ]),
    example: { formula: "=KPI.APPLAUSE_RATE(240, 12000)", result: "2.0%" },
  },
  applauseRate
);
