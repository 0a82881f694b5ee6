// Excel.Range and its format objects. A range proxy resolves, at sync time, to a sheet and a
// rectangle; reads and writes go through the model with Excel's coercion (values.ts) and its
// shape rules (2-D arrays must match the range; `null` leaves a cell unchanged).
import type { Rect } from "./address";
import {
  boundingRect,
  checkedRect,
  columnCount,
  formatAddress,
  intersect,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  rowCount,
} from "./address";
import { ClientObject, defineProperties } from "./batch";
import { HorizontalAlignment, VerticalAlignment } from "./enums";
import { invalidArgument, StandInError } from "./errors";
import { ConditionalFormatCollectionProxy } from "./formats";
import type { FormatProps, SheetModel, WorkbookModel } from "./model";
import { displayText } from "./numberFormat";
import type { OfficeNames } from "./officeNames";
import { afterRangeWrite } from "./table";
import { DataValidationProxy } from "./validation";
import { WorksheetProxy } from "./worksheet";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

const ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
]);

function eachCell(rect: Rect, fn: (row: number, col: number, i: number, j: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) fn(r, c, r - rect.top, c - rect.left);
  }
}

function grid<V>(t: RangeTarget, cell: (row: number, col: number) => V): V[][] {
  const rows: V[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const line: V[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) line.push(cell(r, c));
    rows.push(line);
  }
  return rows;
}

/** office.js accepts a 2-D array of the range's shape, or one value for every cell. */
function checkShape(t: RangeTarget, input: unknown): (row: number, col: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = input as unknown[];
  const ok =
    rows.length === rowCount(t.rect) &&
    rows.every((line) => Array.isArray(line) && line.length === columnCount(t.rect));
  if (!ok) {
    throw invalidArgument(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  }
  return (i, j) => (rows[i] as unknown[])[j];
}

function writeCells(wb: WorkbookModel, t: RangeTarget, input: unknown): void {
  const at = checkShape(t, input);
  eachCell(t.rect, (r, c, i, j) => {
    const v = at(i, j);
    if (v !== null) wb.writeInput(t.sheet, r, c, v);
  });
  afterRangeWrite(wb, t.sheet, t.rect);
}

function writeNumberFormats(wb: WorkbookModel, t: RangeTarget, input: unknown): void {
  const at = checkShape(t, input);
  eachCell(t.rect, (r, c, i, j) => {
    const v = at(i, j);
    if (v === null) return;
    if (typeof v !== "string") throw invalidArgument("Number formats must be strings.");
    wb.setCellNumberFormat(t.sheet, r, c, v);
  });
}

function valueType(wb: WorkbookModel, sheet: SheetModel, row: number, col: number): string {
  const v = wb.valueAt(sheet, row, col);
  if (v === "" && wb.cell(sheet, row, col)?.formula === undefined) return "Empty";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "number") return "Double";
  return wb.cell(sheet, row, col)?.formula !== undefined && ERRORS.has(v) ? "Error" : "String";
}

/** Excel reports a format property as null when the cells of the range disagree. */
function uniformFormat<K extends keyof FormatProps>(
  wb: WorkbookModel,
  t: RangeTarget,
  key: K
): FormatProps[K] | null {
  const first = wb.formatAt(t.sheet, t.rect.top, t.rect.left)[key];
  const bottom = Math.min(t.rect.bottom, t.rect.top + 99);
  const right = Math.min(t.rect.right, t.rect.left + 99);
  for (let r = t.rect.top; r <= bottom; r++) {
    for (let c = t.rect.left; c <= right; c++) {
      if (wb.formatAt(t.sheet, r, c)[key] !== first) return null;
    }
  }
  return first;
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
};

