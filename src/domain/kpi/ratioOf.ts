import type { Localized } from "../common/language";
import { isKpiError, type KpiResult } from "./kpiError";
import { ratio } from "./ratio";

interface RatioOptions {
  /** Labels used in error messages, e.g. Clicks / Clics and Impressions. */
  readonly labels: readonly [Localized, Localized];
  /** Multiplier of the quotient: 1000 for CPM. */
  readonly scale?: number;
}

/**
 * The compute function of a KPI that is one amount divided by another — most of the catalogue:
 * numerator ÷ denominator × scale, errors as values.
 */
export function ratioOf({ labels: [numeratorLabel, denominatorLabel], scale = 1 }: RatioOptions) {
  return (numerator: number, denominator: number): KpiResult => {
    const value = ratio(numerator, denominator, numeratorLabel, denominatorLabel);
    return scale === 1 || isKpiError(value) ? value : value * scale;
  };
}
