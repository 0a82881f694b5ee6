import type { Language } from "../../domain/common/language";

/** The pane's own texts (title, tabs) in each language; each feature keeps its texts in its folder. */
export const strings = {
  en: {
    title: "Social KPI",
    featuresLabel: "Features",
    tabs: { functions: "Functions", templates: "Templates", goals: "Goals" },
  },
  fr: {
    title: "Social KPI",
    featuresLabel: "Fonctionnalités",
    tabs: { functions: "Fonctions", templates: "Modèles", goals: "Objectifs" },
  },
} as const satisfies Record<Language, Record<string, string | Record<string, string>>>;
