import type { Language, Localized } from "../common/language";
import type { KpiResult } from "./kpiError";

/**
 * One cell of a custom-function argument as Excel hands it over: a number, a text, a boolean,
 * or nothing.
 */
export type ArgumentCell = number | string | boolean | null;

/** What a KPI may need besides its arguments: the date and the user's language. */
export interface KpiContext {
  /** Today as an Excel serial date (local time), for arguments that default to today. */
  readonly today: number;
  readonly language: Language;
}

/** What an argument holds; it decides how a cell is read and how the docs explain it. */
export type KpiParamKind = "count" | "money" | "number" | "score" | "date" | "text";

/**
 * How an argument meets the others:
 * - `element`: one value per element; ranges of one shape combine cell by cell, a single value broadcasts;
 * - `range`: the whole range is one input (the scores of a survey, the texts to search);
 * - `summed`: summed over the dimensions the element arguments do not span (competitors' mentions
 *   in columns beside the brand's column).
 */
export type KpiParamShape = "element" | "range" | "summed";

export interface KpiParam {
  /** The argument's name in the English metadata; `name.en` equals it. */
  readonly id: string;
  /** The argument's name per language, as Excel shows it and as error messages call it. */
  readonly name: Localized;
  readonly kind: KpiParamKind;
  readonly shape: KpiParamShape;
  readonly optional?: true;
  /** The value of an omitted or empty optional argument; without one the KPI receives `undefined`. */
  readonly default?: number | ((context: KpiContext) => number);
}

/**
 * A KPI as the custom functions run it, and nothing more: functions.js bundles every one of them,
 * so what users read about a KPI lives apart, in its {@link KpiReference}.
 */
export interface KpiFunction {
  /** The custom-function id, e.g. `CTR` for `=KPI.CTR`. Permanent once shipped: workbooks store it. */
  readonly id: string;
  readonly params: readonly KpiParam[];
  /**
   * The KPI on one element. Arguments arrive in `params` order — numbers for element and summed
   * arguments (texts for `text` ones), flat arrays of cells for range arguments, `undefined` for an
   * omitted optional without default — followed by the {@link KpiContext}.
   */
  readonly compute: (...args: never[]) => KpiResult<number | string>;
}

/** How the result should be formatted: a fraction is a rate shown with a percent format. */
export type KpiUnit =
  "fraction" | "ratio" | "money" | "count" | "number" | "score" | "date" | "text";

/**
 * What the add-in tells users about a KPI and how Excel writes it without the add-in: the French
 * metadata, the help page, the task pane's Functions tab, the docs and "convert to native formulas"
 * read it; the custom functions never do.
 */
export interface KpiReference {
  /** The function's name in a French Excel (`TAUX_ENGAGEMENT`); in English it is the id. */
  readonly frenchName: string;
  readonly description: Localized;
  /** The one-line help Excel shows while the user types each argument, keyed by the argument's id. */
  readonly params: Readonly<Record<string, Localized>>;
  readonly unit: KpiUnit;
  /** True when an omitted argument means "today", so Excel must recalculate it every day. */
  readonly volatile?: true;
  /**
   * The same KPI as a native en-US Excel formula over the given cell references (one per param;
   * omitted optionals are `undefined`), so a workbook can drop the add-in and keep its numbers —
   * same blanks, same errors. Labels it writes are in `language`. Absent where Excel has no
   * equivalent (accent-insensitive text matching, sentiment).
   */
  readonly nativeFormula?: (refs: readonly (string | undefined)[], language: Language) => string;
  /** One worked example for the docs: the arguments as typed in a formula, and the result shown. */
  readonly example: { readonly formula: string; readonly result: string };
}

/** A KPI that Excel can express: its native formula is there, so templates can nest it. */
export type NativeKpiReference = KpiReference & Required<Pick<KpiReference, "nativeFormula">>;

/** An argument with its help text. */
export interface DocumentedKpiParam extends KpiParam {
  readonly description: Localized;
}

/**
 * Everything the add-in knows about one KPI, as data (HyperFormula's functions-as-metadata): its
 * {@link KpiFunction} and its {@link KpiReference} joined, with its name in every language.
 */
export interface KpiDefinition extends KpiFunction, Omit<KpiReference, "frenchName" | "params"> {
  /** The function's display name per language (`TAUX_ENGAGEMENT` in French). */
  readonly name: Localized;
  readonly params: readonly DocumentedKpiParam[];
}