export function checkColor(value: unknown): string {
  if (typeof value === "string") {
    if (/^#[0-9a-f]{6}$/i.test(value)) return value.toUpperCase();
    const named = NAMED_COLORS[value.toLowerCase()];
    if (named) return named;
  }
  throw invalidArgument(`'${String(value)}' is not a valid color.`);
}

function oneOf(allowed: Record<string, string>, value: unknown, what: string): string {
  if (typeof value === "string" && Object.values(allowed).includes(value)) return value;
  throw invalidArgument(`'${String(value)}' is not a valid ${what}.`);
}

function checkNumber(value: unknown, what: string, min = 0): number {
  if (typeof value === "number" && Number.isFinite(value) && value >= min) return value;
  throw invalidArgument(`'${String(value)}' is not a valid ${what}.`);
}

const wbOf = (obj: ClientObject): WorkbookModel => obj.context._model;

/** Resolves a Range-or-address argument against the sheet of `t`. */
export function rangeArgument(arg: unknown, t: RangeTarget): RangeTarget {
  if (arg instanceof RangeProxy) {
    const other = arg._resolve();
    if (other === null) throw invalidArgument("The range argument is a null object.");
    return other;
  }
  if (typeof arg === "string") {
    const parsed = parseAddress(arg);
    return { sheet: t.sheet, rect: parsed.rect };
  }
  throw invalidArgument("Expected a Range or an address.");
}

export class RangeProxy
  extends ClientObject<RangeTarget>
  implements
    OfficeNames<
      Excel.Range,
      | "format"
      | "worksheet"
      | "conditionalFormats"
      | "dataValidation"
      | "getCell"
      | "getResizedRange"
      | "getOffsetRange"
      | "getRowsBelow"
      | "getRowsAbove"
      | "getColumnsAfter"
      | "getColumnsBefore"
      | "getEntireColumn"
      | "getEntireRow"
      | "getRow"
      | "getColumn"
      | "getLastRow"
      | "getLastColumn"
      | "getLastCell"
      | "getBoundingRect"
      | "getIntersection"
      | "getIntersectionOrNullObject"
      | "getUsedRange"
      | "getUsedRangeOrNullObject"
      | "clear"
      | "delete"
      | "insert"
      | "select"
    >
{
  readonly _typeName = "Range";

  private derive(
    name: string,
    args: unknown[],
    rect: (t: RangeTarget) => Rect | null,
    orNull = false
  ): RangeProxy {
    return new RangeProxy(
      this.context,
      this,
      name,
      args,
      (p) => {
        const t = p as RangeTarget;
        const r = rect(t);
        return r === null ? null : { sheet: t.sheet, rect: checkedRect(r) };
      },
      { orNull }
    );
  }

  get format(): RangeFormatProxy {
    return this._child(
      "format",
      () => new RangeFormatProxy(this.context, this, "format", [], (p) => p as RangeTarget)
    );
  }

  get worksheet(): WorksheetProxy {
    return this._child(
      "worksheet",
      () => new WorksheetProxy(this.context, this, "worksheet", [], (p) => (p as RangeTarget).sheet)
    );
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this._child(
      "conditionalFormats",
      () =>
        new ConditionalFormatCollectionProxy(
          this.context,
          this,
          "conditionalFormats",
          [],
          (p) => p as RangeTarget
        )
    );
  }

  get dataValidation(): DataValidationProxy {
    return this._child(
      "dataValidation",
      () =>
        new DataValidationProxy(this.context, this, "dataValidation", [], (p) => p as RangeTarget)
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive("getCell", [row, column], ({ rect }) => ({
      top: rect.top + row,
      left: rect.left + column,
      bottom: rect.top + row,
      right: rect.left + column,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], ({ rect }) => ({
      ...rect,
      bottom: rect.bottom + deltaRows,
      right: rect.right + deltaColumns,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], ({ rect }) => ({
      top: rect.top + rowOffset,
      bottom: rect.bottom + rowOffset,
      left: rect.left + columnOffset,
      right: rect.right + columnOffset,
    }));
  }

  getRowsBelow(count = 1): RangeProxy {
    return this.derive("getRowsBelow", [count], ({ rect }) => ({
      ...rect,
      top: rect.bottom + 1,
      bottom: rect.bottom + count,
    }));
  }

  getRowsAbove(count = 1): RangeProxy {
    return this.derive("getRowsAbove", [count], ({ rect }) => ({
      ...rect,
      top: rect.top - count,
      bottom: rect.top - 1,
    }));
  }

  getColumnsAfter(count = 1): RangeProxy {
    return this.derive("getColumnsAfter", [count], ({ rect }) => ({
      ...rect,
      left: rect.right + 1,
      right: rect.right + count,
    }));
  }

  getColumnsBefore(count = 1): RangeProxy {
    return this.derive("getColumnsBefore", [count], ({ rect }) => ({
      ...rect,
      left: rect.left - count,
      right: rect.left - 1,
    }));
  }

  getEntireColumn(): RangeProxy {
    return this.derive("getEntireColumn", [], ({ rect }) => ({
      ...rect,
      top: 0,
      bottom: MAX_ROWS - 1,
    }));
  }

  getEntireRow(): RangeProxy {
    return this.derive("getEntireRow", [], ({ rect }) => ({
      ...rect,
      left: 0,
      right: MAX_COLUMNS - 1,
    }));
  }

  getRow(row: number): RangeProxy {
    return this.derive("getRow", [row], ({ rect }) => ({
      ...rect,
      top: rect.top + row,
      bottom: rect.top + row,
    }));
  }

  getColumn(column: number): RangeProxy {
    return this.derive("getColumn", [column], ({ rect }) => ({
      ...rect,
      left: rect.left + column,
      right: rect.left + column,
    }));
  }

  getLastRow(): RangeProxy {
    return this.derive("getLastRow", [], ({ rect }) => ({ ...rect, top: rect.bottom }));
  }

  getLastColumn(): RangeProxy {
    return this.derive("getLastColumn", [], ({ rect }) => ({ ...rect, left: rect.right }));
  }

  getLastCell(): RangeProxy {
    return this.derive("getLastCell", [], ({ rect }) => ({
      ...rect,
      top: rect.bottom,
      left: rect.right,
    }));
  }

  getBoundingRect(anotherRange: unknown): RangeProxy {
    return this.derive("getBoundingRect", [anotherRange], (t) =>
      boundingRect(t.rect, rangeArgument(anotherRange, t).rect)
    );
  }

  getIntersection(anotherRange: unknown): RangeProxy {
    return this.derive("getIntersection", [anotherRange], (t) => {
      const r = intersect(t.rect, rangeArgument(anotherRange, t).rect);
      if (!r) throw new StandInError("ItemNotFound", "The ranges do not intersect.");
      return r;
    });
  }

  getIntersectionOrNullObject(anotherRange: unknown): RangeProxy {
    return this.derive(
      "getIntersectionOrNullObject",
      [anotherRange],
      (t) => intersect(t.rect, rangeArgument(anotherRange, t).rect) ?? null,
      true
    );
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.derive("getUsedRange", [valuesOnly], (t) => {
      const used = wbOf(this).usedRect(t.sheet, valuesOnly === true);
      const r = used ? intersect(used, t.rect) : undefined;
      return r ?? { top: t.rect.top, left: t.rect.left, bottom: t.rect.top, right: t.rect.left };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.derive(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (t) => {
        const used = wbOf(this).usedRect(t.sheet, valuesOnly === true);
        return (used && intersect(used, t.rect)) ?? null;
      },
      true
    );
  }

  clear(applyTo?: string): void {
    const mode = applyTo ?? "All";
    this._enqueue("Method", "clear", [mode], (t) => {
      if (
        !["All", "Contents", "Formats", "Hyperlinks", "RemoveHyperlinks", "ResetContents"].includes(
          mode
        )
      ) {
        throw invalidArgument(`'${mode}' is not a valid ClearApplyTo value.`);
      }
      wbOf(this).clear(t.sheet, t.rect, mode === "ResetContents" ? "Contents" : mode);
    });
  }

  /** Only vertical shifts (rows) are modelled: "Up" for delete, "Down" for insert. */
  delete(shift: string): void {
    this._enqueue("Method", "delete", [shift], (t) => {
      if (shift !== "Up")
        throw new StandInError("NotImplemented", "The stand-in only deletes with shift 'Up'.");
      wbOf(this).shiftRows(
        t.sheet,
        t.rect.bottom + 1,
        t.rect.left,
        t.rect.right,
        -rowCount(t.rect)
      );
    });
  }

  insert(shift: string): RangeProxy {
    const result = new RangeProxy(this.context, this, "insert", [shift], () => {
      throw new StandInError("InvalidObjectPath", "The inserted range does not exist yet.");
    });
    return this._enqueueCreate("insert", [shift], result, (t) => {
      if (shift !== "Down")
        throw new StandInError("NotImplemented", "The stand-in only inserts with shift 'Down'.");
      wbOf(this).shiftRows(t.sheet, t.rect.top, t.rect.left, t.rect.right, rowCount(t.rect));
      return t;
    });
  }

  select(): void {
    this._enqueue("Method", "select", [], () => undefined);
  }
}

defineProperties<Excel.Range, RangeTarget>(RangeProxy, {
  address: { read: (t) => formatAddress(t.sheet.name, t.rect) },
  addressLocal: { read: (t) => formatAddress(t.sheet.name, t.rect) },
  rowCount: { read: (t) => rowCount(t.rect) },
  columnCount: { read: (t) => columnCount(t.rect) },
  cellCount: { read: (t) => rowCount(t.rect) * columnCount(t.rect) },
  rowIndex: { read: (t) => t.rect.top },
  columnIndex: { read: (t) => t.rect.left },
  isEntireColumn: { read: (t) => t.rect.top === 0 && t.rect.bottom === MAX_ROWS - 1 },
  isEntireRow: { read: (t) => t.rect.left === 0 && t.rect.right === MAX_COLUMNS - 1 },
  values: {
    read: (t) => grid(t, (r, c) => wbOfTarget(t).valueAt(t.sheet, r, c)),
    write: (t, v) => writeCells(wbOfTarget(t), t, v),
  },
  formulas: {
    read: (t) => grid(t, (r, c) => wbOfTarget(t).formulaAt(t.sheet, r, c)),
    write: (t, v) => writeCells(wbOfTarget(t), t, v),
  },
  numberFormat: {
    read: (t) => grid(t, (r, c) => wbOfTarget(t).formatAt(t.sheet, r, c).numberFormat),
    write: (t, v) => writeNumberFormats(wbOfTarget(t), t, v),
  },
  text: {
    read: (t) => {
      const wb = wbOfTarget(t);
      return grid(t, (r, c) =>
        displayText(wb.valueAt(t.sheet, r, c), wb.formatAt(t.sheet, r, c).numberFormat)
      );
    },
  },
  valueTypes: { read: (t) => grid(t, (r, c) => valueType(wbOfTarget(t), t.sheet, r, c)) },
});

const wbOfTarget = (t: RangeTarget): WorkbookModel => t.sheet.workbook;

export class RangeFormatProxy
  extends ClientObject<RangeTarget>
  implements OfficeNames<Excel.RangeFormat, "font" | "fill" | "autofitColumns" | "autofitRows">
{
  readonly _typeName = "RangeFormat";

  get font(): RangeFontProxy {
    return this._child(
      "font",
      () => new RangeFontProxy(this.context, this, "font", [], (p) => p as RangeTarget)
    );
  }

  get fill(): RangeFillProxy {
    return this._child(
      "fill",
      () => new RangeFillProxy(this.context, this, "fill", [], (p) => p as RangeTarget)
    );
  }

  autofitColumns(): void {
    this._enqueue("Method", "autofitColumns", [], (t) =>
      t.sheet.autofits.push({ address: formatAddress(t.sheet.name, t.rect), kind: "columns" })
    );
  }

  autofitRows(): void {
    this._enqueue("Method", "autofitRows", [], (t) =>
      t.sheet.autofits.push({ address: formatAddress(t.sheet.name, t.rect), kind: "rows" })
    );
  }
}

function formatProperty<K extends keyof FormatProps>(
  key: K,
  check: (v: unknown) => FormatProps[K],
  area: (r: Rect) => Rect = (r) => r
) {
  return {
    read: (t: RangeTarget) => uniformFormat(wbOfTarget(t), t, key),
    write: (t: RangeTarget, v: unknown) =>
      wbOfTarget(t).applyFormat(t.sheet, area(t.rect), { [key]: check(v) }),
  };
}

const checkBoolean = (v: unknown): boolean => {
  if (typeof v !== "boolean") throw invalidArgument(`'${String(v)}' is not a boolean.`);
  return v;
};

defineProperties<Excel.RangeFormat, RangeTarget>(RangeFormatProxy, {
  columnWidth: formatProperty(
    "columnWidth",
    (v) => checkNumber(v, "column width"),
    (r) => ({ ...r, top: 0, bottom: MAX_ROWS - 1 })
  ),
  rowHeight: formatProperty(
    "rowHeight",
    (v) => checkNumber(v, "row height"),
    (r) => ({ ...r, left: 0, right: MAX_COLUMNS - 1 })
  ),
  horizontalAlignment: formatProperty("horizontalAlignment", (v) =>
    oneOf(HorizontalAlignment, v, "horizontal alignment")
  ),
  verticalAlignment: formatProperty("verticalAlignment", (v) =>
    oneOf(VerticalAlignment, v, "vertical alignment")
  ),
  wrapText: formatProperty("wrapText", checkBoolean),
});

export class RangeFontProxy extends ClientObject<RangeTarget> {
  readonly _typeName = "RangeFont";
}

defineProperties<Excel.RangeFont, RangeTarget>(RangeFontProxy, {
  bold: formatProperty("bold", checkBoolean),
  italic: formatProperty("italic", checkBoolean),
  color: formatProperty("fontColor", checkColor),
  size: formatProperty("fontSize", (v) => checkNumber(v, "font size", 1)),
  name: formatProperty("fontName", (v) => {
    if (typeof v !== "string" || v === "")
      throw invalidArgument("Font names are non-empty strings.");
    return v;
  }),
  underline: formatProperty("underline", (v) => String(v)),
});

export class RangeFillProxy
  extends ClientObject<RangeTarget>
  implements OfficeNames<Excel.RangeFill, "clear">
{
  readonly _typeName = "RangeFill";

  clear(): void {
    this._enqueue("Method", "clear", [], (t) =>
      wbOfTarget(t).applyFormat(t.sheet, t.rect, { fillColor: "#FFFFFF" })
    );
  }
}

defineProperties<Excel.RangeFill, RangeTarget>(RangeFillProxy, {
  color: formatProperty("fillColor", checkColor),
});
