/**
 * A cell of a workbook table as `range.values` returns it: text, a number, a boolean, or `""`
 * when empty. Dates are numbers (serials) and formulas come back as their results.
 */
export type WorkbookCell = string | number | boolean;

/**
 * What the add-in writes to one cell: `null` leaves the cell as it is (Excel's rule for `null`
 * inside a 2-D `values` array), which is how user-typed cells in our tables survive a write.
 */
export type CellWrite = WorkbookCell | null;

/** Excel keeps 15 significant digits, so a number that went through a cell compares at that precision. */
export const excelPrecision = (n: number): number => Number(n.toPrecision(15));

/**
 * Whether two cell values are the same as far as Excel can tell: numbers at Excel's 15-digit
 * precision, everything else exactly.
 *
 * @example
 * sameCell(0.1 + 0.2, 0.3) //=> true
 * sameCell("=1", "=1 ") //=> false
 */
export function sameCell(a: WorkbookCell, b: WorkbookCell): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return a === b || excelPrecision(a) === excelPrecision(b);
  }
  return a === b;
}
