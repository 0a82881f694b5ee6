import type { Language } from "../../domain/common/language";

/** The pane's own texts (title, tabs, loading) in each language; each feature keeps its texts in its folder. */
export const strings = {
  en: {
    /** A part of the pane whose code did not download (offline, or a new version deployed meanwhile). */
    loadFailedTitle: "This part of the add-in did not load",
    loadFailed: (detail: string) =>
      `Its code could not be downloaded (${detail}). Check the connection, then try again.`,
    retry: "Try again",

    title: "Social KPI",
    featuresLabel: "Features",
    tabs: { import: "Import", templates: "Templates", goals: "Goals", functions: "Functions" },
  },
  fr: {
    loadFailedTitle: "Cette partie du complément ne s'est pas chargée",
    loadFailed: (detail: string) =>
      `Son code n'a pas pu être téléchargé (${detail}). Vérifiez la connexion, puis réessayez.`,
    retry: "Réessayer",

    title: "Social KPI",
    featuresLabel: "Fonctionnalités",
    tabs: { import: "Import", templates: "Modèles", goals: "Objectifs", functions: "Fonctions" },
  },
} as const satisfies Record<
  Language,
  Record<string, string | ((detail: string) => string) | Record<string, string>>
>;
