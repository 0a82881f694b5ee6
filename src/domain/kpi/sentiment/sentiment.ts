import type { Language } from "../../common/language";
import { foldText } from "../foldText";
import type { KpiFunction } from "../kpiDefinition";
import { kpiError, type KpiResult } from "../kpiError";
import { param } from "../param";
import { detectLanguage } from "./detectLanguage";
import { emojiScores } from "./emojiScores";
import type { Lexicon } from "./lexicon";
import { lexiconEn } from "./lexiconEn";
import { lexiconFr } from "./lexiconFr";

const lexicons: Readonly<Record<Language, Lexicon>> = { en: lexiconEn, fr: lexiconFr };
const NEGATION_WINDOW = 3;
const INTENSITY = 1.5;
// Squashes a sum of word scores into (−1, 1): one strong word ≈ ±0.6, several agreeing ≈ ±0.9.
const NORMALIZATION = 15;

const languageNames: Readonly<Record<string, Language | "auto">> = {
  "": "auto",
  auto: "auto",
  en: "en",
  english: "en",
  anglais: "en",
  fr: "fr",
  french: "fr",
  francais: "fr",
};

function wordScore(lexicon: Lexicon, word: string): number | undefined {
  const exact = lexicon.words[word];
  if (exact !== undefined) return exact;
  for (const [key, score] of Object.entries(lexicon.words)) {
    if (key.endsWith("*") && word.startsWith(key.slice(0, -1))) return score;
  }
  return undefined;
}

/**
 * The sentiment of a text from −1 (negative) to 1 (positive), 0 when it says nothing either way,
 * from an English and a French lexicon with negation ("not good", "je n'aime pas", "j'aime pas"),
 * intensifiers ("very good"), contrast ("good but slow" weighs the part after "but") and emoji.
 * The language is detected from the text unless given ("en", "fr").
 *
 * @example
 * sentiment("I love this, the delivery was very fast 😍") //=> ≈ 0.89
 * sentiment("Je n'aime pas du tout, service nul")        //=> ≈ −0.76
 */
export function sentiment(text: string, language?: string): KpiResult<number | string> {
  if (text.trim() === "") return "";
  const chosen = languageNames[foldText(language ?? "").trim()];
  if (chosen === undefined) {
    return kpiError("INVALID_ARGUMENT", {
      en: `Unknown language "${language}": use "en", "fr" or leave it empty.`,
      fr: `Langue inconnue « ${language} » : utilisez "en", "fr" ou laissez vide.`,
    });
  }
  const tokens = foldText(text)
    .replace(/['’]/g, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const lexicon = lexicons[chosen === "auto" ? detectLanguage(tokens) : chosen];

  let total = 0;
  let weight = 1;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as string;
    if (lexicon.contrast.includes(token)) {
      // What comes after "but" is what the writer means: the first part counts half.
      total *= 0.5;
      weight = 1.5;
      continue;
    }
    const score = wordScore(lexicon, token);
    if (score === undefined || score === 0) continue;
    const before = tokens.slice(Math.max(0, index - NEGATION_WINDOW), index);
    const after = tokens.slice(index + 1, index + 3);
    const negated =
      before.some((word) => lexicon.negators.includes(word)) ||
      after.some((word) => lexicon.negatorsAfter.includes(word));
    const intensified =
      before.length > 0 && lexicon.intensifiers.includes(before[before.length - 1] as string);
    total += score * weight * (negated ? -0.75 : 1) * (intensified ? INTENSITY : 1);
  }
  for (const [emoji, score] of Object.entries(emojiScores)) {
    total += score * (text.split(emoji).length - 1);
  }
  return total / Math.sqrt(total * total + NORMALIZATION);
}

export const sentimentKpi: KpiFunction = {
  id: "SENTIMENT",
  params: [param("text", "text", "texte"), param("text", "language", "langue", { optional: true })],
  compute: sentiment,
};
