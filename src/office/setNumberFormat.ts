/**
 * Gives every cell of a range one number format in a single operation. office.js accepts a single
 * value for a whole range where its typings only declare the 2-D array (Microsoft's own samples
 * do it: `getRange("A1:C3").formulas = "=RAND()*17"` in OfficeDev/office-js-snippet-explorer,
 * excel-snippets/setFormulaInRange.js). One string costs a few bytes where a 100,000-row array
 * of formats would cost more than a megabyte per column.
 */
export function setNumberFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}
