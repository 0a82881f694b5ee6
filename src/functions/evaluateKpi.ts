import type { ArgumentCell, KpiContext, KpiFunction, KpiParam } from "../domain/kpi/kpiDefinition";
import { kpiError, type KpiError, type KpiResult } from "../domain/kpi/kpiError";
import type { Language, Localized } from "../domain/common/language";
import { basicValue, type BasicValue, type CellError, type CellInput } from "./basicValue";
import { toExcelError } from "./toExcelError";
import { BLANK, toNumber } from "./toNumber";
import { toText } from "./toText";

export type CellOutput = number | string | CustomFunctions.Error;

/** A custom-function argument: Excel passes every `any[][]` argument as rows × columns, `null` when omitted. */
export type Cells = CellInput[][] | null;

interface Shape {
  readonly rows: number;
  readonly columns: number;
}

/** One argument read element by element (row-major), with blanks and errors set apart. */
interface ElementArgument {
  readonly param: KpiParam;
  readonly values: Float64Array | string[];
  readonly blank: Uint8Array;
  readonly errors: Map<number, KpiError | CellError>;
}

type Argument =
  | { readonly kind: "element"; readonly argument: ElementArgument }
  | { readonly kind: "constant"; readonly value: unknown };

const shapeOf = (cells: readonly (readonly unknown[])[]): Shape => ({
  rows: cells.length,
  columns: cells[0]?.length ?? 0,
});
const isSingle = ({ rows, columns }: Shape) => rows === 1 && columns === 1;
const invalid = (message: Localized, language: Language): CellOutput[][] => [
  [toExcelError(kpiError("INVALID_ARGUMENT", message), language)],
];

/**
 * Runs a KPI over its arguments as docs/functions.md tells users: element arguments of one shape
 * combine cell by cell, a single value broadcasts, another shape is `#VALUE!`; range arguments are
 * taken whole; summed arguments are totalled over the dimensions the element arguments do not
 * span. An element whose inputs are all empty is `""`, so a formula over a table column with blank
 * rows stays blank; otherwise an empty input counts as 0 (or the argument's default), as in Excel.
 * A data type counts by its basic value; an error value in an input is the result of the elements
 * it feeds, and only of those.
 *
 * @example
 * evaluateKpi(kpiFunctions.CTR, [[[34], [0]], [[1000]]], context) //=> [[0.034], [0]]
 */
export function evaluateKpi(
  definition: KpiFunction,
  args: readonly Cells[],
  context: KpiContext
): CellOutput[][] {
  const params = definition.params;
  let shape: Shape = { rows: 1, columns: 1 };
  for (const [index, param] of params.entries()) {
    const cells = args[index];
    if (param.shape !== "element" || !cells) continue;
    const current = shapeOf(cells);
    if (isSingle(current)) continue;
    if (!isSingle(shape) && (shape.rows !== current.rows || shape.columns !== current.columns)) {
      const [before, now] = [shape, current].map(({ rows, columns }) => `${rows}×${columns}`);
      return invalid(
        {
          en: `Ranges must have the same shape or be single values (got ${before} and ${now}).`,
          fr: `Les plages doivent avoir la même forme ou être des valeurs uniques (reçu ${before} et ${now}).`,
        },
        context.language
      );
    }
    shape = current;
  }

  const [first, second] = args;
  if (first && second && params.length === 2 && params.every(isRequiredNumber)) {
    return evaluatePair(definition.compute as PairCompute, first, second, shape, context);
  }

  const size = shape.rows * shape.columns;
  const prepared: Argument[] = [];
  for (const [index, param] of params.entries()) {
    const cells = args[index] ?? null;
    if (param.shape === "range") {
      const whole = cells ? readRange(cells) : param.optional ? undefined : [];
      // The whole range feeds every element, so an error in it is every element's result.
      if (!Array.isArray(whole) && whole !== undefined) {
        const error = toExcelError(whole, context.language);
        return Array.from({ length: shape.rows }, () =>
          new Array<CellOutput>(shape.columns).fill(error)
        );
      }
      prepared.push({ kind: "constant", value: whole });
    } else if (!cells) {
      prepared.push({ kind: "constant", value: blankValue(param, context) });
    } else if (param.shape === "summed") {
      const totals = sumToShape(cells, shape);
      if (!totals) {
        return invalid(
          {
            en: `${param.name.en} must line up with the other arguments' rows or columns, or be summed whole.`,
            fr: `${param.name.fr} doit suivre les lignes ou les colonnes des autres arguments, ou être additionné en entier.`,
          },
          context.language
        );
      }
      prepared.push({ kind: "element", argument: readElements(param, totals, shape, size) });
    } else {
      prepared.push({ kind: "element", argument: readElements(param, cells, shape, size) });
    }
  }

  const compute = definition.compute as (...args: unknown[]) => KpiResult<number | string>;
  const values = new Array<unknown>(prepared.length + 1);
  values[prepared.length] = context;
  const blankable = prepared.filter(
    (arg) => arg.kind === "element" && arg.argument.param.shape === "element"
  ).length;
  const result = new Array<CellOutput[]>(shape.rows);
  let element = 0;
  for (let row = 0; row < shape.rows; row++) {
    const out = new Array<CellOutput>(shape.columns);
    for (let column = 0; column < shape.columns; column++, element++) {
      out[column] = evaluateElement(compute, prepared, values, blankable, element, context);
    }
    result[row] = out;
  }
  return result;
}

type PairCompute = (a: number, b: number, context: KpiContext) => KpiResult<number | string>;

const isRequiredNumber = (param: KpiParam) =>
  param.shape === "element" && !param.optional && param.kind !== "text";

