import type { KpiDefinition } from "../domain/kpi/kpiDefinition";
import type { KpiError } from "../domain/kpi/kpiError";
import { toExcelError } from "./toExcelError";
import { BLANK, toNumber, type CellInput } from "./toNumber";

export type CellOutput = number | string | CustomFunctions.Error;

/** A custom-function argument: Excel passes every `any[][]` argument as rows × columns. */
export type Cells = CellInput[][] | null;

interface Shape {
  readonly rows: number;
  readonly columns: number;
}

/** One argument read as numbers, element by element (row-major), with blanks and errors set apart. */
interface NumericArgument {
  readonly values: Float64Array;
  readonly blank: Uint8Array;
  readonly errors: Map<number, KpiError>;
}

const shapeOf = (cells: CellInput[][]): Shape => ({
  rows: cells.length,
  columns: cells[0]?.length ?? 0,
});
const isSingle = ({ rows, columns }: Shape) => rows === 1 && columns === 1;

/**
 * Runs a KPI element by element over its arguments (DESIGN.md §3.4): ranges of one shape combine
 * cell by cell, a single value broadcasts, another shape is `#VALUE!`. An element whose inputs are
 * all empty is `""` so a formula over a table column with blank rows stays blank; otherwise an
 * empty input counts as 0, as in Excel's arithmetic.
 *
 * @example
 * evaluateKpi(kpiRegistry.CTR, [[[34], [0]], [[1000]]]) //=> [[0.034], [0]]
 */
export function evaluateKpi(definition: KpiDefinition, args: readonly Cells[]): CellOutput[][] {
  const inputs = args.map((cells) => cells ?? [[null]]);
  let shape: Shape = { rows: 1, columns: 1 };
  for (const cells of inputs) {
    const current = shapeOf(cells);
    if (isSingle(current)) continue;
    if (!isSingle(shape) && (shape.rows !== current.rows || shape.columns !== current.columns)) {
      const message = `Ranges must have the same shape or be single values (got ${shape.rows}×${shape.columns} and ${current.rows}×${current.columns}).`;
      return [[new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message)]];
    }
    shape = current;
  }

  // Each argument is coerced in one tight pass, then the KPI runs over plain numbers: this loop
  // covers whole table columns and is measured against a bare division loop in `npm run bench`.
  const size = shape.rows * shape.columns;
  const numeric = inputs.map((cells) => toNumericArgument(cells, shape, size));
  const values = new Array<number>(numeric.length);
  const result = new Array<CellOutput[]>(shape.rows);
  let element = 0;
  for (let row = 0; row < shape.rows; row++) {
    const out = new Array<CellOutput>(shape.columns);
    for (let column = 0; column < shape.columns; column++, element++) {
      out[column] = evaluateElement(definition, numeric, values, element);
    }
    result[row] = out;
  }
  return result;
}

function toNumericArgument(cells: CellInput[][], shape: Shape, size: number): NumericArgument {
  const argument: NumericArgument = {
    values: new Float64Array(size),
    blank: new Uint8Array(size),
    errors: new Map(),
  };
  const single = isSingle(shapeOf(cells));
  let element = 0;
  for (let row = 0; row < shape.rows; row++) {
    const cellsRow = single ? cells[0] : cells[row];
    for (let column = 0; column < shape.columns; column++, element++) {
      const cell = cellsRow?.[single ? 0 : column];
      // Numbers are nearly every cell of a KPI column: skip the coercion call for them.
      const value = typeof cell === "number" ? cell : toNumber(cell);
      if (typeof value === "number") argument.values[element] = value;
      else if (value === BLANK) argument.blank[element] = 1;
      else argument.errors.set(element, value);
    }
  }
  return argument;
}

function evaluateElement(
  definition: KpiDefinition,
  numeric: readonly NumericArgument[],
  values: number[],
  element: number
): CellOutput {
  let blanks = 0;
  for (let index = 0; index < numeric.length; index++) {
    const argument = numeric[index] as NumericArgument;
    if (argument.errors.size > 0) {
      const error = argument.errors.get(element);
      if (error) return toExcelError(error);
    }
    blanks += argument.blank[element] as number;
    values[index] = argument.values[element] as number;
  }
  if (blanks === numeric.length) return "";
  const result = compute(definition, values);
  return typeof result === "number" ? result : toExcelError(result);
}

// A spread call allocates and defeats inlining; fixed arities keep the hot loop close to a bare
// division (measured by functions.engagement_rate_100k.ratio_vs_loop).
function compute(definition: KpiDefinition, values: readonly number[]) {
  const fn = definition.compute;
  switch (values.length) {
    case 1:
      return fn(values[0] as number);
    case 2:
      return fn(values[0] as number, values[1] as number);
    case 3:
      return fn(values[0] as number, values[1] as number, values[2] as number);
    default:
      return fn(...values);
  }
}
