/**
 * Gives every cell of a range one number format in a single operation. The Excel API documents it
 * ("When setting number format to a range, the value argument can be either a single value
 * (string) or a two-dimensional array. If the argument is a single value, it will be applied to
 * all cells in the range": `Range.numberFormat`, ExcelApi 1.1) although the current typings only
 * declare the 2-D array. One string costs a few bytes where a 100,000-row array of formats would
 * cost more than a megabyte per column.
 */
export function setNumberFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}
