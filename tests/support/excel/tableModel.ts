// Excel tables in the model: creation with Excel's naming rules, header normalisation, rows and
// columns added or deleted, the header and totals rows switched on and off, renames that rewrite
// formulas, and the auto-expansion Excel applies when data is written directly below a table (the
// bulk-append pattern `getDataBodyRange().getRowsBelow(n).values`).
//
// Geometry: `t.rect` runs from the header row (kept, blank, while the header row is hidden) to the
// last data row; a shown totals row is the row below it. Column ids and names live in
// `t.columns`, so ids survive inserts and names survive a hidden header row.
import type { Rect } from "./address";
import { columnCount, intersect, MAX_COLUMNS, MAX_ROWS, quoteSheetName, rowCount } from "./address";
import { invalidArgument, StandInError } from "./errors";
import { specifierColumns, translateStructuredReferences } from "./formulas";
import {
  bracketEnd,
  escapeColumn,
  replaceStructuredReferences,
  unescapeColumn,
} from "./formulaSyntax";
import type { SheetModel, TableModel, WorkbookModel } from "./model";
import { keyCol, keyRow, shiftCells } from "./model";

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

/** "TableStyleLight1" through "TableStyleLight21", "TableStyleMedium1" through "…Medium28", "TableStyleDark1" through "…Dark11". */
export const TABLE_STYLE =
  /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

const wbOf = (t: TableModel): WorkbookModel => t.sheet.workbook;

// ---- geometry -----------------------------------------------------------------------------------

/** The table's range as Excel reports it: header row if shown, data, totals row if shown. */
export const tableRange = (t: TableModel): Rect => ({
  ...t.rect,
  top: t.showHeaders ? t.rect.top : t.rect.top + 1,
  bottom: t.rect.bottom + (t.showTotals ? 1 : 0),
});
export const headerRect = (t: TableModel): Rect => ({ ...t.rect, bottom: t.rect.top });
export const dataRect = (t: TableModel): Rect => ({ ...t.rect, top: t.rect.top + 1 });
export const totalsRect = (t: TableModel): Rect => ({
  ...t.rect,
  top: t.rect.bottom + 1,
  bottom: t.rect.bottom + 1,
});
export const columnRect = (t: TableModel, rect: Rect, index: number): Rect => ({
  ...rect,
  left: t.rect.left + index,
  right: t.rect.left + index,
});

function otherTablesOverlap(t: TableModel | undefined, sheet: SheetModel, rect: Rect): boolean {
  return sheet.workbook
    .liveTables(sheet)
    .some((o) => o !== t && intersect(tableRange(o), rect) !== undefined);
}

/** Excel's message when an insert or delete would move part of another table. */
const wouldShiftTable = (): StandInError =>
  new StandInError(
    "InvalidOperation",
    "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet."
  );

// ---- headers ------------------------------------------------------------------------------------

/**
 * Header cells become unique, non-empty text, as Excel makes them: a header typed to match another
 * column's name gets a number ("Name2"), an empty one the first free "ColumnN". A header whose text
 * changed renames its column, and Excel rewrites the structured references that named it.
 */
function normaliseHeaders(wb: WorkbookModel, t: TableModel): void {
  if (!t.showHeaders) return;
  const width = columnCount(t.rect);
  const texts = Array.from({ length: width }, (_, j) =>
    String(wb.valueAt(t.sheet, t.rect.top, t.rect.left + j)).trim()
  );
  const seen = new Set<string>();
  const names: (string | undefined)[] = texts.map((text, j) => {
    const unchanged = text !== "" && t.columns[j]?.name === text && !seen.has(text.toLowerCase());
    if (unchanged) seen.add(text.toLowerCase());
    return unchanged ? text : undefined;
  });
  const renames = new Map<string, string>();
  texts.forEach((text, j) => {
    let unique = names[j];
    if (unique === undefined) {
      let n = 1;
      if (text === "") while (seen.has(`column${n}`)) n++;
      const base = text === "" ? `Column${n}` : text;
      unique = base;
      for (let k = 2; seen.has(unique.toLowerCase()); k++) unique = `${base}${k}`;
      seen.add(unique.toLowerCase());
    }
    const c = t.rect.left + j;
    const cell = wb.cell(t.sheet, t.rect.top, c);
    if (cell?.value !== unique || cell.formula !== undefined) {
      wb.writeContent(t.sheet, t.rect.top, c, { kind: "value", value: unique });
    }
    const record = t.columns[j] ?? (t.columns[j] = { id: t.nextColumnId++, name: "" });
    if (record.name !== "" && record.name !== unique)
      renames.set(record.name.toLowerCase(), unique);
    record.name = unique;
  });
  t.columns.length = width;
  if (renames.size > 0) renameColumnReferences(wb, t, renames);
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

/**
 * Called after every value/formula write: placeholder rows, auto-expansion, header text. A table
 * with a totals row does not grow: what is written below it stays outside.
 */
export function afterRangeWrite(wb: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  for (const t of wb.liveTables(sheet)) {
    if (t.placeholderRow && !rowIsEmpty(wb, sheet, t.rect.bottom, t.rect.left, t.rect.right)) {
      t.placeholderRow = false;
    }
    const below =
      !t.showTotals &&
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
      if (!otherTablesOverlap(t, sheet, grown)) t.rect = grown;
    }
    if (t.showHeaders && intersect(rect, headerRect(t))) normaliseHeaders(wb, t);
  }
  wb.engine.markDirty();
}

