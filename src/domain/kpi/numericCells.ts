import type { ArgumentCell } from "./kpiDefinition";

/**
 * The numbers of a range, as Excel's COUNT and AVERAGE see them: text, booleans and blanks are
 * skipped, so a survey column with a "n/a" or an empty answer still counts the real scores.
 *
 * @example
 * numericCells([5, "n/a", null, 4]) //=> [5, 4]
 */
export function numericCells(cells: readonly ArgumentCell[]): number[] {
  return cells.filter((cell): cell is number => typeof cell === "number");
}
