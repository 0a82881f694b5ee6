import { foldText } from "./foldText";
import type { ArgumentCell, KpiFunction } from "./kpiDefinition";
import { kpiError, type KpiResult } from "./kpiError";
import { param } from "./param";

const text = (cell: ArgumentCell): string =>
  cell === null || typeof cell === "boolean" ? "" : String(cell).trim();
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * How many texts mention at least one of the terms, ignoring case and accents. A term matches
 * whole words only ("Nike" is not found in "Nikesh"), so brand names and @handles count as
 * people read them.
 *
 * @example
 * mentions(["Love my new Nike shoes", "nikesh here", "ADIDAS vs nike"], ["nike"]) //=> 2
 */
export function mentions(
  texts: readonly ArgumentCell[],
  terms: readonly ArgumentCell[]
): KpiResult {
  const folded = terms
    .map(text)
    .filter((term) => term !== "")
    .map(foldText);
  if (folded.length === 0)
    return kpiError("INVALID_ARGUMENT", {
      en: "Give at least one term to look for.",
      fr: "Indiquez au moins un terme à rechercher.",
    });
  // Letters and digits glue a term to its neighbours; "@nike" and "#nike" still mention "nike".
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${folded.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}_])`,
    "u"
  );
  return texts.filter((cell) => pattern.test(foldText(text(cell)))).length;
}

export const mentionsKpi: KpiFunction = {
  id: "MENTIONS",
  params: [
    param("text", "texts", "textes", { shape: "range" }),
    param("text", "terms", "termes", { shape: "range" }),
  ],
  compute: mentions,
};
