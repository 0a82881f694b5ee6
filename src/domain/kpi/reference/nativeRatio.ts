import { blankIfAllEmpty, numErrorIfNegative } from "../../common/nativeFormula";

/**
 * The native formula of `ratio` (../ratio.ts): blank when both cells are empty, `#NUM!` for a
 * negative amount, `#DIV/0!` for a zero base, and the quotient times `scale` otherwise.
 *
 * @example
 * nativeRatio("B2", "C2") //=> '=IF(AND(B2="",C2=""),"",IF(MIN(B2,C2)<0,SQRT(-1),B2/C2))'
 */
export function nativeRatio(numerator: string, denominator: string, scale = 1): string {
  const quotient =
    scale === 1 ? `${numerator}/${denominator}` : `${numerator}/${denominator}*${scale}`;
  const amounts = [numerator, denominator];
  return `=${blankIfAllEmpty(amounts, numErrorIfNegative(amounts, quotient))}`;
}
