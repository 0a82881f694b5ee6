import { foldText } from "./foldText";
import type { ArgumentCell, KpiDefinition } from "./kpiDefinition";
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

export const mentionsKpi: KpiDefinition = {
  id: "MENTIONS",
  name: { en: "MENTIONS", fr: "MENTIONS" },
  description: {
    en: "How many texts mention any of the terms, ignoring case and accents (whole words).",
    fr: "Nombre de textes qui mentionnent l'un des termes, sans tenir compte de la casse ni des accents (mots entiers).",
  },
  params: [
    param(
      "text",
      "texts",
      "textes",
      [
        "Posts, comments or mentions to search: a range.",
        "Publications, commentaires ou mentions à parcourir : une plage.",
      ],
      {
        shape: "range",
      }
    ),
    param(
      "text",
      "terms",
      "termes",
      [
        "Brand names, handles or hashtags to find: a value or a range.",
        "Noms de marque, @comptes ou #hashtags à trouver : une valeur ou une plage.",
      ],
      {
        shape: "range",
      }
    ),
  ],
  unit: "count",
  compute: mentions,
  example: { formula: '=KPI.MENTIONS(C2:C500, "nike")', result: "212" },
};
