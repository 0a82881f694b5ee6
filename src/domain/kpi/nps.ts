import type { ArgumentCell, KpiFunction } from "./kpiDefinition";
import { kpiError, type KpiResult } from "./kpiError";
import { numericCells } from "./numericCells";
import { param } from "./param";

/**
 * Net Promoter Score: % promoters (9–10) − % detractors (0–6) among the numeric answers on the
 * 0–10 "would you recommend us" scale, a number from −100 to 100. Passives (7–8) count in the
 * denominator only.
 *
 * @example
 * nps([10, 9, 8, 7, 6, 3, 10, 9, 9, 5]) //=> 20
 */
export function nps(scores: readonly ArgumentCell[]): KpiResult {
  const numeric = numericCells(scores);
  const outside = numeric.find((score) => score < 0 || score > 10);
  if (outside !== undefined)
    return kpiError("OUT_OF_RANGE", {
      en: `The score ${outside} is outside 0–10.`,
      fr: `La note ${outside} est hors de l'échelle 0–10.`,
    });
  if (numeric.length === 0)
    return kpiError("DIV_BY_ZERO", {
      en: "There are no numeric scores.",
      fr: "Il n'y a aucune note numérique.",
    });
  const promoters = numeric.filter((score) => score >= 9).length;
  const detractors = numeric.filter((score) => score <= 6).length;
  return ((promoters - detractors) / numeric.length) * 100;
}

export const npsKpi: KpiFunction = {
  id: "NPS",
  params: [param("score", "scores", "notes", { shape: "range" })],
  compute: nps,
};
