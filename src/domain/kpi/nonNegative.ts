import { kpiError, type KpiError } from "./kpiError";

/**
 * The first negative amount among labelled values, as a `NEGATIVE_COUNT` error; undefined when
 * all are zero or more. Counts and money in exports are never negative unless the data is wrong.
 *
 * @example
 * firstNegative([["Likes", 3], ["Comments", -1]]) //=> { code: "NEGATIVE_COUNT", … }
 */
export function firstNegative(
  values: readonly (readonly [string, number])[]
): KpiError | undefined {
  const negative = values.find(([, value]) => value < 0);
  return (
    negative &&
    kpiError("NEGATIVE_COUNT", `${negative[0]} cannot be negative (got ${negative[1]}).`)
  );
}
