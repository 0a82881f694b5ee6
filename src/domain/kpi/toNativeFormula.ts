import { callArguments, skipAtom, topLevelOperands, wholeCall } from "./formulaText";
import type { KpiDefinition } from "./kpiDefinition";
import type { Language } from "../common/language";
import { type KpiId, kpiRegistry } from "./registry";

/** Why a `KPI.` call was left as it is. Codes are stable: the task pane translates them. */
export type NotConvertedCode =
  /** Excel has no equivalent (accent-insensitive matching, sentiment): MENTIONS, SENTIMENT. */
  | "NO_NATIVE_FORMULA"
  /** `KPI.` and a name the add-in does not know, in English or French. */
  | "UNKNOWN_FUNCTION"
  /** More arguments than the function takes, or a required one missing. */
  | "WRONG_ARGUMENT_COUNT"
  /** A whole-range argument (survey scores) given as a value or an array: the native formula counts cells of a range. */
  | "RANGE_ARGUMENT_NOT_A_REFERENCE"
  /** A summed argument beside a range of elements: its per-row sums have no native spelling. */
  | "SUMMED_ARGUMENT_BESIDE_RANGE"
  /** The formula's parentheses, quotes or brackets do not close. */
  | "UNBALANCED_FORMULA";

export interface ConvertedCall {
  readonly id: KpiId;
  /**
   * True when an argument is a range of elements, so the native formula maps over it with
   * `MAP(…, LAMBDA(…))` to spill as the custom function did: Excel 365 or 2024 needed.
   */
  readonly maps: boolean;
}

export interface NotConvertedCall {
  /** The function as written, e.g. `KPI.SENTIMENT`. */
  readonly name: string;
  readonly code: NotConvertedCode;
  readonly message: string;
}

/** A formula with its `KPI.` calls rewritten, and what was and was not. */
export interface NativeConversion {
  readonly formula: string;
  readonly converted: readonly ConvertedCall[];
  readonly notConverted: readonly NotConvertedCall[];
}

