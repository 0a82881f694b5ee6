import type { Localized } from "../common/language";
import { kpiError, type KpiError } from "./kpiError";

/**
 * The first negative amount among labelled values, as a `NEGATIVE_COUNT` error; undefined when
 * all are zero or more. Counts and money in exports are never negative unless the data is wrong.
 *
 * @example
 * firstNegative([[likes, 3], [comments, -1]]) //=> { code: "NEGATIVE_COUNT", … } (comments = { en: "Comments", fr: "Commentaires" })
 */
export function firstNegative(
  values: readonly (readonly [Localized, number])[]
): KpiError | undefined {
  const negative = values.find(([, value]) => value < 0);
  return negative && kpiError("NEGATIVE_COUNT", negativeMessage(...negative));
}

/**
 * What a negative amount is told: the French avoids an adjective, whose gender would depend on
 * the label.
 *
 * @example
 * negativeMessage({ en: "Clicks", fr: "Clics" }, -2).fr //=> "Clics : une valeur négative (-2) n'est pas possible."
 */
export function negativeMessage(label: Localized, value: number): Localized {
  return {
    en: `${label.en} cannot be negative (got ${value}).`,
    fr: `${label.fr} : une valeur négative (${value}) n'est pas possible.`,
  };
}
