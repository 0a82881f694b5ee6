/**
 * The idioms native Excel formulas are written with, so that every formula that stands in for a
 * custom function gives the same blanks and the same errors. The formulas are en-US: Excel
 * translates function names and separators when it shows them, never when it stores them.
 */

/** `#NUM!`: Excel has no NUM() function, and `SQRT(-1)` is its shortest spelling. */
export const NUM_ERROR = "SQRT(-1)";

/** `#DIV/0!`, for a quotient without a base (no numeric score to average). */
export const DIV_ZERO_ERROR = "1/0";

/** `#N/A`, for a value that cannot be known yet. */
export const NA_ERROR = "NA()";

/**
 * `#VALUE!`: text times one. The text names what is wrong, for whoever reads the formula.
 *
 * @example
 * valueError("deadline") //=> '"deadline"*1'
 */
export function valueError(reason: string): string {
  return `${textLiteral(reason)}*1`;
}

/**
 * A text constant in a formula, its quotes doubled as Excel wants.
 *
 * @example
 * textLiteral("On track") //=> '"On track"'
 */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Blank when every one of `refs` is empty, else `formula`: a KPI over a table column with blank
 * rows stays blank, like the custom function.
 *
 * @example
 * blankIfAllEmpty(["B2", "C2"], "B2/C2") //=> 'IF(AND(B2="",C2=""),"",B2/C2)'
 * blankIfAllEmpty(["B2"], "B2*2") //=> 'IF(B2="","",B2*2)'
 */
export function blankIfAllEmpty(refs: readonly string[], formula: string): string {
  const empty = refs.map((ref) => `${ref}=""`);
  const test = empty.length === 1 ? (empty[0] ?? "") : `AND(${empty.join(",")})`;
  return `IF(${test},"",${formula})`;
}

/**
 * `#NUM!` when any of `values` (references or expressions) is negative, else `formula`: counts and
 * amounts cannot be negative.
 *
 * @example
 * numErrorIfNegative(["B2", "C2"], "B2/C2") //=> "IF(MIN(B2,C2)<0,SQRT(-1),B2/C2)"
 */
export function numErrorIfNegative(values: readonly string[], formula: string): string {
  return `IF(MIN(${values.join(",")})<0,${NUM_ERROR},${formula})`;
}
