import type { KpiReference, NativeKpiReference } from "../kpiDefinition";
import { nativeRatio } from "./nativeRatio";

interface RatioReferenceSpec extends Omit<KpiReference, "nativeFormula"> {
  /** Multiplier of the quotient: 1000 for CPM. */
  readonly scale?: number;
}

/**
 * The reference of a KPI that is one amount divided by another (see ../ratioOf.ts), so each such
 * KPI states only what differs: names, help texts, unit and scale.
 */
export function ratioReference({ scale, ...reference }: RatioReferenceSpec): NativeKpiReference {
  return {
    ...reference,
    nativeFormula: ([numerator = "0", denominator = "0"]) =>
      nativeRatio(numerator, denominator, scale),
  };
}
