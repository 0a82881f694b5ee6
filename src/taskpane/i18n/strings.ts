import type { Language } from "../../domain/common/language";

/** Every text of the task pane, in each language the add-in speaks. */
export const strings = {
  en: {
    title: "Social KPI",
    featuresLabel: "Features",
    tabs: { import: "Import", functions: "Functions" },
    functionsHeading: "KPI functions",
    functionsIntro:
      "Type =KPI. in any cell. Every argument takes a value or a range; results spill.",
    example: "Example",
    nativeFormula: "Native formula",
    noNativeFormula: "none in Excel — converting keeps the values",
  },
  fr: {
    title: "Social KPI",
    featuresLabel: "Fonctionnalités",
    tabs: { import: "Importer", functions: "Fonctions" },
    functionsHeading: "Fonctions KPI",
    functionsIntro:
      "Tapez =KPI. dans une cellule. Chaque argument accepte une valeur ou une plage ; les résultats se propagent.",
    example: "Exemple",
    nativeFormula: "Formule native",
    noNativeFormula: "aucune dans Excel — la conversion garde les valeurs",
  },
} as const satisfies Record<Language, Record<string, string | Record<string, string>>>;

export type Strings = (typeof strings)[Language];
