import type { Language } from "../common/language";
import { mentionsKpiFunction, type NotConvertedCode, toNativeFormula } from "./toNativeFormula";

/** A cell whose formula was rewritten. */
export interface ConvertedCell {
  /** The cell's A1 address, with its sheet. */
  readonly address: string;
  readonly before: string;
  readonly after: string;
  /** The native formula maps over ranges with `MAP`/`LAMBDA`: Excel 365 or 2024 needed. */
  readonly maps: boolean;
}

/** A `KPI.` call left in a cell, and why. */
export interface KeptCall {
  readonly address: string;
  readonly name: string;
  readonly code: NotConvertedCode;
  readonly message: string;
}

/** What "convert to native formulas" did: the task pane shows it, a test asserts it. */
export interface FormulaConversionReport {
  readonly converted: readonly ConvertedCell[];
  readonly kept: readonly KeptCall[];
}

/** A formula to write back: its cell's row and column within the range that was read. */
export interface FormulaChange {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

/** Where the range that was read starts, for the report's addresses. */
export interface RangeOrigin {
  readonly sheet: string;
  /** 0-based row and column of the range's top-left cell. */
  readonly row: number;
  readonly column: number;
}

/** `A`…`Z`, `AA`…: the letters of a 0-based column index. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A sheet name as a formula must write it: quoted, apostrophes doubled, unless it is a plain word. */
const sheetPrefix = (sheet: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;

/**
 * Plans the conversion of a block of cells as `range.formulas` returned it: the formulas to write
 * back (only cells that change, so values and text are never rewritten) and the report.
 *
 * @example
 * planFormulaConversion([["=KPI.CTR(B2,C2)", 5]], { sheet: "Data", row: 1, column: 0 }).changes
 * //=> [{ row: 0, column: 0, formula: '=IF(AND(B2="",C2=""),"",…)' }]
 */
export function planFormulaConversion(
  formulas: readonly (readonly unknown[])[],
  origin: RangeOrigin,
  language: Language = "en"
): { changes: FormulaChange[]; report: FormulaConversionReport } {
  const changes: FormulaChange[] = [];
  const converted: ConvertedCell[] = [];
  const kept: KeptCall[] = [];
  formulas.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      if (typeof cell !== "string" || !mentionsKpiFunction(cell)) return;
      const address = `${sheetPrefix(origin.sheet)}${columnLetters(origin.column + column)}${origin.row + row + 1}`;
      const conversion = toNativeFormula(cell, language);
      for (const call of conversion.notConverted) kept.push({ address, ...call });
      if (conversion.formula === cell) return;
      changes.push({ row, column, formula: conversion.formula });
      converted.push({
        address,
        before: cell,
        after: conversion.formula,
        maps: conversion.converted.some((call) => call.maps),
      });
    })
  );
  return { changes, report: { converted, kept } };
}
