import type { Language } from "../../common/language";
import { lexiconEn } from "./lexiconEn";
import { lexiconFr } from "./lexiconFr";

const stopwords: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(lexiconEn.stopwords),
  fr: new Set(lexiconFr.stopwords),
};

/**
 * English or French, whichever has more of its frequent words among the tokens; English when
 * neither stands out (short texts, emoji only).
 *
 * @example
 * detectLanguage(["je", "n", "aime", "pas", "ce", "produit"]) //=> "fr"
 */
export function detectLanguage(tokens: readonly string[]): Language {
  const score = (language: Language) =>
    tokens.filter((token) => stopwords[language].has(token)).length;
  return score("fr") > score("en") ? "fr" : "en";
}
