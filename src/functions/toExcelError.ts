import type { KpiError } from "../domain/kpi/kpiError";
import type { Language } from "../domain/shared/language";

/**
 * The one place that knows Excel's error values. Excel shows a custom message only with `#VALUE!`
 * and `#N/A` (custom-functions-errors docs), so the other codes drop it; the message is in the
 * user's Office display language.
 */
export function toExcelError(error: KpiError, language: Language): CustomFunctions.Error {
  switch (error.code) {
    case "DIV_BY_ZERO":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    case "NEGATIVE_COUNT":
    case "OUT_OF_RANGE":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    case "NOT_A_NUMBER":
    case "INVALID_ARGUMENT":
      return new CustomFunctions.Error(
        CustomFunctions.ErrorCode.invalidValue,
        error.message[language]
      );
    case "NOT_AVAILABLE":
      return new CustomFunctions.Error(
        CustomFunctions.ErrorCode.notAvailable,
        error.message[language]
      );
  }
}
