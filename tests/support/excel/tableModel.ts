// Excel tables in the model: creation with Excel's naming rules, header normalisation, added rows,
// renames that rewrite formulas, and the auto-expansion Excel applies when data is written directly
// below a table (the bulk-append pattern `getDataBodyRange().getRowsBelow(n).values`).
import type { Rect } from "./address";
import {
  columnCount,
  intersect,
  MAX_ROWS,
  parseAddress,
  rowCount,
  tryParseAddress,
} from "./address";
import { invalidArgument, itemNotFound, StandInError } from "./errors";
import type { TableModel } from "./model";
import type { WorkbookModel } from "./model";
import { SheetModel } from "./model";

/** Excel's rules for table names (and defined names): see the README section on the stand-in. */
export function checkTableOrDefinedName(
  wb: WorkbookModel,
  name: unknown,
  except?: TableModel
): string {
  if (typeof name !== "string") throw invalidArgument("Names are strings.");
  const valid =
    name.length > 0 &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^R\d*C\d*$/i.test(name) &&
    !/^[RC]$/i.test(name);
  if (!valid) throw invalidArgument(`'${name}' is not a valid table name.`);
  if (wb.isNameTaken(name, except))
    throw invalidArgument(`A table or name called '${name}' already exists.`);
  return name;
}

const STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

/** Header cells become unique, non-empty text, as Excel makes them. */
function normaliseHeaders(wb: WorkbookModel, t: TableModel): void {
  const seen = new Set<string>();
  for (let c = t.rect.left; c <= t.rect.right; c++) {
    let name = String(wb.valueAt(t.sheet, t.rect.top, c)).trim();
    if (name === "") name = `Column${c - t.rect.left + 1}`;
    let unique = name;
    for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${name}${n}`;
    seen.add(unique.toLowerCase());
    const cell = wb.cell(t.sheet, t.rect.top, c);
    if (cell?.value !== unique || cell.formula !== undefined) {
      wb.writeContent(t.sheet, t.rect.top, c, { kind: "value", value: unique });
    }
  }
}

function rowIsEmpty(
  wb: WorkbookModel,
  sheet: SheetModel,
  row: number,
  left: number,
  right: number
): boolean {
  for (let c = left; c <= right; c++) {
    const cell = wb.cell(sheet, row, c);
    if (cell && (cell.value !== "" || cell.formula !== undefined)) return false;
  }
  return true;
}

/** Called after every value/formula write: placeholder rows, auto-expansion, header text. */
export function afterRangeWrite(wb: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  for (const t of wb.liveTables(sheet)) {
    if (t.placeholderRow && !rowIsEmpty(wb, sheet, t.rect.bottom, t.rect.left, t.rect.right)) {
      t.placeholderRow = false;
    }
    const below =
      rect.left >= t.rect.left &&
      rect.right <= t.rect.right &&
      rect.top > t.rect.top &&
      rect.top <= t.rect.bottom + 1 &&
      rect.bottom > t.rect.bottom;
    if (below) {
      let last = t.rect.bottom;
      for (let r = t.rect.bottom + 1; r <= rect.bottom; r++) {
        if (!rowIsEmpty(wb, sheet, r, t.rect.left, t.rect.right)) last = r;
      }
      const grown = { ...t.rect, bottom: last };
      const clash = wb.liveTables(sheet).some((o) => o !== t && intersect(o.rect, grown));
      if (!clash) t.rect = grown;
    }
    if (intersect(rect, { ...t.rect, bottom: t.rect.top })) normaliseHeaders(wb, t);
  }
  wb.engine.markDirty();
}

export function createTable(
  wb: WorkbookModel,
  sheet: SheetModel,
  area: Rect,
  hasHeaders: boolean
): TableModel {
  if (area.bottom === MAX_ROWS - 1 || columnCount(area) > 16_384)
    throw invalidArgument("A table cannot span whole columns.");
  if (wb.liveTables(sheet).some((t) => intersect(t.rect, area))) {
    throw invalidArgument("A table can't overlap another table.");
  }
  let rect = area;
  if (!hasHeaders) {
    wb.shiftRows(sheet, rect.top, rect.left, rect.right, 1);
    rect = { ...rect, bottom: rect.bottom + 1 };
  }
  let n = wb.tables.length + 1;
  while (wb.isNameTaken(`Table${n}`)) n++;
  const placeholderRow = rowCount(rect) === 1;
  if (placeholderRow) rect = { ...rect, bottom: rect.bottom + 1 };
  const table: TableModel = {
    id: wb.newId("table"),
    name: `Table${n}`,
    sheet,
    rect,
    style: "TableStyleMedium2",
    showHeaders: true,
    showTotals: false,
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    placeholderRow,
    deleted: false,
  };
  wb.tables.push(table);
  normaliseHeaders(wb, table);
  wb.engine.markDirty();
  return table;
}

function checkRows(t: TableModel, values: unknown): unknown[][] {
  const width = columnCount(t.rect);
  if (values === undefined || values === null) return [new Array<unknown>(width).fill("")];
  if (
    !Array.isArray(values) ||
    values.length === 0 ||
    !values.every((r) => Array.isArray(r) && r.length === width)
  ) {
    throw invalidArgument(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  }
  return values as unknown[][];
}

export function addTableRows(
  wb: WorkbookModel,
  t: TableModel,
  index: number | null | undefined,
  values: unknown
): void {
  const rows = checkRows(t, values);
  const dataRows = wb.dataRowCount(t);
  if (
    index !== null &&
    index !== undefined &&
    (!Number.isInteger(index) || index < 0 || index > dataRows)
  ) {
    throw invalidArgument(`Row index ${index} is outside the table.`);
  }
  let pending = rows;
  if (t.placeholderRow) {
    const [first, ...rest] = rows;
    first?.forEach((v, j) => wb.writeInput(t.sheet, t.rect.bottom, t.rect.left + j, v));
    t.placeholderRow = false;
    pending = rest;
  }
  if (pending.length === 0) return;
  const at =
    index === null || index === undefined || t.placeholderRow
      ? t.rect.bottom + 1
      : t.rect.top + 1 + index;
  wb.shiftRows(t.sheet, at, t.rect.left, t.rect.right, pending.length);
  if (at > t.rect.bottom) t.rect = { ...t.rect, bottom: t.rect.bottom + pending.length };
  pending.forEach((line, i) =>
    line.forEach((v, j) => wb.writeInput(t.sheet, at + i, t.rect.left + j, v))
  );
  wb.engine.markDirty();
}

const wbOf = (t: TableModel): WorkbookModel => t.sheet.workbook;

/** Excel rewrites every formula that names a renamed table (string literals aside). */
export function renameReferences(wb: WorkbookModel, from: string, to: string): void {
  const escaped = from.replace(/[.\\]/g, "\\$&");
  const pattern = new RegExp(`("(?:[^"]|"")*")|(^|[^\\p{L}\\p{N}_.\\\\])${escaped}(?=\\[)`, "giu");
  const rewrite = (formula: string): string =>
    formula.replace(pattern, (match, literal: string | undefined, lead: string | undefined) =>
      literal !== undefined ? match : `${lead ?? ""}${to}`
    );
  for (const sheet of wb.liveSheets()) {
    for (const cell of sheet.cells.values())
      if (cell.formula !== undefined) cell.formula = rewrite(cell.formula);
  }
  for (const name of wb.names) name.formula = rewrite(name.formula);
  wb.engine.markDirty();
}
export const dataRect = (t: TableModel): Rect => ({ ...t.rect, top: t.rect.top + 1 });
