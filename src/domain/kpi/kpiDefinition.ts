import type { KpiResult } from "./kpiError";

export type Language = "en" | "fr";

/** A text in every language the add-in speaks. */
export type Localized = Readonly<Record<Language, string>>;

/** What an argument holds; the task pane and the docs use it to explain what to pass. */
export type KpiParamKind = "count" | "money" | "fraction" | "number" | "score" | "date" | "text";

export interface KpiParam {
  /** The argument's name in the English metadata; `name.en` must equal it. */
  readonly id: string;
  readonly name: Localized;
  readonly description: Localized;
  readonly kind: KpiParamKind;
  readonly optional?: true;
}

/** How the result should be formatted: a fraction is a rate shown with a percent format. */
export type KpiUnit = "fraction" | "ratio" | "money" | "count" | "number" | "date" | "text";

/**
 * Everything the add-in knows about one KPI, as data (HyperFormula's functions-as-metadata): the
 * custom function, the French metadata, the docs and "convert to native formulas" all read it.
 */
export interface KpiDefinition {
  /** The custom-function id, e.g. `CTR` for `=KPI.CTR`. Permanent once shipped: workbooks store it. */
  readonly id: string;
  /** The function's display name per language (`TAUX_ENGAGEMENT` in French). */
  readonly name: Localized;
  readonly description: Localized;
  readonly params: readonly KpiParam[];
  readonly unit: KpiUnit;
  /** The KPI on one element; arguments arrive in `params` order, blanks already handled. */
  readonly compute: (...args: number[]) => KpiResult;
  /**
   * The same KPI as a native en-US Excel formula over the given cell references, so a workbook
   * can drop the add-in and keep its numbers (same blanks, same errors).
   */
  readonly nativeFormula: (...refs: string[]) => string;
}
