import type { Language } from "./kpi/kpiDefinition";

/**
 * The add-in's language for an Office display language such as "fr-FR" or "fr-CA": French for
 * every French locale, English otherwise.
 *
 * @example
 * languageOf("fr-BE") //=> "fr"
 */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("fr") ? "fr" : "en";
}
