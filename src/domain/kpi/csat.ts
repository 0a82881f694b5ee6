import type { ArgumentCell, KpiFunction } from "./kpiDefinition";
import { kpiError, type KpiResult } from "./kpiError";
import { numericCells } from "./numericCells";
import { param } from "./param";

export const DEFAULT_SCALE_MAX = 5;

/**
 * Customer satisfaction: the share of satisfied answers (score ≥ threshold) among the numeric
 * scores. By default a 1–5 scale with "top-2-box" (4 and 5 are satisfied); on a 1–10 scale the
 * default threshold is 9.
 *
 * @param scores - survey answers; text and blanks are ignored, scores outside 1..scaleMax are an error
 * @param threshold - lowest satisfied score (default scaleMax − 1)
 * @param scaleMax - highest score of the scale (default 5)
 *
 * @example
 * csat([5, 4, 3, 5, 2]) //=> 0.6
 */
export function csat(
  scores: readonly ArgumentCell[],
  threshold?: number,
  scaleMax?: number
): KpiResult {
  const max = scaleMax ?? DEFAULT_SCALE_MAX;
  const satisfied = threshold ?? max - 1;
  if (!Number.isFinite(max) || max <= 1) {
    return kpiError("OUT_OF_RANGE", {
      en: `The scale must go above 1 (got ${max}).`,
      fr: `L'échelle doit aller au-delà de 1 (reçu ${max}).`,
    });
  }
  if (satisfied < 1 || satisfied > max) {
    return kpiError("OUT_OF_RANGE", {
      en: `The threshold must be between 1 and ${max} (got ${satisfied}).`,
      fr: `Le seuil doit être compris entre 1 et ${max} (reçu ${satisfied}).`,
    });
  }
  const numeric = numericCells(scores);
  const outside = numeric.find((score) => score < 1 || score > max);
  if (outside !== undefined) {
    return kpiError("OUT_OF_RANGE", {
      en: `The score ${outside} is outside the scale 1–${max}.`,
      fr: `La note ${outside} est hors de l'échelle 1–${max}.`,
    });
  }
  if (numeric.length === 0)
    return kpiError("DIV_BY_ZERO", {
      en: "There are no numeric scores.",
      fr: "Il n'y a aucune note numérique.",
    });
  return numeric.filter((score) => score >= satisfied).length / numeric.length;
}

export const csatKpi: KpiFunction = {
  id: "CSAT",
  params: [
    param("score", "scores", "notes", { shape: "range" }),
    param("score", "threshold", "seuil", { optional: true }),
    param("score", "scale_max", "note_max", { optional: true }),
  ],
  compute: csat,
};
