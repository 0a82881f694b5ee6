import type {
  ArgumentCell,
  KpiContext,
  KpiDefinition,
  KpiParam,
} from "../domain/kpi/kpiDefinition";
import { kpiError, type KpiError, type KpiResult } from "../domain/kpi/kpiError";
import type { Language, Localized } from "../domain/shared/language";
import { toExcelError } from "./toExcelError";
import { BLANK, toNumber } from "./toNumber";
import { toText } from "./toText";

export type CellOutput = number | string | CustomFunctions.Error;

/** A custom-function argument: Excel passes every `any[][]` argument as rows × columns, `null` when omitted. */
export type Cells = ArgumentCell[][] | null;

interface Shape {
  readonly rows: number;
  readonly columns: number;
}

/** One argument read element by element (row-major), with blanks and errors set apart. */
interface ElementArgument {
  readonly param: KpiParam;
  readonly values: Float64Array | string[];
  readonly blank: Uint8Array;
  readonly errors: Map<number, KpiError>;
}

type Argument =
  | { readonly kind: "element"; readonly argument: ElementArgument }
  | { readonly kind: "constant"; readonly value: unknown };

const shapeOf = (cells: ArgumentCell[][]): Shape => ({
  rows: cells.length,
  columns: cells[0]?.length ?? 0,
});
const isSingle = ({ rows, columns }: Shape) => rows === 1 && columns === 1;
const invalid = (message: Localized, language: Language): CellOutput[][] => [
  [toExcelError(kpiError("INVALID_ARGUMENT", message), language)],
];

/**
 * Runs a KPI over its arguments as DESIGN.md §3.4 says: element arguments of one shape combine
 * cell by cell, a single value broadcasts, another shape is `#VALUE!`; range arguments are taken
 * whole; summed arguments are totalled over the dimensions the element arguments do not span. An
 * element whose inputs are all empty is `""`, so a formula over a table column with blank rows
 * stays blank; otherwise an empty input counts as 0 (or the argument's default), as in Excel.
 *
 * @example
 * evaluateKpi(kpiRegistry.CTR, [[[34], [0]], [[1000]]], context) //=> [[0.034], [0]]
 */
export function evaluateKpi(
  definition: KpiDefinition,
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
      prepared.push({
        kind: "constant",
        value: cells ? cells.flat() : param.optional ? undefined : [],
      });
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
  first: ArgumentCell[][],
  second: ArgumentCell[][],
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
  a: ArgumentCell | undefined,
  b: ArgumentCell | undefined,
  context: KpiContext
): KpiResult<number | string> {
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
  cells: ArgumentCell[][],
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

/** Totals a summed argument down to the element shape, or undefined when the two cannot line up. */
function sumToShape(cells: ArgumentCell[][], shape: Shape): ArgumentCell[][] | undefined {
  const own = shapeOf(cells);
  const sum = (list: readonly ArgumentCell[]) =>
    list.reduce<number>((total, cell) => (typeof cell === "number" ? total + cell : total), 0);
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
