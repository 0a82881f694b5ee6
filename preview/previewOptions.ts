// What the page shows, from its URL (`?lang=fr&theme=dark`), so browser tests and shared links
// open the pane in a given language and theme; the toolbar writes its choices back to the URL.
import type { Language } from "../src/domain/common/language";

export type ThemeName = "light" | "dark";

export interface PreviewOptions {
  readonly language: Language;
  readonly theme: ThemeName;
}

export function readPreviewOptions(search: string): PreviewOptions {
  const params = new URLSearchParams(search);
  return {
    language: params.get("lang")?.toLowerCase().startsWith("fr") ? "fr" : "en",
    theme: params.get("theme")?.toLowerCase() === "dark" ? "dark" : "light",
  };
}

/** The URL's query with the options set, other parameters kept. */
export function writePreviewOptions(search: string, options: PreviewOptions): string {
  const params = new URLSearchParams(search);
  params.set("lang", options.language);
  params.set("theme", options.theme);
  return `?${params.toString()}`;
}

/**
 * What Office would tell the pane for these options: its display language and theme colours, the
 * inputs index.tsx reads in Excel (a dark Office theme has a dark body background).
 */
export interface OfficeContext {
  readonly displayLanguage: string;
  readonly officeTheme: { bodyBackgroundColor: string; bodyForegroundColor: string };
}

export function officeContextFor(options: PreviewOptions): OfficeContext {
  return {
    displayLanguage: options.language === "fr" ? "fr-FR" : "en-US",
    officeTheme:
      options.theme === "dark"
        ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" }
        : { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" },
  };
}
