import type { Localized } from "../common/language";
import { kpiError, type KpiResult } from "./kpiError";
import { negativeMessage } from "./nonNegative";

/**
 * Divides two non-negative amounts, the shape of most social KPIs (CTR, engagement rate, CPM…).
 * A negative count is a data error, not a value: it gets `NEGATIVE_COUNT` rather than a
 * meaningless negative rate.
 *
 * @example
 * ratio(34, 1000, clicks, impressions) //=> 0.034 (clicks = { en: "Clicks", fr: "Clics" }…)
 * ratio(5, 0, clicks, impressions)     //=> { code: "DIV_BY_ZERO", … }
 */
export function ratio(
  numerator: number,
  denominator: number,
  numeratorLabel: Localized,
  denominatorLabel: Localized
): KpiResult {
  if (numerator < 0) return kpiError("NEGATIVE_COUNT", negativeMessage(numeratorLabel, numerator));
  if (denominator < 0) {
    return kpiError("NEGATIVE_COUNT", negativeMessage(denominatorLabel, denominator));
  }
  if (denominator === 0) {
    return kpiError("DIV_BY_ZERO", {
      en: `${denominatorLabel.en} is 0, so the ratio is undefined.`,
      fr: `${denominatorLabel.fr} vaut 0 : le ratio n'est pas défini.`,
    });
  }
  return numerator / denominator;
}
