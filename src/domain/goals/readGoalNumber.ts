import type { Language } from "../common/language";
import { type DecimalSeparator, inferDecimalSeparator, parseNumber } from "../import/numbers";

/** A number as the user typed it in the goal form. */
export type TypedNumber =
  | { readonly kind: "number"; readonly value: number; readonly percent: boolean }
  | { readonly kind: "empty" }
  | { readonly kind: "invalid" };

/**
 * Reads a number typed in the goal form: the language's decimal separator unless the text can
 * only have the other (a French user typing `0.05` or `0.045`), thousands grouped or not, a trailing `%`
 * dividing by 100 so a rate lands in the fraction the sheet's formulas compare it with.
 *
 * @example
 * readGoalNumber("4,5 %", "fr") //=> { kind: "number", value: 0.045, percent: true }
 * readGoalNumber("12,000", "en") //=> { kind: "number", value: 12000, percent: false }
 * readGoalNumber("soon", "en") //=> { kind: "invalid" }
 */
export function readGoalNumber(text: string, language: Language): TypedNumber {
  const typed = text.trim();
  if (typed === "") return { kind: "empty" };
  // No one groups thousands after a lone 0: "0.045" is a fraction in any language, never 45.
  const afterZero = /^[-+]?0([.,])\d/.exec(typed)?.[1] as DecimalSeparator | undefined;
  const decimal = afterZero ?? inferDecimalSeparator([typed], language === "fr" ? "," : ".");
  const value = parseNumber(typed, decimal);
  if (value === null || !Number.isFinite(value)) return { kind: "invalid" };
  const percent = typed.endsWith("%");
  // toPrecision(15) drops the binary noise of the division (4.1 / 100 = 0.040999999999999995).
  return {
    kind: "number",
    value: percent ? Number((value / 100).toPrecision(15)) : value,
    percent,
  };
}