/**
 * The hot path for two required numbers — most of the catalogue, usually over whole table
 * columns: cells are read straight from Excel's arrays and only a cell that is not a number takes
 * the coercion detour. Measured by functions.engagement_rate_100k.ratio_vs_loop against a bare
 * division loop.
 */
function evaluatePair(
  compute: PairCompute,
  first: CellInput[][],
  second: CellInput[][],
  shape: Shape,
  context: KpiContext
): CellOutput[][] {
  const firstSingle = isSingle(shapeOf(first));
  const secondSingle = isSingle(shapeOf(second));
  const result = new Array<CellOutput[]>(shape.rows);
  for (let row = 0; row < shape.rows; row++) {
    const firstRow = first[firstSingle ? 0 : row];
    const secondRow = second[secondSingle ? 0 : row];
    const out = new Array<CellOutput>(shape.columns);
    for (let column = 0; column < shape.columns; column++) {
      const a = firstRow?.[firstSingle ? 0 : column];
      const b = secondRow?.[secondSingle ? 0 : column];
      const value =
        typeof a === "number" && typeof b === "number"
          ? compute(a, b, context)
          : computeCoerced(compute, a, b, context);
      out[column] = typeof value === "object" ? toExcelError(value, context.language) : value;
    }
    result[row] = out;
  }
  return result;
}

function computeCoerced(
  compute: PairCompute,
  a: CellInput | undefined,
  b: CellInput | undefined,
  context: KpiContext
): KpiResult<number | string> | CellError {
  const x = toNumber(a);
  const y = toNumber(b);
  if (x === BLANK && y === BLANK) return "";
  if (typeof x === "object") return x;
  if (typeof y === "object") return y;
  return compute(x === BLANK ? 0 : x, y === BLANK ? 0 : y, context);
}

function evaluateElement(
  compute: (...args: unknown[]) => KpiResult<number | string>,
  prepared: readonly Argument[],
  values: unknown[],
  blankable: number,
  element: number,
  context: KpiContext
): CellOutput {
  let blanks = 0;
  for (let index = 0; index < prepared.length; index++) {
    const arg = prepared[index] as Argument;
    if (arg.kind === "constant") {
      values[index] = arg.value;
      continue;
    }
    const { argument } = arg;
    if (argument.errors.size > 0) {
      const error = argument.errors.get(element);
      if (error) return toExcelError(error, context.language);
    }
    if (argument.blank[element] === 1) {
      blanks++;
      values[index] = blankValue(argument.param, context);
    } else {
      values[index] = argument.values[element];
    }
  }
  if (blankable > 0 && blanks === blankable) return "";
  const result = call(compute, values);
  return typeof result === "object" ? toExcelError(result, context.language) : result;
}

// A spread call allocates and defeats inlining; fixed arities keep the hot loop close to a bare
// division (measured by functions.engagement_rate_100k.ratio_vs_loop).
function call(
  compute: (...args: unknown[]) => KpiResult<number | string>,
  values: readonly unknown[]
) {
  switch (values.length) {
    case 2:
      return compute(values[0], values[1]);
    case 3:
      return compute(values[0], values[1], values[2]);
    case 4:
      return compute(values[0], values[1], values[2], values[3]);
    default:
      return compute(...values);
  }
}

function readElements(
  param: KpiParam,
  cells: readonly (readonly (CellInput | BasicValue)[])[],
  shape: Shape,
  size: number
): ElementArgument {
  const text = param.kind === "text";
  const argument: ElementArgument = {
    param,
    values: text ? new Array<string>(size).fill("") : new Float64Array(size),
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
      const value = typeof cell === "number" && !text ? cell : text ? toText(cell) : toNumber(cell);
      if (value === BLANK) argument.blank[element] = 1;
      else if (typeof value === "object") argument.errors.set(element, value);
      else argument.values[element] = value;
    }
  }
  return argument;
}

/** What an empty cell stands for: the argument's default, else 0 (numbers) or "" (text). */
function blankValue(param: KpiParam, context: KpiContext): unknown {
  if (param.optional) return defaultOf(param, context);
  return param.kind === "text" ? "" : 0;
}

function defaultOf(param: KpiParam, context: KpiContext): number | undefined {
  return typeof param.default === "function" ? param.default(context) : param.default;
}

/** A range argument's cells in row-major order, by their basic values; or the first error in it. */
function readRange(cells: CellInput[][]): ArgumentCell[] | CellError {
  const values: ArgumentCell[] = [];
  for (const row of cells) {
    for (const cell of row) {
      const value = basicValue(cell);
      if (typeof value === "object" && value !== null) return value;
      values.push(value);
    }
  }
  return values;
}

/**
 * Totals a summed argument down to the element shape, or undefined when the two cannot line up.
 * A total is an error when one of its cells is, as with SUM.
 */
function sumToShape(cells: CellInput[][], shape: Shape): (number | CellError)[][] | undefined {
  const own = shapeOf(cells);
  const sum = (list: readonly CellInput[]): number | CellError => {
    let total = 0;
    for (const cell of list) {
      const value = basicValue(cell);
      if (typeof value === "number") total += value;
      else if (typeof value === "object" && value !== null) return value;
    }
    return total;
  };
  // Totals are numbers even over blanks and text (SUM's rule), so a summed argument is never blank.
  if (isSingle(shape) || isSingle(own)) return [[sum(cells.flat())]];
  if (own.rows === shape.rows && own.columns === shape.columns)
    return cells.map((row) => row.map((cell) => sum([cell])));
  if (shape.columns === 1 && own.rows === shape.rows) return cells.map((row) => [sum(row)]);
  if (shape.rows === 1 && own.columns === shape.columns) {
    return [
      Array.from({ length: own.columns }, (_, column) =>
        sum(cells.map((row) => row[column] ?? null))
      ),
    ];
  }
  return undefined;
}
