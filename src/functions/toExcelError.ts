import type { KpiError } from "../domain/kpi/kpiError";
import type { Language, Localized } from "../domain/common/language";
import type { CellError } from "./basicValue";

/**
 * The one place that knows Excel's error values. Excel shows a custom message only with `#VALUE!`
 * and `#N/A` (custom-functions-errors docs), so the other codes drop it; the message is in the
 * user's Office display language. An error read from an argument comes back as itself.
 */
export function toExcelError(
  error: KpiError | CellError,
  language: Language
): CustomFunctions.Error {
  if (error.kind === "CellError") return fromCellError(error, language);
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

function fromCellError({ error, valueType }: CellError, language: Language): CustomFunctions.Error {
  switch (error) {
    case "#DIV/0!":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    case "#NUM!":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    case "#NULL!":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.nullReference);
    case "#N/A":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    case "#VALUE!": {
      if (valueType === undefined)
        return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue);
      const message: Localized = {
        en: `The cell holds a data type (${valueType}) that is neither a number nor a text.`,
        fr: `La cellule contient un type de données (${valueType}) qui n'est ni un nombre ni un texte.`,
      };
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message[language]);
    }
  }
  // #REF! and #NAME? are input-only codes for custom functions, and the newer errors (#SPILL!,
  // #CALC!, #BUSY!…) have none: #VALUE! says which error it stands for.
  const message: Localized = {
    en: `An argument holds the error ${error}.`,
    fr: `Un argument contient l'erreur ${error}.`,
  };
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message[language]);
}
