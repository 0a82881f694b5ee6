import type { Language } from "./common/language";

/** One message in every language the add-in speaks, worded from its typed parameters. */
export type Message<P> = { readonly [L in Language]: (params: P) => string };

/**
 * A feature's messages: for every code of `P` (a map of code → parameters), its message in every
 * language. A code without a message, or a message without a language, does not compile.
 */
export type Catalogue<P> = { readonly [C in keyof P]: Message<P[C]> };

/** The parameters of a message that says the same whatever happened. */
export type NoParams = Readonly<Record<never, never>>;

/**
 * A whole number grouped as the language writes it.
 *
 * @example
 * formatInteger(1048576, "en") //=> "1,048,576"
 * formatInteger(1048576, "fr") //=> "1 048 576" (narrow no-break spaces)
 */
export function formatInteger(n: number, language: Language): string {
  return n.toLocaleString(language === "fr" ? "fr-FR" : "en-US");
}
