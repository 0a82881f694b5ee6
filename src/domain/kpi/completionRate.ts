import type { KpiFunction } from "./kpiDefinition";
import { param } from "./param";
import { ratioOf } from "./ratioOf";

/**
 * Completion rate: the share of plays watched to the end.
 *
 * @param completions - Plays watched to the end
 * @param plays - Plays (or impressions)
 * @returns completions ÷ plays; `DIV_BY_ZERO` when the base is 0, `NEGATIVE_COUNT` for a negative amount
 *
 * @example
 * completionRate(420, 1800) //=> 0.2333…
 */
export const completionRate = ratioOf({
  labels: [
    { en: "Completions", fr: "Lectures complètes" },
    { en: "Plays", fr: "Lectures" },
  ],
});

export const completionRateKpi: KpiFunction = {
  id: "COMPLETION_RATE",
  params: [param("count", "completions", "achevements"), param("count", "plays", "lectures")],
  compute: completionRate,
};
