/** The languages the add-in speaks: its UI, its function names and its error messages. */
export type Language = "en" | "fr";

/** A text in every language the add-in speaks. */
export type Localized = Readonly<Record<Language, string>>;

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
