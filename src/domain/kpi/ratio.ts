import { kpiError, type KpiResult } from "./kpiError";

/**
 * Divides two non-negative amounts, the shape of most social KPIs (CTR, engagement rate, CPM…).
 * A negative count is a data error, not a value: it gets `NEGATIVE_COUNT` rather than a
 * meaningless negative rate.
 *
 * @example
 * ratio(34, 1000, "Clicks", "Impressions") //=> 0.034
 * ratio(5, 0, "Clicks", "Impressions")     //=> { code: "DIV_BY_ZERO", … }
 */
export function ratio(
  numerator: number,
  denominator: number,
  numeratorLabel: string,
  denominatorLabel: string
): KpiResult {
  if (numerator < 0) {
    return kpiError("NEGATIVE_COUNT", `${numeratorLabel} cannot be negative (got ${numerator}).`);
  }
  if (denominator < 0) {
    return kpiError(
      "NEGATIVE_COUNT",
      `${denominatorLabel} cannot be negative (got ${denominator}).`
    );
  }
  if (denominator === 0) {
    return kpiError("DIV_BY_ZERO", `${denominatorLabel} is 0, so the ratio is undefined.`);
  }
  return numerator / denominator;
}