// ---- creation -----------------------------------------------------------------------------------

export function createTable(
  wb: WorkbookModel,
  sheet: SheetModel,
  area: Rect,
  hasHeaders: boolean
): TableModel {
  // What Excel makes of whole rows or columns is not modelled: the stand-in refuses them.
  if (area.bottom === MAX_ROWS - 1 || (area.left === 0 && area.right === MAX_COLUMNS - 1)) {
    throw invalidArgument("A table cannot span whole rows or columns.");
  }
  if (otherTablesOverlap(undefined, sheet, area)) {
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
    highlightFirstColumn: false,
    highlightLastColumn: false,
    columns: [],
    nextColumnId: 1,
    placeholderRow,
    deleted: false,
  };
  wb.tables.push(table);
  normaliseHeaders(wb, table);
  wb.engine.markDirty();
  return table;
}

// ---- rows ---------------------------------------------------------------------------------------

/** A 2-D array as wide as the table, or one value for a whole row (as Range.values takes it). */
function checkRows(t: TableModel, values: unknown): unknown[][] {
  const width = columnCount(t.rect);
  if (values === undefined || values === null) return [new Array<unknown>(width).fill("")];
  if (!Array.isArray(values)) return [new Array<unknown>(width).fill(values)];
  if (values.length === 0 || !values.every((r) => Array.isArray(r) && r.length === width)) {
    throw invalidArgument(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  }
  return values as unknown[][];
}

/**
 * rows.add: `index` null or -1 appends; rows at and below `index` move down (the totals row
 * with them). `alwaysInsert` false appends by taking over the rows below instead of inserting.
 * Returns the index of the first added row.
 */
export function addTableRows(
  wb: WorkbookModel,
  t: TableModel,
  index: number | null | undefined,
  values: unknown,
  alwaysInsert = true
): number {
  const rows = checkRows(t, values);
  const dataRows = wb.dataRowCount(t);
  const append = index === null || index === undefined || index === -1;
  if (!append && (!Number.isInteger(index) || index < 0 || index > dataRows)) {
    throw invalidArgument(`Row index ${String(index)} is outside the table.`);
  }
  const first = append ? dataRows : index;
  let pending = rows;
  if (t.placeholderRow) {
    const [line, ...rest] = rows;
    line?.forEach((v, j) => wb.writeInput(t.sheet, t.rect.bottom, t.rect.left + j, v));
    t.placeholderRow = false;
    pending = rest;
  }
  if (pending.length > 0) {
    const at = append || t.placeholderRow ? t.rect.bottom + 1 : t.rect.top + 1 + first;
    const insert = alwaysInsert || !append || t.showTotals;
    if (insert) {
      checkVerticalShift(t, at);
      wb.shiftRows(t.sheet, at, t.rect.left, t.rect.right, pending.length);
    } else if (
      otherTablesOverlap(t, t.sheet, { ...t.rect, top: at, bottom: at + pending.length - 1 })
    ) {
      throw invalidArgument("A table can't overlap another table.");
    }
    if (at > t.rect.bottom) t.rect = { ...t.rect, bottom: t.rect.bottom + pending.length };
    pending.forEach((line, i) =>
      line.forEach((v, j) => wb.writeInput(t.sheet, at + i, t.rect.left + j, v))
    );
  }
  wb.engine.markDirty();
  return first;
}

/** Inserting or deleting rows under a table moves what is below it, which must not cut a table. */
function checkVerticalShift(t: TableModel, fromRow: number): void {
  const cut = wbOf(t)
    .liveTables(t.sheet)
    .some((o) => {
      if (o === t) return false;
      const r = tableRange(o);
      const sideBySide = r.left <= t.rect.right && r.right >= t.rect.left;
      const within = r.left >= t.rect.left && r.right <= t.rect.right;
      return r.bottom >= fromRow && sideBySide && !within;
    });
  if (cut) throw wouldShiftTable();
}

/** Deletes data rows; Excel keeps one blank data row in a table whose rows are all deleted. */
export function deleteTableRows(
  wb: WorkbookModel,
  t: TableModel,
  index: number,
  count: number
): void {
  const dataRows = wb.dataRowCount(t);
  if (
    !Number.isInteger(index) ||
    !Number.isInteger(count) ||
    count < 1 ||
    index < 0 ||
    index + count > dataRows
  ) {
    throw invalidArgument(`Rows ${index} to ${index + count - 1} are not all in the table.`);
  }
  const top = t.rect.top + 1 + index;
  if (count === dataRows) {
    const keep = { ...dataRect(t), bottom: t.rect.top + 1 };
    if (count > 1) {
      checkVerticalShift(t, top + count);
      wb.shiftRows(t.sheet, top + count, t.rect.left, t.rect.right, -(count - 1));
    }
    wb.clear(t.sheet, keep, "Contents");
    t.rect = { ...t.rect, bottom: t.rect.top + 1 };
    t.placeholderRow = true;
  } else {
    checkVerticalShift(t, top + count);
    const bottom = t.rect.bottom - count;
    wb.shiftRows(t.sheet, top + count, t.rect.left, t.rect.right, -count);
    t.rect = { ...t.rect, bottom };
  }
  wb.engine.markDirty();
}

// ---- totals and header rows ---------------------------------------------------------------------

/**
 * Showing the totals row inserts a row under the data (cells below move down), labelled "Total"
 * in the first column, with `=SUBTOTAL(109,[Last])` (a sum) under the last column when it holds
 * numbers, `=SUBTOTAL(103,[Last])` (a count) otherwise: Excel's defaults. Hiding it deletes that
 * row (cells below move up).
 */
export function setShowTotals(wb: WorkbookModel, t: TableModel, show: boolean): void {
  if (show === t.showTotals) return;
  const row = t.rect.bottom + 1;
  if (show) {
    if (row >= MAX_ROWS) throw invalidArgument("There is no room for a totals row.");
    checkVerticalShift(t, row);
    wb.shiftRows(t.sheet, row, t.rect.left, t.rect.right, 1);
    t.showTotals = true;
    const last = t.columns[t.columns.length - 1];
    wb.writeContent(t.sheet, row, t.rect.left, { kind: "value", value: "Total" });
    if (last && t.columns.length > 1) {
      const numeric = columnHasNumbers(wb, t, t.rect.right);
      wb.writeContent(t.sheet, row, t.rect.right, {
        kind: "formula",
        formula: `=SUBTOTAL(${numeric ? 109 : 103},[${escapeColumn(last.name)}])`,
      });
    }
  } else {
    checkVerticalShift(t, row + 1);
    wb.shiftRows(t.sheet, row + 1, t.rect.left, t.rect.right, -1);
    t.showTotals = false;
  }
  wb.engine.markDirty();
}

function columnHasNumbers(wb: WorkbookModel, t: TableModel, col: number): boolean {
  for (let r = t.rect.top + 1; r <= t.rect.bottom; r++) {
    if (typeof wb.valueAt(t.sheet, r, col) === "number") return true;
  }
  return false;
}

/**
 * Hiding the header row takes it out of the table (its cells are emptied; the column names are
 * kept, so structured references still work); showing it writes the names back, which Excel
 * refuses to do over cells that hold data.
 */
export function setShowHeaders(wb: WorkbookModel, t: TableModel, show: boolean): void {
  if (show === t.showHeaders) return;
  const header = headerRect(t);
  if (show) {
    if (!rowIsEmpty(wb, t.sheet, header.top, header.left, header.right)) {
      throw new StandInError(
        "InvalidOperation",
        "The header row cannot be shown over cells that contain data."
      );
    }
    t.columns.forEach((c, j) =>
      wb.writeContent(t.sheet, header.top, t.rect.left + j, { kind: "value", value: c.name })
    );
    t.showHeaders = true;
  } else {
    t.showHeaders = false;
    wb.clear(t.sheet, header, "Contents");
  }
  wb.engine.markDirty();
}

// ---- columns ------------------------------------------------------------------------------------

/** Moves the cells of rows [top, bottom] at or right of `fromCol` by `delta` columns. */
function shiftColumns(
  wb: WorkbookModel,
  sheet: SheetModel,
  fromCol: number,
  top: number,
  bottom: number,
  delta: number
): void {
  shiftCells(sheet, "columns", fromCol, top, bottom, delta);
  wb.engine.markDirty();
}

function checkHorizontalShift(t: TableModel, fromCol: number): void {
  const rows = tableRange(t);
  const cut = wbOf(t)
    .liveTables(t.sheet)
    .some((o) => {
      if (o === t) return false;
      const r = tableRange(o);
      return r.top <= rows.bottom && r.bottom >= rows.top && r.right >= fromCol;
    });
  if (cut) throw wouldShiftTable();
}

/**
 * columns.add: inserts a column at `index` (null or -1: after the last one), moving the cells to
 * its right within the table's rows. `values` covers the column's range (header first when the
 * header row is shown); `name`, when given, is the header. Returns the new column's id.
 */
export function addTableColumn(
  wb: WorkbookModel,
  t: TableModel,
  index: number | undefined,
  values: unknown,
  name: string | undefined
): number {
  const width = columnCount(t.rect);
  const at = index === undefined || index === -1 ? width : index;
  if (!Number.isInteger(at) || at < 0 || at > width) {
    throw invalidArgument(`Column index ${String(index)} is outside the table.`);
  }
  const full = tableRange(t);
  const col = t.rect.left + at;
  if (col >= MAX_COLUMNS) throw invalidArgument("There is no room for another column.");
  const height = rowCount(full);
  let cells: unknown[] | undefined;
  if (Array.isArray(values)) {
    const ok = values.every((r) => Array.isArray(r) && r.length === 1);
    if (!ok || values.length !== height) {
      throw invalidArgument(
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
      );
    }
    cells = (values as unknown[][]).map((r) => r[0]);
  } else if (values !== undefined) {
    cells = Array.from({ length: height }, (_, i) =>
      t.showHeaders && i === 0 ? "" : t.showTotals && i === height - 1 ? "" : values
    );
  }
  checkHorizontalShift(t, col);
  shiftColumns(wb, t.sheet, col, t.rect.top, full.bottom, 1);
  const id = t.nextColumnId++;
  t.columns.splice(at, 0, { id, name: "" });
  t.rect = { ...t.rect, right: t.rect.right + 1 };
  cells?.forEach((v, i) => {
    if (v !== null && v !== undefined) wb.writeInput(t.sheet, full.top + i, col, v);
  });
  const record = t.columns[at];
  if (name !== undefined) {
    if (t.showHeaders) wb.writeContent(t.sheet, t.rect.top, col, { kind: "value", value: name });
    else if (record) record.name = uniqueName(t, name, at);
  } else if (!t.showHeaders && record) {
    record.name = freeColumnName(t);
  }
  afterRangeWrite(wb, t.sheet, { ...full, left: col, right: col });
  return id;
}

/** Excel's default column name: the first "ColumnN" no other column has. */
function freeColumnName(t: Pick<TableModel, "columns">): string {
  const taken = new Set(t.columns.map((c) => c.name.toLowerCase()));
  let n = 1;
  while (taken.has(`column${n}`)) n++;
  return `Column${n}`;
}

function uniqueName(t: TableModel, name: string, except: number): string {
  const taken = new Set(t.columns.filter((_, j) => j !== except).map((c) => c.name.toLowerCase()));
  let unique = name;
  for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${name}${n}`;
  return unique;
}

/** TableColumn.name: a new header text, or a new remembered name while the header row is hidden. */
export function renameTableColumn(
  wb: WorkbookModel,
  t: TableModel,
  index: number,
  name: string
): void {
  if (name.trim() === "") throw invalidArgument("A table column name cannot be empty.");
  const record = t.columns[index];
  if (!record) return;
  if (t.showHeaders) {
    wb.writeContent(t.sheet, t.rect.top, t.rect.left + index, { kind: "value", value: name });
    normaliseHeaders(wb, t);
  } else {
    const previous = record.name;
    record.name = uniqueName(t, name, index);
    renameColumnReferences(wb, t, new Map([[previous.toLowerCase(), record.name]]));
  }
  wb.engine.markDirty();
}

/** Deletes a column (cells to its right move left); Excel keeps at least one column. */
export function deleteTableColumn(wb: WorkbookModel, t: TableModel, index: number): void {
  if (t.columns.length <= 1) {
    throw new StandInError("InvalidOperation", "A table must keep at least one column.");
  }
  const record = t.columns[index];
  if (!record) return;
  const col = t.rect.left + index;
  checkHorizontalShift(t, col + 1);
  const lower = record.name.toLowerCase();
  rewriteStructuredReferences(wb, t, (ref) =>
    specifierColumns(ref.inner).some((c) => c.toLowerCase() === lower) ? "#REF!" : undefined
  );
  shiftColumns(wb, t.sheet, col + 1, t.rect.top, tableRange(t).bottom, -1);
  t.columns.splice(index, 1);
  t.rect = { ...t.rect, right: t.rect.right - 1 };
  wb.engine.markDirty();
}

// ---- the whole table ----------------------------------------------------------------------------

/**
 * Table.resize: "The new range must overlap with the original table range and the headers (or
 * the top of the table) must be in the same row." Columns kept keep their ids.
 */
export function resizeTable(wb: WorkbookModel, t: TableModel, sheet: SheetModel, rect: Rect): void {
  const current = tableRange(t);
  if (sheet !== t.sheet || rect.top !== current.top || !intersect(rect, current)) {
    throw invalidArgument(
      "The new table range must overlap the table, with its header row (or top row) in the same row."
    );
  }
  if (rect.bottom === MAX_ROWS - 1) throw invalidArgument("A table cannot span whole columns.");
  if (t.showTotals) {
    throw new StandInError(
      "NotImplemented",
      "The stand-in does not resize a table that shows its totals row."
    );
  }
  if (otherTablesOverlap(t, sheet, rect))
    throw invalidArgument("A table can't overlap another table.");
  const headerRow = t.showHeaders ? rect.top : rect.top - 1;
  let bottom = rect.bottom;
  let placeholderRow = t.placeholderRow && bottom === t.rect.bottom;
  if (bottom === headerRow) {
    bottom = headerRow + 1;
    placeholderRow = true;
  }
  const columns: TableModel["columns"] = [];
  for (let c = rect.left; c <= rect.right; c++) {
    const kept = t.columns[c - t.rect.left];
    const keep = c >= t.rect.left && c <= t.rect.right && kept;
    columns.push(
      keep
        ? kept
        : { id: t.nextColumnId++, name: t.showHeaders ? "" : freeColumnName({ ...t, columns }) }
    );
  }
  t.columns = columns;
  t.rect = { top: headerRow, left: rect.left, bottom, right: rect.right };
  t.placeholderRow = placeholderRow;
  normaliseHeaders(wb, t);
  wb.engine.markDirty();
}

/** Table.delete removes the table and its cells; formulas that named it now show #REF!. */
export function deleteTable(wb: WorkbookModel, t: TableModel): void {
  rewriteStructuredReferences(wb, t, () => "#REF!");
  wb.clear(t.sheet, tableRange(t), "All");
  t.deleted = true;
  wb.engine.markDirty();
}

/** convertToRange keeps the cells; structured references become A1 references, as in Excel. */
export function convertTableToRange(wb: WorkbookModel, t: TableModel): Rect {
  const range = tableRange(t);
  // A cell on the table's own sheet gets a reference without the sheet prefix, as Excel writes it.
  const own = `${quoteSheetName(t.sheet.name)}!`;
  rewriteStructuredReferences(wb, t, (ref) => {
    const a1 = translateStructuredReferences(wb, `${t.name}[${ref.inner}]`, ref.site);
    const local = ref.site.sheet === t.sheet && ref.site.row >= 0 && a1.startsWith(own);
    return local ? a1.slice(own.length) : a1;
  });
  t.deleted = true;
  wb.engine.markDirty();
  return range;
}

// ---- structured references ----------------------------------------------------------------------

export interface StructuredReference {
  /** The text between the outer brackets: "Col", "[#Headers],[Col]", "@Col". */
  inner: string;
  /** Written with the table's name (`Posts[Col]`), or bare inside the table (`[@Col]`). */
  qualified: boolean;
  site: { sheet: SheetModel; row: number; col: number };
}

/** Rewrites one formula's references to `t`; `rewrite` answers the new text or undefined to keep it. */
function rewriteFormula(
  formula: string,
  t: TableModel,
  site: StructuredReference["site"],
  rewrite: (ref: StructuredReference) => string | undefined
): string {
  const insideTable =
    site.sheet === t.sheet &&
    intersect(tableRange(t), {
      top: site.row,
      bottom: site.row,
      left: site.col,
      right: site.col,
    }) !== undefined;
  const lower = t.name.toLowerCase();
  return replaceStructuredReferences(formula, (ref) => {
    const ours = ref.table === undefined ? insideTable : ref.table.toLowerCase() === lower;
    return ours
      ? rewrite({ inner: ref.inner, qualified: ref.table !== undefined, site })
      : undefined;
  });
}

/** Applies `rewrite` to every reference to `t` in cell formulas and defined names. */
export function rewriteStructuredReferences(
  wb: WorkbookModel,
  t: TableModel,
  rewrite: (ref: StructuredReference) => string | undefined
): void {
  for (const sheet of wb.liveSheets()) {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === undefined) continue;
      cell.formula = rewriteFormula(
        cell.formula,
        t,
        { sheet, row: keyRow(key), col: keyCol(key) },
        rewrite
      );
    }
  }
  const first = wb.liveSheets()[0];
  const names = [...wb.names, ...wb.liveSheets().flatMap((s) => s.names)];
  for (const name of names) {
    if (name.deleted || !first) continue;
    name.formula = rewriteFormula(
      name.formula,
      t,
      { sheet: name.sheet ?? first, row: -1, col: -1 },
      rewrite
    );
  }
  wb.engine.markDirty();
}

/** The parts of a specifier: "[#Headers],[A]" → ["#Headers", "A"]; "@[A]" → ["@A"]. */
function specifierParts(inner: string): { text: string; start: number; end: number }[] {
  if (!inner.trimStart().startsWith("[")) return [{ text: inner, start: 0, end: inner.length }];
  const parts: { text: string; start: number; end: number }[] = [];
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] !== "[") continue;
    const end = bracketEnd(inner, i);
    if (end < 0) break;
    parts.push({ text: inner.slice(i + 1, end), start: i + 1, end });
    i = end;
  }
  return parts;
}

/** Excel rewrites the structured references that named renamed columns (`renames`: lower-case old → new). */
export function renameColumnReferences(
  wb: WorkbookModel,
  t: TableModel,
  renames: Map<string, string>
): void {
  const renamePart = (text: string): string => {
    const s = text.trim();
    if (s.startsWith("#")) return text;
    if (s.startsWith("@")) {
      const rest = s.slice(1).trim();
      const bracketed = rest.startsWith("[") && rest.endsWith("]");
      const to = renames.get(unescapeColumn(bracketed ? rest.slice(1, -1) : rest).toLowerCase());
      return to === undefined || rest === "" ? text : `@[${escapeColumn(to)}]`;
    }
    const to = renames.get(unescapeColumn(s).toLowerCase());
    return to === undefined ? text : escapeColumn(to);
  };
  rewriteStructuredReferences(wb, t, (ref) => {
    const parts = specifierParts(ref.inner);
    let inner = ref.inner;
    for (const p of [...parts].reverse()) {
      inner = inner.slice(0, p.start) + renamePart(p.text) + inner.slice(p.end);
    }
    if (inner === ref.inner) return undefined;
    return ref.qualified ? `${t.name}[${inner}]` : `[${inner}]`;
  });
}

/** Excel rewrites every formula that names a renamed table (text values and quoted names aside). */
export function renameReferences(wb: WorkbookModel, from: string, to: string): void {
  const lower = from.toLowerCase();
  const rewrite = (formula: string): string =>
    replaceStructuredReferences(formula, (ref) =>
      ref.table?.toLowerCase() === lower ? `${to}[${ref.inner}]` : undefined
    );
  for (const sheet of wb.liveSheets()) {
    for (const cell of sheet.cells.values())
      if (cell.formula !== undefined) cell.formula = rewrite(cell.formula);
  }
  for (const name of [...wb.names, ...wb.liveSheets().flatMap((s) => s.names)]) {
    name.formula = rewrite(name.formula);
  }
  wb.engine.markDirty();
}
