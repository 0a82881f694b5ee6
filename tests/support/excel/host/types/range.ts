// Excel.Range: cells through the model with Excel's coercion (values.ts) and shape rules (a 2-D
// array of the range's shape or one value for all; `null` leaves a cell as it is), and the ranges
// derived from a range. Sources: the comments of Excel.Range in @types/office-js.
import type { Rect } from "../../address";
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
} from "../../address";
import { invalidArgument, itemNotFound, StandInError } from "../../errors";
import { fromR1C1, toR1C1 } from "../../formulaSyntax";
import type { SheetModel, WorkbookModel } from "../../model";
import { checkNumberFormat, displayText } from "../../numberFormat";
import type { CellContent } from "../../values";
import { ERROR_VALUES } from "../../values";
import { afterRangeWrite } from "../../tableModel";
import type { Args, HostObject } from "../typeHandler";
import { defineType, hostObject } from "../typeHandler";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

export const rangeObject = (sheet: SheetModel, rect: Rect): HostObject =>
  hostObject("Range", { sheet, rect: checkedRect(rect) });

const wbOf = (t: RangeTarget): WorkbookModel => t.sheet.workbook;

function eachCell(rect: Rect, fn: (row: number, col: number, i: number, j: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) fn(r, c, r - rect.top, c - rect.left);
  }
}

export function grid<V>(t: RangeTarget, cell: (row: number, col: number) => V): V[][] {
  const rows: V[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const line: V[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) line.push(cell(r, c));
    rows.push(line);
  }
  return rows;
}

/**
 * "If the specified value is a single value, it is applied to all cells; a 2-D array must match
 * the range's dimensions" (Range.values); a bare null for the whole property is refused.
 */
export function checkShape(
  t: RangeTarget,
  input: unknown,
  what: string
): (i: number, j: number) => unknown {
  if (input === null || input === undefined)
    throw invalidArgument(`Range.${what} cannot be set to null.`);
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

/** Every cell is interpreted (formulas checked) before any is written: a refused formula writes nothing. */
function writeCells(
  t: RangeTarget,
  input: unknown,
  what: string,
  convert: (v: unknown, row: number, col: number) => unknown = (v) => v
): void {
  const at = checkShape(t, input, what);
  const wb = wbOf(t);
  const contents: [number, number, CellContent][] = [];
  eachCell(t.rect, (r, c, i, j) => {
    const v = at(i, j);
    if (v !== null) contents.push([r, c, wb.interpretInput(t.sheet, r, c, convert(v, r, c))]);
  });
  for (const [r, c, content] of contents) wb.writeContent(t.sheet, r, c, content);
  afterRangeWrite(wb, t.sheet, t.rect);
}

/** "If a cell has no formula, its value is returned instead" (Range.formulasR1C1). */
const r1c1Input = (v: unknown, row: number, col: number): unknown =>
  typeof v === "string" && v.startsWith("=") && v.length > 1 ? fromR1C1(v, row, col) : v;

function writeNumberFormats(t: RangeTarget, input: unknown): void {
  const at = checkShape(t, input, "numberFormat");
  const wb = wbOf(t);
  const formats: [number, number, string][] = [];
  eachCell(t.rect, (r, c, i, j) => {
    const v = at(i, j);
    if (v === null) return;
    if (typeof v !== "string") throw invalidArgument("Number formats must be strings.");
    checkNumberFormat(v);
    formats.push([r, c, v]);
  });
  for (const [r, c, v] of formats) wb.setCellNumberFormat(t.sheet, r, c, v);
}

/** Spill areas over the range's cells: true if every cell is in one, false if none, else null. */
function hasSpill(t: RangeTarget): boolean | null {
  // Spill areas never overlap, so their intersections add up.
  const covered = wbOf(t)
    .engine.spillsIn(t.sheet, t.rect)
    .reduce((n, s) => {
      const r = intersect(s.rect, t.rect);
      return n + (r ? rowCount(r) * columnCount(r) : 0);
    }, 0);
  if (covered === 0) return false;
  return covered === rowCount(t.rect) * columnCount(t.rect) ? true : null;
}

function singleCell(t: RangeTarget, args: Args): void {
  if (rowCount(t.rect) !== 1 || columnCount(t.rect) !== 1) {
    throw invalidArgument(`${args.member} applies to a single cell.`);
  }
}

/** The spill a single anchor cell produces (getSpillingToRange). */
function spillOfAnchor(t: RangeTarget, args: Args): HostObject | null {
  singleCell(t, args);
  const spill = wbOf(t).engine.spillAt(t.sheet, t.rect.top, t.rect.left);
  const isAnchor = spill?.anchor.row === t.rect.top && spill.anchor.col === t.rect.left;
  return spill && isAnchor ? rangeObject(t.sheet, spill.rect) : null;
}

/** The anchor of the spill a single cell is in (getSpillParent). */
function spillParent(t: RangeTarget, args: Args): HostObject | null {
  singleCell(t, args);
  const spill = wbOf(t).engine.spillAt(t.sheet, t.rect.top, t.rect.left);
  if (!spill) return null;
  const { row, col } = spill.anchor;
  return rangeObject(t.sheet, { top: row, left: col, bottom: row, right: col });
}

const orNotFound =
  (find: (t: RangeTarget, args: Args) => HostObject | null, what: string) =>
  (t: RangeTarget, args: Args): HostObject => {
    const found = find(t, args);
    if (!found) throw itemNotFound(what);
    return found;
  };

function formulaR1C1At(t: RangeTarget, row: number, col: number): unknown {
  const f = wbOf(t).formulaAt(t.sheet, row, col);
  return typeof f === "string" && wbOf(t).cell(t.sheet, row, col)?.formula === f
    ? toR1C1(f, row, col)
    : f;
}

function valueType(wb: WorkbookModel, sheet: SheetModel, row: number, col: number): string {
  const v = wb.valueAt(sheet, row, col);
  if (v === "" && wb.cell(sheet, row, col)?.formula === undefined) return "Empty";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "number") return "Double";
  if (!ERROR_VALUES.includes(v)) return "String";
  const cell = wb.cell(sheet, row, col);
  const computed =
    cell?.formula !== undefined ||
    cell?.error === true ||
    wb.engine.spillAt(sheet, row, col) !== undefined;
  return computed ? "Error" : "String";
}

