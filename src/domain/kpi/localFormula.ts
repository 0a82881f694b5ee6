import {
  FRENCH_CONSTANTS,
  FRENCH_FUNCTION_NAMES,
  FRENCH_TABLE_ITEMS,
} from "../common/frenchFunctionNames";
import type { Language } from "../common/language";
import { skipAtom } from "./formulaText";
import { definitionOf } from "./toNativeFormula";

const IDENTIFIER = /[A-Za-z_\\][A-Za-z0-9_.\\]*/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?/iy;
const ERROR_VALUE = /#(?:N\/A|[A-Z]+(?:\/0)?[!?])/iy;
const KPI_NAME = /^((?:_xll\.)?KPI\.)(.+)$/i;

/** A function's name as a French Excel shows it; a name it does not know stays as written. */
function frenchFunctionName(name: string): string {
  const kpi = KPI_NAME.exec(name);
  if (kpi?.[1] && kpi[2]) {
    const definition = definitionOf(name);
    return definition ? `${kpi[1].replace(/KPI\.$/i, "KPI.")}${definition.name.fr}` : name;
  }
  return FRENCH_FUNCTION_NAMES[name.toUpperCase()] ?? name;
}

/**
 * A structured reference in French: `[#This Row]` and its kind translated, and the commas between
 * its bracketed specifiers made `;`. A comma inside a column name (`T[Clicks, all]`) is the name's.
 */
function frenchTableReference(reference: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < reference.length; i++) {
    const char = reference[i] ?? "";
    if (char === "'") {
      out += reference.slice(i, i + 2);
      i++;
    } else if (char === "[") {
      depth++;
      const item = /#[A-Za-z ]+(?=\])/y;
      item.lastIndex = i + 1;
      const match = item.exec(reference);
      const french = match && FRENCH_TABLE_ITEMS[match[0].toUpperCase()];
      out += french ? `[${french}` : "[";
      if (match && french) i += match[0].length;
    } else if (char === "]") {
      depth--;
      out += char;
    } else if (char === "," && depth === 1 && out.trimEnd().endsWith("]")) {
      out += ";";
    } else {
      out += char;
    }
  }
  return out;
}

/**
 * The text of a formula, or of an array constant's inside, in French. Commas separate arguments
 * and unions (`;` in French) or, inside an array constant, columns (`.` in French, whose rows stay
 * `;`).
 */
function frenchText(text: string, inArray: boolean): string {
  let out = "";
  for (let i = 0; i < text.length;) {
    const char = text[i] ?? "";
    if (char === '"' || char === "'" || char === "[" || char === "{") {
      const end = skipAtom(text, i);
      if (end < 0) return out + text.slice(i);
      const atom = text.slice(i, end);
      out +=
        char === "["
          ? frenchTableReference(atom)
          : char === "{"
            ? `{${frenchText(atom.slice(1, -1), true)}}`
            : atom;
      i = end;
      continue;
    }
    if (char === ",") {
      out += inArray ? "." : ";";
      i++;
      continue;
    }
    ERROR_VALUE.lastIndex = i;
    const error = char === "#" ? ERROR_VALUE.exec(text) : null;
    if (error) {
      out += FRENCH_CONSTANTS[error[0].toUpperCase()] ?? error[0];
      i += error[0].length;
      continue;
    }
    IDENTIFIER.lastIndex = i;
    const identifier = IDENTIFIER.exec(text);
    if (identifier) {
      const name = identifier[0];
      out +=
        text[i + name.length] === "("
          ? frenchFunctionName(name)
          : (FRENCH_CONSTANTS[name.toUpperCase()] ?? name);
      i += name.length;
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      out += number[0].replace(".", ",");
      i += number[0].length;
      continue;
    }
    out += char;
    i++;
  }
  return out;
}

/**
 * An en-US formula (as Excel stores it and `range.formulas` takes it) as the user types it in their
 * Excel: unchanged in English; in French, the functions' French names (`KPI.TAUX_CLIC`, `SI`,
 * `SOMME.SI.ENS`), `;` between arguments, decimal commas, `VRAI`/`FAUX`, French error values and
 * structured-reference items. Strings, quoted sheet names and column names are left as written.
 *
 * @example
 * localFormula('=IF(KPI.CTR(B2,C2)>0.05,"high, very","low")', "fr")
 * //=> '=SI(KPI.TAUX_CLIC(B2;C2)>0,05;"high, very";"low")'
 * localFormula("=KPI.CSAT({5;4;3;5;2})", "fr") //=> "=KPI.CSAT({5;4;3;5;2})"
 * localFormula("=SUM(Posts[[#This Row],[Likes]:[Shares]])", "fr")
 * //=> "=SOMME(Posts[[#Cette ligne];[Likes]:[Shares]])"
 */
export function localFormula(formula: string, language: Language): string {
  return language === "en" ? formula : frenchText(formula, false);
}

/**
 * A function's name as the user's Excel shows it, for naming a call outside a formula.
 *
 * @example
 * localFunctionName("KPI.CTR", "fr") //=> "KPI.TAUX_CLIC"
 */
export function localFunctionName(name: string, language: Language): string {
  return language === "en" ? name : frenchFunctionName(name);
}
