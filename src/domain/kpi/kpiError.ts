import type { Localized } from "../common/language";

/**
 * Why a KPI could not be computed. The codes are stable: the custom functions map them to Excel
 * errors (`functions/toExcelError.ts`) and the task pane shows their messages.
 */
export type KpiErrorCode =
  | "DIV_BY_ZERO"
  | "NEGATIVE_COUNT"
  | "NOT_A_NUMBER"
  | "OUT_OF_RANGE"
  | "INVALID_ARGUMENT"
  | "NOT_AVAILABLE";

export interface KpiError {
  readonly kind: "KpiError";
  readonly code: KpiErrorCode;
  /** In every language the add-in speaks: Excel shows it with `#VALUE!` and `#N/A`. */
  readonly message: Localized;
}

/** A KPI's value, or the reason it has none: errors are values, never exceptions. */
export type KpiResult<T = number> = T | KpiError;

/**
 * Builds a {@link KpiError}.
 *
 * @example
 * kpiError("DIV_BY_ZERO", { en: "There are no numeric scores.", fr: "Il n'y a aucune note numérique." })
 */
export function kpiError(code: KpiErrorCode, message: Localized): KpiError {
  return { kind: "KpiError", code, message };
}

/** Tells a {@link KpiError} from a value. */
export function isKpiError(value: unknown): value is KpiError {
  return typeof value === "object" && value !== null && (value as KpiError).kind === "KpiError";
}
