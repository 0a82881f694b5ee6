import type { Localized } from "../../common/language";

// The help of the arguments the goal functions share (../goalParams.ts), written once so it reads
// the same everywhere.
export const goalParamHelp = {
  baseline: {
    en: "Value when the goal was set: a number or a range.",
    fr: "Valeur au moment de fixer l'objectif : un nombre ou une plage.",
  },
  target: {
    en: "Value to reach (may be below the baseline for goals that decrease).",
    fr: "Valeur à atteindre (peut être inférieure au départ pour un objectif à la baisse).",
  },
  current: { en: "Value today.", fr: "Valeur aujourd'hui." },
  start_date: { en: "Date the goal starts.", fr: "Date de début de l'objectif." },
  deadline: {
    en: "Date the goal must be reached.",
    fr: "Date à laquelle l'objectif doit être atteint.",
  },
  as_of: {
    en: "Date to evaluate at (optional, default today).",
    fr: "Date d'évaluation (facultatif, aujourd'hui par défaut).",
  },
} satisfies Record<string, Localized>;
