// SORTBY for the stand-in's HyperFormula, which has SORT (one key) but not SORTBY (several keys).
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";

type Cell = SimpleRangeValue["data"][number][number];
// HyperFormula exports no type for a call's syntax tree or the interpreter's state: take them
// from the method every plugin calls (an indexed access type may name a protected member).
type Run = FunctionPlugin["runFunction"];
type Call = { readonly args: Parameters<Run>[0] };
type State = Parameters<Run>[1];

/**
 * SORTBY(array, by_array1, [sort_order1], [by_array2, sort_order2], …) as Microsoft's "SORTBY
 * function" page describes it: the rows of `array` (its columns when the by_arrays are rows)
 * sorted by each by_array in turn, 1 ascending (the default), -1 descending. A by_array that is
 * not one row high or one column wide, or not as long as `array`, and a sort order other than 1
 * or -1, give #VALUE!. Values compare as HyperFormula's SORT compares them, empty cells last;
 * rows equal on every key keep their order. An error in `array` or a by_array is the result.
 */
class SortByPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    SORTBY: {
      method: "sortBy",
      sizeOfResultArrayMethod: "sortBySize",
      enableArrayArithmeticForArguments: true,
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 1, emptyAsDefault: true },
      ],
      repeatLastArgs: 2,
      vectorizationForbidden: true,
    },
  };

  sortBy(ast: Call, state: State): ReturnType<Run> {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("SORTBY"),
      (array: SimpleRangeValue, ...keys: (SimpleRangeValue | number | undefined)[]) => {
        const value = new CellError(ErrorType.VALUE);
        const byRows: SimpleRangeValue[] = [];
        const orders: number[] = [];
        for (let i = 0; i < keys.length; i += 2) {
          const by = keys[i];
          const order = keys[i + 1] ?? 1;
          if (!(by instanceof SimpleRangeValue) || (order !== 1 && order !== -1)) return value;
          byRows.push(by);
          orders.push(order);
        }
        const first = byRows[0];
        if (!first) return value;
        // The first key says whether rows or columns are sorted; every key must agree.
        const alongRows = first.width() === 1 && first.height() === array.height();
        const length = alongRows ? array.height() : array.width();
        const fits = (by: SimpleRangeValue) =>
          alongRows
            ? by.width() === 1 && by.height() === length
            : by.height() === 1 && by.width() === length;
        if (!byRows.every(fits)) return value;
        for (const cell of [array, ...byRows].flatMap((range) => range.data.flat())) {
          if (cell instanceof CellError) return cell;
        }
        const keyValues = byRows.map((by) => by.data.flat());
        const compare = (a: number, b: number): number => {
          for (const [k, values] of keyValues.entries()) {
            const order = orders[k] ?? 1;
            const x = values[a] as Cell;
            const y = values[b] as Cell;
            if (x === EmptyValue || y === EmptyValue) {
              if (x !== y) return x === EmptyValue ? 1 : -1;
              continue;
            }
            const [left, right] = [x, y] as Parameters<typeof this.arithmeticHelper.lt>;
            if (this.arithmeticHelper.lt(left, right)) return -order;
            if (this.arithmeticHelper.gt(left, right)) return order;
          }
          return 0;
        };
        // Array.prototype.sort is stable: rows equal on every key keep their order.
        const positions = Array.from({ length }, (_, i) => i).sort(compare);
        const data = array.data;
        const sorted = alongRows
          ? positions.map((i) => data[i] ?? [])
          : data.map((row) => positions.map((i) => row[i] as Cell));
        return SimpleRangeValue.onlyValues(sorted);
      }
    );
  }

  /** The result has the shape of `array`. */
  sortBySize(ast: Call, state: State): ArraySize {
    const [array] = ast.args;
    if (array === undefined) return ArraySize.error();
    const size = this.arraySizeForAst(array, state);
    // A fresh size: the array's own may be flagged a reference, which would not spill.
    return new ArraySize(size.width, size.height);
  }
}

HyperFormula.registerFunctionPlugin(SortByPlugin, { enGB: { SORTBY: "SORTBY" } });
