import type { Localized } from "../common/language";
import type { KpiDefinition, KpiParam, KpiUnit } from "./kpiDefinition";
import { isKpiError, type KpiResult } from "./kpiError";
import { nativeRatio } from "./nativeRatio";
import { ratio } from "./ratio";

interface RatioSpec {
  readonly id: string;
  readonly frenchName: string;
  readonly description: Localized;
  readonly unit: KpiUnit;
  readonly numerator: KpiParam;
  readonly denominator: KpiParam;
  /** Multiplier of the quotient: 1000 for CPM. */
  readonly scale?: number;
  readonly example: KpiDefinition["example"];
}

interface RatioOptions {
  /** Labels used in error messages, e.g. Clicks / Clics and Impressions. */
  readonly labels: readonly [Localized, Localized];
  /** Multiplier of the quotient: 1000 for CPM. */
  readonly scale?: number;
}

/** The compute function of a ratio KPI: numerator ÷ denominator × scale, errors as values. */
export function ratioOf({ labels: [numeratorLabel, denominatorLabel], scale = 1 }: RatioOptions) {
  return (numerator: number, denominator: number): KpiResult => {
    const value = ratio(numerator, denominator, numeratorLabel, denominatorLabel);
    return scale === 1 || isKpiError(value) ? value : value * scale;
  };
}

/**
 * The registry entry of a KPI that is one amount divided by another — most of the catalogue — so
 * each such KPI states only what differs: names, help texts, unit and scale.
 */
export function ratioKpi(
  spec: RatioSpec,
  compute: (numerator: number, denominator: number) => KpiResult
): KpiDefinition {
  return {
    id: spec.id,
    name: { en: spec.id, fr: spec.frenchName },
    description: spec.description,
    params: [spec.numerator, spec.denominator],
    unit: spec.unit,
    compute,
    nativeFormula: ([numerator = "0", denominator = "0"]) =>
      nativeRatio(numerator, denominator, spec.scale),
    example: spec.example,
  };
}
