import type { Language } from "../../domain/common/language";

/** The pane's own texts (title, tabs) in each language; each feature keeps its texts in its folder. */
export const strings = {
  en: {
    title: "Social KPI",
    featuresLabel: "Features",
    tabs: { import: "Import", templates: "Templates", goals: "Goals", functions: "Functions" },
  },
  fr: {
    title: "Social KPI",
    featuresLabel: "Fonctionnalités",
    tabs: { import: "Importer", templates: "Modèles", goals: "Objectifs", functions: "Fonctions" },
  },
} as const satisfies Record<Language, Record<string, string | Record<string, string>>>;