/** A Range argument, or an address on the same sheet ("Range or string" in the typings). */
export function rangeArgument(args: Args, i: number, t: RangeTarget): RangeTarget {
  const object = args.object(i);
  if (object) {
    if (object.type !== "Range") throw invalidArgument(`${args.member}: expected a Range.`);
    return object.target as RangeTarget;
  }
  const address = args.string(i, "the range");
  const parsed = parseAddress(address);
  return { sheet: t.sheet, rect: parsed.rect };
}

const derived =
  (rect: (t: RangeTarget, args: Args) => Rect) =>
  (t: RangeTarget, args: Args): HostObject =>
    rangeObject(t.sheet, rect(t, args));

const count = (args: Args): number => {
  const n = args.optionalInteger(0, "count", 1);
  if (n < 1) throw invalidArgument(`${args.member}: count must be at least 1.`);
  return n;
};

export const rangeType = defineType<Excel.Range, RangeTarget>({
  type: "Range",
  properties: {
    Address: { get: (t) => formatAddress(t.sheet.name, t.rect) },
    AddressLocal: { get: (t) => formatAddress(t.sheet.name, t.rect) },
    RowCount: { get: (t) => rowCount(t.rect) },
    ColumnCount: { get: (t) => columnCount(t.rect) },
    CellCount: { get: (t) => rowCount(t.rect) * columnCount(t.rect) },
    RowIndex: { get: (t) => t.rect.top },
    ColumnIndex: { get: (t) => t.rect.left },
    IsEntireColumn: { get: (t) => t.rect.top === 0 && t.rect.bottom === MAX_ROWS - 1 },
    IsEntireRow: { get: (t) => t.rect.left === 0 && t.rect.right === MAX_COLUMNS - 1 },
    Values: {
      get: (t) => grid(t, (r, c) => wbOf(t).valueAt(t.sheet, r, c)),
      set: (t, v) => writeCells(t, v, "values"),
    },
    Formulas: {
      get: (t) => grid(t, (r, c) => wbOf(t).formulaAt(t.sheet, r, c)),
      set: (t, v) => writeCells(t, v, "formulas"),
    },
    // The stand-in's workbook is en-US: local formulas and formats are the en-US ones ("the
    // English "=SUM(A1, 1.5)" formula would become "=SUMME(A1; 1,5)" in German", formulasLocal).
    FormulasLocal: {
      get: (t) => grid(t, (r, c) => wbOf(t).formulaAt(t.sheet, r, c)),
      set: (t, v) => writeCells(t, v, "formulasLocal"),
    },
    FormulasR1C1: {
      get: (t) => grid(t, (r, c) => formulaR1C1At(t, r, c)),
      set: (t, v) => writeCells(t, v, "formulasR1C1", r1c1Input),
    },
    NumberFormat: {
      get: (t) => grid(t, (r, c) => wbOf(t).formatAt(t.sheet, r, c).numberFormat),
      set: (t, v) => writeNumberFormats(t, v),
    },
    NumberFormatLocal: {
      get: (t) => grid(t, (r, c) => wbOf(t).formatAt(t.sheet, r, c).numberFormat),
      set: (t, v) => writeNumberFormats(t, v),
    },
    HasSpill: { get: (t) => hasSpill(t) },
    Text: {
      get: (t) => {
        const wb = wbOf(t);
        return grid(t, (r, c) =>
          displayText(wb.valueAt(t.sheet, r, c), wb.formatAt(t.sheet, r, c).numberFormat)
        );
      },
    },
    ValueTypes: { get: (t) => grid(t, (r, c) => valueType(wbOf(t), t.sheet, r, c)) },
  },
  navigation: {
    Format: (t) => hostObject("RangeFormat", t),
    Worksheet: (t) => hostObject("Worksheet", t.sheet),
    ConditionalFormats: (t) => hostObject("ConditionalFormatCollection", t),
    DataValidation: (t) => hostObject("DataValidation", t),
  },
  methods: {
    GetCell: derived(({ rect }, a) => {
      const row = rect.top + a.integer(0, "row");
      const col = rect.left + a.integer(1, "column");
      return { top: row, left: col, bottom: row, right: col };
    }),
    GetResizedRange: derived(({ rect }, a) => ({
      ...rect,
      bottom: rect.bottom + a.integer(0, "deltaRows"),
      right: rect.right + a.integer(1, "deltaColumns"),
    })),
    GetOffsetRange: derived(({ rect }, a) => {
      const dr = a.integer(0, "rowOffset");
      const dc = a.integer(1, "columnOffset");
      return {
        top: rect.top + dr,
        bottom: rect.bottom + dr,
        left: rect.left + dc,
        right: rect.right + dc,
      };
    }),
    GetRowsBelow: derived(({ rect }, a) => ({
      ...rect,
      top: rect.bottom + 1,
      bottom: rect.bottom + count(a),
    })),
    GetRowsAbove: derived(({ rect }, a) => ({
      ...rect,
      top: rect.top - count(a),
      bottom: rect.top - 1,
    })),
    GetColumnsAfter: derived(({ rect }, a) => ({
      ...rect,
      left: rect.right + 1,
      right: rect.right + count(a),
    })),
    GetColumnsBefore: derived(({ rect }, a) => ({
      ...rect,
      left: rect.left - count(a),
      right: rect.left - 1,
    })),
    GetEntireColumn: derived(({ rect }) => ({ ...rect, top: 0, bottom: MAX_ROWS - 1 })),
    GetEntireRow: derived(({ rect }) => ({ ...rect, left: 0, right: MAX_COLUMNS - 1 })),
    GetRow: derived(({ rect }, a) => {
      const row = rect.top + a.integer(0, "row");
      return { ...rect, top: row, bottom: row };
    }),
    GetColumn: derived(({ rect }, a) => {
      const col = rect.left + a.integer(0, "column");
      return { ...rect, left: col, right: col };
    }),
    GetLastRow: derived(({ rect }) => ({ ...rect, top: rect.bottom })),
    GetLastColumn: derived(({ rect }) => ({ ...rect, left: rect.right })),
    GetLastCell: derived(({ rect }) => ({ ...rect, top: rect.bottom, left: rect.right })),
    GetBoundingRect: derived((t, a) => boundingRect(t.rect, rangeArgument(a, 0, t).rect)),
    GetIntersection: derived((t, a) => {
      const r = intersect(t.rect, rangeArgument(a, 0, t).rect);
      if (!r) throw new StandInError("ItemNotFound", "The ranges do not intersect.");
      return r;
    }),
    GetSpillingToRange: orNotFound(spillOfAnchor, "the range is not the anchor of a spill"),
    GetSpillingToRangeOrNullObject: (t, a) =>
      rowCount(t.rect) === 1 && columnCount(t.rect) === 1 ? spillOfAnchor(t, a) : null,
    GetSpillParent: orNotFound(spillParent, "the cell is not in a spill"),
    GetSpillParentOrNullObject: (t, a) => {
      // "If it's not a spilled cell, or more than one cell is given" → null object, not an error.
      if (rowCount(t.rect) !== 1 || columnCount(t.rect) !== 1) return null;
      return spillParent(t, a);
    },
    GetIntersectionOrNullObject: (t, a) => {
      const r = intersect(t.rect, rangeArgument(a, 0, t).rect);
      return r ? rangeObject(t.sheet, r) : null;
    },
    GetUsedRange: (t, a) => {
      const used = wbOf(t).usedRect(t.sheet, a.boolean(0, "valuesOnly", false));
      const r = used ? intersect(used, t.rect) : undefined;
      return rangeObject(
        t.sheet,
        r ?? { top: t.rect.top, left: t.rect.left, bottom: t.rect.top, right: t.rect.left }
      );
    },
    GetUsedRangeOrNullObject: (t, a) => {
      const used = wbOf(t).usedRect(t.sheet, a.boolean(0, "valuesOnly", false));
      const r = used ? intersect(used, t.rect) : undefined;
      return r ? rangeObject(t.sheet, r) : null;
    },
    Clear: (t, a) => {
      const mode = a.optionalString(0, "applyTo") ?? "All";
      if (
        !["All", "Contents", "Formats", "Hyperlinks", "RemoveHyperlinks", "ResetContents"].includes(
          mode
        )
      ) {
        throw invalidArgument(`'${mode}' is not a valid ClearApplyTo value.`);
      }
      wbOf(t).clear(t.sheet, t.rect, mode === "ResetContents" ? "Contents" : mode);
    },
    /** Only vertical shifts are modelled: "Up" for delete, "Down" for insert. */
    Delete: (t, a) => {
      const shift = a.string(0, "shift");
      if (shift !== "Up")
        throw new StandInError("NotImplemented", "The stand-in only deletes with shift 'Up'.");
      wbOf(t).shiftRows(t.sheet, t.rect.bottom + 1, t.rect.left, t.rect.right, -rowCount(t.rect));
    },
    /**
     * The client checks a large write's shape before splitting it into 1,500-cell chunks, each a
     * SetProperty on a sub-range (its setRangePropertiesInBulk); Excel refuses a mismatch.
     */
    _ValidateArraySize: (t, a) => {
      if (
        a.integer(0, "rows") !== rowCount(t.rect) ||
        a.integer(1, "columns") !== columnCount(t.rect)
      ) {
        throw invalidArgument(
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
        );
      }
    },
    /** "Selects the specified range in the Excel UI": it becomes the selection of its sheet, made active. */
    Select: (t) => {
      t.sheet.workbook.activeSheetId = t.sheet.id;
      t.sheet.workbook.selection = { sheetId: t.sheet.id, rect: t.rect };
    },
    Insert: (t, a) => {
      const shift = a.string(0, "shift");
      if (shift !== "Down")
        throw new StandInError("NotImplemented", "The stand-in only inserts with shift 'Down'.");
      wbOf(t).shiftRows(t.sheet, t.rect.top, t.rect.left, t.rect.right, rowCount(t.rect));
      return rangeObject(t.sheet, t.rect);
    },
  },
});
