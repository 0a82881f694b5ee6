import type { Language } from "../../domain/common/language";
import { foldText } from "../../domain/kpi/foldText";
import type { KpiDefinition } from "../../domain/kpi/kpiDefinition";

/**
 * Whether a function matches what the user typed in the search box: its name in either language
 * (someone who learnt `KPI.CTR` finds it in a French Excel) or its description in the user's
 * language, ignoring case, accents and the `KPI.` prefix. Every word must match.
 *
 * @example
 * matchesSearch(kpiRegistry.CTR, "taux clic", "en") //=> true
 */
export function matchesSearch(
  definition: KpiDefinition,
  query: string,
  language: Language
): boolean {
  const words = foldText(query.replace(/^\s*=?\s*KPI\./i, ""))
    .split(/[\s_]+/)
    .filter(Boolean);
  const haystack = foldText(
    [definition.name.en, definition.name.fr, definition.description[language]].join(" ")
  ).replace(/_/g, " ");
  return words.every((word) => haystack.includes(word));
}
