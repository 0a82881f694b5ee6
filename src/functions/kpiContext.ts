import type { KpiContext } from "../domain/kpi/kpiDefinition";
import { dateToSerial } from "../domain/common/excelDate";
import { languageOf } from "../domain/common/language";

/**
 * Today (the user's local date, as Excel's TODAY() sees it) and the Office display language, for
 * arguments that default to today and labels shown in the user's language.
 */
export function kpiContext(now: Date = new Date()): KpiContext {
  // Office is absent where the functions run without a host (tests, the preview page).
  const displayLanguage =
    typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  return {
    today: dateToSerial(now.getFullYear(), now.getMonth() + 1, now.getDate()),
    language: languageOf(displayLanguage),
  };
}
