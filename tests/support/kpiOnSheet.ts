// A KPI evaluated two ways on the same cells, for the tests that compare a custom function with
// its native formula: the inputs laid out on a sheet (ranges down their own column) for a
// spreadsheet engine, and the same inputs passed to the custom function as Excel passes them.
import type { RawCellContent } from "hyperformula";
import type { ArgumentCell, KpiDefinition } from "../../src/domain/kpi/kpiDefinition";
import { evaluateKpi, type Cells } from "../../src/functions/evaluateKpi";
import { kpiContext } from "../../src/functions/kpiContext";
import type { KpiInput } from "./kpiArbitraries";

const columnName = (index: number) => String.fromCharCode(65 + index);

/** The inputs laid out one per column from row 1, and the reference of each (undefined when omitted). */
export function layOut(inputs: readonly KpiInput[]): {
  sheet: RawCellContent[][];
  refs: (string | undefined)[];
} {
  const sheet: RawCellContent[][] = [[]];
  const refs = inputs.map((input, index) => {
    if (input === undefined) return undefined;
    const cells = Array.isArray(input) ? (input as ArgumentCell[]) : [input as ArgumentCell];
    cells.forEach((cell, row) => {
      sheet[row] ??= [];
      sheet[row][index] = cell;
    });
    const column = columnName(index);
    return Array.isArray(input) ? `${column}1:${column}${cells.length}` : `${column}1`;
  });
  return { sheet, refs };
}

/** A HyperFormula cell value as the tests compare it: errors as their codes ("#DIV/0!"). */
export function plainValue(value: unknown): unknown {
  return typeof value === "object" && value !== null && "value" in value ? value.value : value;
}

/** The custom function's result for one element, errors as their codes. */
export function evaluateCustom(definition: KpiDefinition, inputs: readonly KpiInput[]): unknown {
  const args: Cells[] = inputs.map((input) =>
    input === undefined
      ? null
      : Array.isArray(input)
        ? (input as ArgumentCell[]).map((cell) => [cell])
        : [[input as ArgumentCell]]
  );
  const [[result]] = evaluateKpi(definition, args, kpiContext()) as [[unknown]];
  return result instanceof CustomFunctions.Error ? result.code : result;
}
