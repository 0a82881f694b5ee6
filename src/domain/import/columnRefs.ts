import { FIELD_TYPES } from "./fields";
import { type HeaderIndex, headerIndexOf } from "./headers";
import { cellText, type ColumnRef, type RowCell, type TableLayout } from "./layout";
import type { RecordKind } from "./schema";
import type { ExportCell } from "./values";

// A layout names its columns by reference (a header, its nth repeat, a pattern, a sum, a
// difference…); bound to one header row, a reference reads the cells of every row below it.

/** A column reference bound to positions in one header row. */
export type Bound =
  | { readonly type: "cell"; readonly index: number; readonly name: string }
  | { readonly type: "sum"; readonly parts: readonly Bound[] }
  | { readonly type: "diff"; readonly parts: readonly [Bound, Bound] }
  | { readonly type: "product"; readonly parts: readonly [Bound, Bound] }
  | { readonly type: "first"; readonly parts: readonly Bound[] }
  | { readonly type: "join"; readonly parts: readonly Bound[] }
  | {
      readonly type: "capture";
      readonly index: number;
      readonly name: string;
      readonly pattern: RegExp;
    };

export function bind(ref: ColumnRef, header: HeaderIndex): Bound | null {
  if (typeof ref === "string") {
    const index = header.find(ref);
    return index === -1 ? null : { type: "cell", index, name: header.names[index] ?? ref };
  }
  if ("sum" in ref || "first" in ref || "join" in ref) {
    const refs = "sum" in ref ? ref.sum : "first" in ref ? ref.first : ref.join;
    const parts = refs.map((part) => bind(part, header)).filter((part) => part !== null);
    if (parts.length === 0) return null;
    const type = "sum" in ref ? "sum" : "first" in ref ? "first" : "join";
    return { type, parts };
  }
  if ("diff" in ref || "product" in ref) {
    const [first, second] = "diff" in ref ? ref.diff : ref.product;
    const [a, b] = [bind(first, header), bind(second, header)];
    if (!a || !b) return null;
    return "diff" in ref ? { type: "diff", parts: [a, b] } : { type: "product", parts: [a, b] };
  }
  if ("match" in ref) {
    const index = header.matching((key) => ref.match.test(key))[0];
    return index === undefined ? null : { type: "cell", index, name: header.names[index] ?? "" };
  }
  const index = header.find(ref.header, "nth" in ref ? ref.nth : 1);
  if (index === -1) return null;
  const name = header.names[index] ?? ref.header;
  return "capture" in ref
    ? { type: "capture", index, name, pattern: ref.capture }
    : { type: "cell", index, name };
}

/** The cells a bound reference reads. */
function cellsOf(bound: Bound): number[] {
  return bound.type === "cell" || bound.type === "capture"
    ? [bound.index]
    : bound.parts.flatMap(cellsOf);
}

/** Binds each field of a layout to the first of its column references the header has. */
export function bindColumns<K extends RecordKind>(
  layout: TableLayout<K>,
  header: HeaderIndex
): Map<string, Bound> {
  const columns = layout.columns as Readonly<Record<string, readonly ColumnRef[] | undefined>>;
  const bindings = new Map<string, Bound>();
  for (const field of Object.keys(FIELD_TYPES[layout.kind])) {
    for (const ref of columns[field] ?? []) {
      const bound = bind(ref, header);
      if (bound) {
        bindings.set(field, bound);
        break;
      }
    }
  }
  return bindings;
}

/**
 * The columns a layout reads in a header: its bound fields, the first column (totals rows say
 * `Total` there) and its `keepColumns`.
 */
export function columnsUsed<K extends RecordKind>(
  layout: TableLayout<K>,
  names: readonly string[]
): boolean[] {
  const header = headerIndexOf(names);
  const keep = names.map(() => false);
  keep[0] = true;
  for (const bound of bindColumns(layout, header).values())
    for (const cell of cellsOf(bound)) keep[cell] = true;
  for (const name of layout.keepColumns ?? []) {
    const index = header.find(name);
    if (index !== -1) keep[index] = true;
  }
  return keep;
}

export function nameOf(bound: Bound): string {
  return bound.type === "cell" || bound.type === "capture" ? bound.name : nameOf(bound.parts[0]);
}

/** The raw text a reference points at in a row ("" when absent). */
export function rawText(bound: Bound, row: readonly RowCell[]): string {
  switch (bound.type) {
    case "cell":
      return cellText(row[bound.index]);
    case "capture":
      return bound.pattern.exec(cellText(row[bound.index]))?.[1] ?? "";
    case "join": {
      const texts = bound.parts.map((part) => rawText(part, row));
      return texts.every((text) => text === "") ? "" : texts.join(" / ");
    }
    case "first":
      for (const part of bound.parts) {
        const text = rawText(part, row);
        if (text !== "") return text;
      }
      return "";
    default:
      return rawText(bound.parts[0], row);
  }
}

/**
 * Reads cells of a bound reference as numbers (sums and differences of columns included); `read`
 * gets each cell as the row holds it, a count already read as a number included.
 */
export function readNumeric(
  bound: Bound,
  row: readonly RowCell[],
  read: (cell: RowCell) => ExportCell
): ExportCell {
  if (bound.type === "sum") {
    let total: number | null = null;
    for (const part of bound.parts) {
      const value = readNumeric(part, row, read);
      if (value === undefined) return undefined;
      if (typeof value === "number") total = (total ?? 0) + value;
    }
    return total;
  }
  if (bound.type === "diff" || bound.type === "product") {
    const a = readNumeric(bound.parts[0], row, read);
    const b = readNumeric(bound.parts[1], row, read);
    if (a === undefined || b === undefined) return undefined;
    if (typeof a !== "number" || typeof b !== "number") return null;
    // A product recovers a total from an average (GA4's engagement time per session × sessions).
    return bound.type === "diff" ? a - b : Number((a * b).toPrecision(12));
  }
  return bound.type === "cell" ? read(row[bound.index] ?? "") : read(rawText(bound, row));
}
