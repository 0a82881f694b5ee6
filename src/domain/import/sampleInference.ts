import { type Bound, rawText } from "./columnRefs";
import { type DateOrder, inferDateOrder } from "./dates";
import type { FieldType } from "./fields";
import type { DecimalSeparator, ShareScale } from "./numbers";
import { readNumber } from "./values";

/**
 * How to read all-numeric dates (`04/02/2024`), per date column, told by the data sampled at the
 * head of the table; a column without proof reads as `fallback`.
 */
export function inferDateOrders(
  steps: readonly { readonly type: FieldType; readonly bound: Bound | null }[],
  sample: readonly (readonly string[])[],
  fallback: DateOrder
): Map<Bound, DateOrder> {
  const dateOrders = new Map<Bound, DateOrder>();
  for (const step of steps) {
    if (step.bound && (step.type === "date" || step.type === "datetime")) {
      const bound = step.bound;
      dateOrders.set(
        bound,
        inferDateOrder(
          sample.map((row) => rawText(bound, row)),
          fallback
        )
      );
    }
  }
  return dateOrders;
}

/** Whether a column of shares holds percents (a value above 1 in the sample) or fractions. */
export function inferShareScale(
  shareBound: Bound | undefined,
  sample: readonly (readonly string[])[],
  decimal: DecimalSeparator
): ShareScale {
  return shareBound &&
    sample.some((row) => (readNumber(rawText(shareBound, row).replace("%", ""), decimal) ?? 0) > 1)
    ? "percent"
    : "fraction";
}