/** A `KPI.` call where an identifier may start; `_xll.` is how some hosts prefix add-in functions. */
const KPI_CALL = /(?:_xll\.)?KPI\.([A-Za-z_][A-Za-z0-9_.]*)\s*\(/iy;
const IDENTIFIER_CHAR = /[A-Za-z0-9_.\\]/;

const LITERAL = /^(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?%?|"(?:[^"]|"")*"|TRUE|FALSE)$/i;
const SHEET = String.raw`(?:(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const SINGLE_CELL = new RegExp(`^${SHEET}${CELL}$`);
const AREA = new RegExp(
  `^${SHEET}(?:${CELL}:${CELL}|\\$?[A-Za-z]{1,3}:\\$?[A-Za-z]{1,3}|\\$?\\d+:\\$?\\d+)$`
);
const STRUCTURED = /^(?:[A-Za-z_\\][\w.\\]*)?\[.*\]$/s;
/** `[@Clicks]`, `Posts[@[Link Clicks]]`, `Posts[[#This Row],[Clicks]]`: one cell unless it spans columns. */
const THIS_ROW = /^(?:[A-Za-z_\\][\w.\\]*)?\[(?:@|\[#This Row\],)/i;
const NAME = /^[A-Za-z_\\][\w.\\]*$/;

/** Functions whose result is one value whatever their arguments. */
const SCALAR_FUNCTIONS = new Set([
  "SUM",
  "SUMPRODUCT",
  "COUNT",
  "COUNTA",
  "COUNTBLANK",
  "AVERAGE",
  "MEDIAN",
  "MIN",
  "MAX",
  "TODAY",
  "NOW",
  "ROWS",
  "COLUMNS",
]);

/** What an argument is, as far as the native formula cares. */
type Shape = "empty" | "scalar" | "reference" | "array";

const byName = new Map<string, KpiDefinition>(
  Object.values(kpiRegistry).flatMap((definition) => [
    [definition.name.en.toUpperCase(), definition],
    [definition.name.fr.toUpperCase(), definition],
  ])
);

/** The definition of `KPI.<name>`, English or French, in any case. */
export const definitionOf = (name: string): KpiDefinition | undefined =>
  byName.get(name.replace(/^(?:_xll\.)?KPI\./i, "").toUpperCase());

const isReference = (text: string): boolean =>
  SINGLE_CELL.test(text) || AREA.test(text) || STRUCTURED.test(text) || NAME.test(text);

const isThisRowCell = (text: string): boolean => THIS_ROW.test(text) && !/\]\s*:\s*\[/.test(text);

const isSingleValue = (text: string): boolean =>
  LITERAL.test(text) || SINGLE_CELL.test(text) || isThisRowCell(text);

/** Whether a `KPI.` call gives one value: all its element arguments are single values. */
function callIsScalar(definition: KpiDefinition | undefined, args: readonly string[]): boolean {
  if (!definition) return false;
  return args.every((arg, index) => {
    const shape = shapeOf(arg);
    return definition.params[index]?.shape !== "element" || shape === "empty" || shape === "scalar";
  });
}

/** Whether an expression is one value, judged from its text alone; "no" when unsure. */
function isScalarExpression(text: string): boolean {
  const operands = topLevelOperands(text);
  if (!operands || operands.length === 0) return false;
  return operands.every((operand) => {
    const trimmed = operand.trim();
    if (trimmed.startsWith("(") && trimmed.endsWith(")")) {
      return shapeOf(trimmed.slice(1, -1)) === "scalar";
    }
    const call = wholeCall(trimmed);
    if (call) {
      if (/^(?:_xll\.)?KPI\./i.test(call.name)) {
        return callIsScalar(definitionOf(call.name), call.args);
      }
      return SCALAR_FUNCTIONS.has(call.name.toUpperCase());
    }
    return isSingleValue(trimmed);
  });
}

function shapeOf(arg: string): Shape {
  const text = arg.trim();
  if (text === "") return "empty";
  if (isSingleValue(text)) return "scalar";
  if (isReference(text)) return "reference";
  return isScalarExpression(text) ? "scalar" : "array";
}

/** An argument as an operand of the native formula: parenthesised unless it is one term. */
function operand(arg: string): string {
  const text = arg.trim();
  const operands = topLevelOperands(text);
  const single = operands?.length === 1 && operands[0] === text;
  return single ? text : `(${text})`;
}

class Conversion {
  readonly converted: ConvertedCall[] = [];
  readonly notConverted: NotConvertedCall[] = [];

  constructor(private readonly language: Language) {}

  /** The expression with every `KPI.` call it holds rewritten. */
  rewrite(text: string): string {
    let out = "";
    for (let i = 0; i < text.length;) {
      KPI_CALL.lastIndex = i;
      const match = IDENTIFIER_CHAR.test(text[i - 1] ?? "") ? null : KPI_CALL.exec(text);
      if (match) {
        const open = i + match[0].length - 1;
        const call = callArguments(text, open);
        const name = match[0].slice(0, -1).trim();
        if (!call) {
          this.skip(name, "UNBALANCED_FORMULA", "The call's parentheses or quotes do not close.");
          return out + text.slice(i);
        }
        const replacement = this.convertCall(name, call.args);
        // Inside a larger expression the native formula is one operand; alone it needs no parentheses.
        const alone = i === 0 && call.close === text.length - 1;
        out += alone ? replacement : operand(replacement);
        i = call.close + 1;
        continue;
      }
      const next = skipAtom(text, i);
      if (next < 0) {
        if (/KPI\./i.test(text.slice(i))) {
          this.skip(
            "KPI",
            "UNBALANCED_FORMULA",
            "A quote or bracket of the formula does not close."
          );
        }
        return out + text.slice(i);
      }
      out += text.slice(i, next);
      i = next;
    }
    return out;
  }

  private skip(name: string, code: NotConvertedCode, message: string): void {
    this.notConverted.push({ name, code, message });
  }

  /** One call: its native formula, or the call as written with its arguments rewritten. */
  private convertCall(name: string, args: readonly string[]): string {
    const rewritten = args.map((arg) => this.rewrite(arg));
    const unchanged = `${name}(${rewritten.join(",")})`;
    const definition = definitionOf(name);
    if (!definition) {
      this.skip(name, "UNKNOWN_FUNCTION", `${name} is not a function of the add-in.`);
      return unchanged;
    }
    const { nativeFormula, params } = definition;
    if (!nativeFormula) {
      this.skip(name, "NO_NATIVE_FORMULA", `Excel has no formula equivalent to ${name}.`);
      return unchanged;
    }
    const shapes = args.map(shapeOf);
    const missing = params.find(
      (param, i) => !param.optional && (shapes[i] ?? "empty") === "empty"
    );
    if (args.length > params.length || missing) {
      this.skip(
        name,
        "WRONG_ARGUMENT_COUNT",
        missing
          ? `${name} needs its argument ${missing.id}.`
          : `${name} takes at most ${params.length} arguments.`
      );
      return unchanged;
    }
    const notReference = params.find(
      (param, i) =>
        param.shape === "range" && shapes[i] !== "empty" && !isReference(args[i]?.trim() ?? "")
    );
    if (notReference) {
      this.skip(
        name,
        "RANGE_ARGUMENT_NOT_A_REFERENCE",
        `${name}'s argument ${notReference.id} must be a range of cells to have a native formula.`
      );
      return unchanged;
    }
    const mapped = params.flatMap((param, i) =>
      param.shape === "element" && (shapes[i] === "reference" || shapes[i] === "array") ? [i] : []
    );
    const summedRange = params.find(
      (param, i) => param.shape === "summed" && shapes[i] !== "empty" && shapes[i] !== "scalar"
    );
    if (mapped.length > 0 && summedRange) {
      this.skip(
        name,
        "SUMMED_ARGUMENT_BESIDE_RANGE",
        `${name} sums ${summedRange.id} per element of a range: Excel has no native equivalent.`
      );
      return unchanged;
    }
    const lambdaName = (i: number) => `kpi_arg${i + 1}`;
    const refs = params.map((_, i) => {
      if ((shapes[i] ?? "empty") === "empty") return undefined;
      return mapped.includes(i) ? lambdaName(i) : operand(rewritten[i] ?? "");
    });
    const body = nativeFormula(refs, this.language).replace(/^=/, "");
    this.converted.push({ id: definition.id as KpiId, maps: mapped.length > 0 });
    if (mapped.length === 0) return body;
    const arrays = mapped.map((i) => operand(rewritten[i] ?? ""));
    return `MAP(${arrays.join(",")},LAMBDA(${mapped.map(lambdaName).join(",")},${body}))`;
  }
}

/**
 * Rewrites a formula's `KPI.` calls into the native Excel formulas of the KPI registry, so the
 * workbook keeps its numbers without the add-in. Nested calls, calls inside larger expressions,
 * French names (`KPI.TAUX_CLIC`) and omitted optional arguments are handled. An argument that is a
 * range of elements (`KPI.CTR(B2:B100, C2:C100)`) is mapped with `MAP`/`LAMBDA`, which keeps the
 * spill. Calls Excel cannot express are left as written and reported with a code.
 *
 * @param formula - en-US formula text, as `range.formulas` gives it
 * @param language - the language of labels the native formulas write (goal statuses)
 *
 * @example
 * toNativeFormula("=KPI.CTR(B2,C2)").formula
 * //=> '=IF(AND(B2="",C2=""),"",IF(MIN(B2,C2)<0,SQRT(-1),B2/C2))'
 * toNativeFormula("=KPI.SENTIMENT(A2)").notConverted[0]?.code //=> "NO_NATIVE_FORMULA"
 */
export function toNativeFormula(formula: string, language: Language = "en"): NativeConversion {
  const conversion = new Conversion(language);
  const text = formula.startsWith("=") ? `=${conversion.rewrite(formula.slice(1))}` : formula;
  return {
    formula: text,
    converted: conversion.converted,
    notConverted: conversion.notConverted,
  };
}

/** Whether a formula calls the add-in's functions at all (cheap pre-check over many cells). */
export function mentionsKpiFunction(formula: string): boolean {
  return formula.startsWith("=") && /KPI\./i.test(formula);
}
