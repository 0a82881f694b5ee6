import { type Catalogue, formatInteger } from "../catalogue";
import type { Language } from "../common/language";
import type { GoalIssue, GoalIssueParams } from "./goalIssue";

/** A percentage as a fraction, without the binary noise of the division (1.1 / 100). */
const fraction = (percent: number): number => Number((percent / 100).toPrecision(15));
const decimalComma = (n: number): string => String(n).replace(".", ",");

/** Every goal issue's message in English and French, worded to say what to type instead. */
const GOAL_ISSUE_MESSAGES: Catalogue<GoalIssueParams> = {
  EMPTY_WORDING: {
    en: () => "Say what the goal is, in one sentence with the KPI and the number to reach.",
    fr: () => "Dites quel est l'objectif, en une phrase avec le KPI et le chiffre à atteindre.",
  },
  TEXT_TOO_LONG: {
    en: ({ max }) => `Keep it under ${formatInteger(max, "en")} characters, what a cell holds.`,
    fr: ({ max }) =>
      `Restez sous ${formatInteger(max, "fr")} caractères, ce que contient une cellule.`,
  },
  UNKNOWN_KPI: {
    en: ({ name }) => `${name === "" ? "Choose a KPI" : `${name} is not a KPI goals measure`}.`,
    fr: ({ name }) =>
      `${name === "" ? "Choisissez un KPI" : `${name} n'est pas un KPI que mesurent les objectifs`}.`,
  },
  UNKNOWN_PLATFORM: {
    en: ({ name }) => `${name} is not a platform: choose one, or all platforms.`,
    fr: ({ name }) =>
      `${name} n'est pas une plateforme : choisissez-en une, ou toutes les plateformes.`,
  },
  NUMBER_MISSING: {
    en: () => "Type a number.",
    fr: () => "Saisissez un nombre.",
  },
  NUMBER_INVALID: {
    en: ({ text }) => `“${text}” is not a number: type one such as 1200 or 4.5%.`,
    fr: ({ text }) => `« ${text} » n'est pas un nombre : saisissez-en un comme 1200 ou 4,5 %.`,
  },
  RATE_WITHOUT_PERCENT: {
    en: ({ percent }) =>
      `This KPI is a rate: type ${percent}% (with the % sign), or the fraction ${fraction(percent)}.`,
    fr: ({ percent }) =>
      `Ce KPI est un taux : saisissez ${decimalComma(percent)} % (avec le signe %), ou la fraction ${decimalComma(fraction(percent))}.`,
  },
  TARGET_EQUALS_BASELINE: {
    en: () => "The target equals the baseline: there is nothing to progress toward.",
    fr: () => "La cible est égale au départ : il n'y a aucune progression possible.",
  },
  EMPTY_OBJECTIVE: {
    en: () => "Name the business objective the goal serves (brand awareness, leads, sales…).",
    fr: () => "Indiquez l'objectif métier que sert l'objectif (notoriété, prospects, ventes…).",
  },
  DATE_MISSING: {
    en: () => "Choose a date.",
    fr: () => "Choisissez une date.",
  },
  DATE_INVALID: {
    en: ({ text }) => `“${text}” is not a date: use YYYY-MM-DD.`,
    fr: ({ text }) => `« ${text} » n'est pas une date : utilisez AAAA-MM-JJ.`,
  },
  DEADLINE_NOT_AFTER_START: {
    en: () => "The deadline must come after the start.",
    fr: () => "L'échéance doit suivre le début.",
  },
};

/**
 * A goal issue's message in a language.
 *
 * @example
 * goalIssueMessage({ code: GOAL_ISSUE.DEADLINE_NOT_AFTER_START, field: "deadline", params: {} }, "fr")
 * //=> "L'échéance doit suivre le début."
 */
export function goalIssueMessage(issue: GoalIssue, language: Language): string {
  const message = GOAL_ISSUE_MESSAGES[issue.code] as {
    readonly [L in Language]: (params: GoalIssue["params"]) => string;
  };
  return message[language](issue.params);
}
