// Excel tables: creation with Excel's naming rules, header normalisation, rows/columns, the
// ranges production code writes through, and Excel's auto-expansion when data is written
// directly below a table (the bulk-append pattern `getDataBodyRange().getRowsBelow(n).values`).
import type { Rect } from "./address";
import {
  columnCount,
  intersect,
  MAX_ROWS,
  parseAddress,
  rowCount,
  tryParseAddress,
} from "./address";
import type { ClientResult } from "./batch";
import { ClientObject, CollectionObject, defineProperties } from "./batch";
import { invalidArgument, itemNotFound, StandInError } from "./errors";
import type { TableModel } from "./model";
import type { WorkbookModel } from "./model";
import { SheetModel } from "./model";
import type { OfficeNames } from "./officeNames";
import type { RangeTarget } from "./range";
import { RangeProxy } from "./range";
import { WorksheetProxy } from "./worksheet";

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
function renameReferences(wb: WorkbookModel, from: string, to: string): void {
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
const dataRect = (t: TableModel): Rect => ({ ...t.rect, top: t.rect.top + 1 });

export class TableProxy
  extends ClientObject<TableModel>
  implements
    OfficeNames<
      Excel.Table,
      | "rows"
      | "columns"
      | "worksheet"
      | "getRange"
      | "getHeaderRowRange"
      | "getDataBodyRange"
      | "delete"
      | "convertToRange"
      | "resize"
    >
{
  readonly _typeName = "Table";

  constructor(...args: ConstructorParameters<typeof ClientObject<TableModel>>) {
    const [context, parent, name, pathArgs, resolver, options] = args;
    super(context, parent, name, pathArgs, resolver, { ...options, bindOnResolve: true });
  }

  get rows(): TableRowCollectionProxy {
    return this._child(
      "rows",
      () => new TableRowCollectionProxy(this.context, this, "rows", [], (p) => p as TableModel)
    );
  }

  get columns(): TableColumnCollectionProxy {
    return this._child(
      "columns",
      () =>
        new TableColumnCollectionProxy(this.context, this, "columns", [], (p) => p as TableModel)
    );
  }

  get worksheet(): WorksheetProxy {
    return this._child(
      "worksheet",
      () => new WorksheetProxy(this.context, this, "worksheet", [], (p) => (p as TableModel).sheet)
    );
  }

  private range(name: string, rect: (t: TableModel) => Rect): RangeProxy {
    return new RangeProxy(this.context, this, name, [], (p): RangeTarget => {
      const t = p as TableModel;
      return { sheet: t.sheet, rect: rect(t) };
    });
  }

  getRange(): RangeProxy {
    return this.range("getRange", (t) => t.rect);
  }

  getHeaderRowRange(): RangeProxy {
    return this.range("getHeaderRowRange", (t) => ({ ...t.rect, bottom: t.rect.top }));
  }

  getDataBodyRange(): RangeProxy {
    return this.range("getDataBodyRange", dataRect);
  }

  delete(): void {
    this._enqueue("Method", "delete", [], (t) => {
      wbOf(t).clear(t.sheet, t.rect, "All");
      t.deleted = true;
    });
  }

  convertToRange(): RangeProxy {
    const result = new RangeProxy(this.context, this, "convertToRange", [], () => {
      throw new StandInError("InvalidObjectPath", "The table has not been converted yet.");
    });
    return this._enqueueCreate("convertToRange", [], result, (t): RangeTarget => {
      t.deleted = true;
      wbOf(t).engine.markDirty();
      return { sheet: t.sheet, rect: t.rect };
    });
  }

  resize(newRange: unknown): void {
    this._enqueue("Method", "resize", [newRange], (t) => {
      const rect =
        newRange instanceof RangeProxy
          ? newRange._resolve()?.rect
          : typeof newRange === "string"
            ? parseAddress(newRange).rect
            : undefined;
      if (!rect || rect.top !== t.rect.top || rect.left !== t.rect.left) {
        throw invalidArgument("The new table range must keep the header row in place.");
      }
      if (
        wbOf(t)
          .liveTables(t.sheet)
          .some((o) => o !== t && intersect(o.rect, rect))
      ) {
        throw invalidArgument("A table can't overlap another table.");
      }
      t.rect = rect.bottom === rect.top ? { ...rect, bottom: rect.top + 1 } : rect;
      normaliseHeaders(wbOf(t), t);
      wbOf(t).engine.markDirty();
    });
  }
}

const booleanProp = (
  key: "showHeaders" | "showTotals" | "showBandedRows" | "showBandedColumns" | "showFilterButton"
) => ({
  read: (t: TableModel) => t[key],
  write: (t: TableModel, v: unknown) => {
    if (typeof v !== "boolean") throw invalidArgument(`${key} is a boolean.`);
    t[key] = v;
  },
});

defineProperties<Excel.Table, TableModel>(TableProxy, {
  id: { read: (t) => t.id },
  name: {
    read: (t) => t.name,
    write: (t, v) => {
      const previous = t.name;
      t.name = checkTableOrDefinedName(wbOf(t), v, t);
      renameReferences(wbOf(t), previous, t.name);
    },
  },
  style: {
    read: (t) => t.style,
    write: (t, v) => {
      if (typeof v !== "string" || (v !== "" && !STYLE.test(v)))
        throw invalidArgument(`'${String(v)}' is not a table style.`);
      t.style = v;
    },
  },
  showHeaders: booleanProp("showHeaders"),
  showTotals: booleanProp("showTotals"),
  showBandedRows: booleanProp("showBandedRows"),
  showBandedColumns: booleanProp("showBandedColumns"),
  showFilterButton: booleanProp("showFilterButton"),
});

type TableScope = WorkbookModel | SheetModel;

export class TableCollectionProxy
  extends CollectionObject<TableScope, TableProxy>
  implements
    OfficeNames<
      Excel.TableCollection,
      "add" | "getItem" | "getItemOrNullObject" | "getItemAt" | "getCount"
    >
{
  readonly _typeName = "TableCollection";

  private static tablesIn(scope: TableScope): TableModel[] {
    return scope instanceof SheetModel ? scope.workbook.liveTables(scope) : scope.liveTables();
  }

  protected _itemTargets(scope: TableScope): unknown[] {
    return TableCollectionProxy.tablesIn(scope);
  }

  protected _itemProxy(target: unknown): TableProxy {
    const table = target as TableModel;
    return new TableProxy(this.context, this, "getItem", [table.id], () => table);
  }

  add(address: unknown, hasHeaders: boolean): TableProxy {
    const result = new TableProxy(this.context, this, "add", [address, hasHeaders], () => {
      throw new StandInError("InvalidObjectPath", "The table has not been created yet.");
    });
    return this._enqueueCreate("add", [address, hasHeaders], result, (scope) => {
      const wb = scope instanceof SheetModel ? scope.workbook : scope;
      let sheet: SheetModel | undefined = scope instanceof SheetModel ? scope : undefined;
      let rect: Rect;
      if (address instanceof RangeProxy) {
        const t = address._resolve();
        if (t === null) throw invalidArgument("The range is a null object.");
        ({ sheet, rect } = t);
      } else if (typeof address === "string") {
        const parsed = tryParseAddress(address);
        if (!parsed) throw invalidArgument(`The address '${address}' is not valid.`);
        if (parsed.sheet !== undefined) sheet = wb.findSheet(parsed.sheet);
        if (!sheet)
          throw invalidArgument(`The address '${address}' must name an existing worksheet.`);
        rect = parsed.rect;
      } else {
        throw invalidArgument("tables.add expects a Range or an address.");
      }
      if (scope instanceof SheetModel && sheet !== scope)
        throw invalidArgument("The range is on another worksheet.");
      return createTable(wb, sheet, rect, hasHeaders);
    });
  }

  private lookup(key: string, orNull: boolean): TableProxy {
    return new TableProxy(
      this.context,
      this,
      orNull ? "getItemOrNullObject" : "getItem",
      [key],
      (p) => {
        const lower = key.toLowerCase();
        const table = TableCollectionProxy.tablesIn(p as TableScope).find(
          (t) => t.name.toLowerCase() === lower || t.id === key
        );
        if (table) return table;
        if (orNull) return null;
        throw itemNotFound(`table '${key}'`);
      },
      { orNull }
    );
  }

  getItem(key: string): TableProxy {
    return this.lookup(key, false);
  }

  getItemOrNullObject(key: string): TableProxy {
    return this.lookup(key, true);
  }

  getItemAt(index: number): TableProxy {
    return new TableProxy(this.context, this, "getItemAt", [index], (p) => {
      const table = TableCollectionProxy.tablesIn(p as TableScope)[index];
      if (!table) throw itemNotFound(`table #${index}`);
      return table;
    });
  }

  getCount(): ClientResult<number> {
    return this._enqueueResult(
      "getCount",
      [],
      (scope) => TableCollectionProxy.tablesIn(scope).length
    );
  }
}

interface RowTarget {
  table: TableModel;
  index: number;
}

export class TableRowProxy
  extends ClientObject<RowTarget>
  implements OfficeNames<Excel.TableRow, "getRange" | "delete">
{
  readonly _typeName = "TableRow";

  getRange(): RangeProxy {
    return new RangeProxy(this.context, this, "getRange", [], (p): RangeTarget => {
      const { table, index } = p as RowTarget;
      const row = table.rect.top + 1 + index;
      return { sheet: table.sheet, rect: { ...table.rect, top: row, bottom: row } };
    });
  }

  delete(): void {
    this._enqueue("Method", "delete", [], ({ table, index }) => {
      const row = table.rect.top + 1 + index;
      if (wbOf(table).dataRowCount(table) <= 1) {
        wbOf(table).clear(table.sheet, { ...table.rect, top: row, bottom: row }, "Contents");
        table.placeholderRow = true;
      } else {
        wbOf(table).shiftRows(table.sheet, row + 1, table.rect.left, table.rect.right, -1);
      }
    });
  }
}

defineProperties<Excel.TableRow, RowTarget>(TableRowProxy, {
  index: { read: (r) => r.index },
  values: {
    read: ({ table, index }) => {
      const row = table.rect.top + 1 + index;
      return [
        wbOf(table)
          .tableColumns(table)
          .map((_, j) => wbOf(table).valueAt(table.sheet, row, table.rect.left + j)),
      ];
    },
  },
});

export class TableRowCollectionProxy
  extends CollectionObject<TableModel, TableRowProxy>
  implements OfficeNames<Excel.TableRowCollection, "add" | "getCount" | "getItemAt">
{
  readonly _typeName = "TableRowCollection";

  protected _itemTargets(t: TableModel): unknown[] {
    return Array.from({ length: wbOf(t).dataRowCount(t) }, (_, index): RowTarget => ({
      table: t,
      index,
    }));
  }

  protected _itemProxy(target: unknown, index: number): TableRowProxy {
    return new TableRowProxy(this.context, this, "getItemAt", [index], () => target as RowTarget);
  }

  add(index?: number | null, values?: unknown, alwaysInsert?: boolean): TableRowProxy {
    const result = new TableRowProxy(
      this.context,
      this,
      "add",
      [index, values, alwaysInsert],
      () => {
        throw new StandInError("InvalidObjectPath", "The row has not been added yet.");
      }
    );
    return this._enqueueCreate("add", [index, values, alwaysInsert], result, (t): RowTarget => {
      addTableRows(wbOf(t), t, index, values);
      return { table: t, index: index ?? wbOf(t).dataRowCount(t) - 1 };
    });
  }

  getCount(): ClientResult<number> {
    return this._enqueueResult("getCount", [], (t) => wbOf(t).dataRowCount(t));
  }

  getItemAt(index: number): TableRowProxy {
    return new TableRowProxy(this.context, this, "getItemAt", [index], (p) => {
      const t = p as TableModel;
      if (index < 0 || index >= wbOf(t).dataRowCount(t)) throw itemNotFound(`row #${index}`);
      return { table: t, index };
    });
  }
}

defineProperties<Excel.TableRowCollection, TableModel>(TableRowCollectionProxy, {
  count: { read: (t) => wbOf(t).dataRowCount(t) },
});

interface ColumnTarget {
  table: TableModel;
  offset: number;
}

const columnRect = ({ table, offset }: ColumnTarget): Rect => ({
  ...table.rect,
  left: table.rect.left + offset,
  right: table.rect.left + offset,
});

export class TableColumnProxy
  extends ClientObject<ColumnTarget>
  implements
    OfficeNames<Excel.TableColumn, "getRange" | "getDataBodyRange" | "getHeaderRowRange" | "delete">
{
  readonly _typeName = "TableColumn";

  private range(name: string, rect: (c: ColumnTarget) => Rect): RangeProxy {
    return new RangeProxy(this.context, this, name, [], (p): RangeTarget => {
      const c = p as ColumnTarget;
      return { sheet: c.table.sheet, rect: rect(c) };
    });
  }

  getRange(): RangeProxy {
    return this.range("getRange", columnRect);
  }

  getDataBodyRange(): RangeProxy {
    return this.range("getDataBodyRange", (c) => ({ ...columnRect(c), top: c.table.rect.top + 1 }));
  }

  getHeaderRowRange(): RangeProxy {
    return this.range("getHeaderRowRange", (c) => ({ ...columnRect(c), bottom: c.table.rect.top }));
  }

  delete(): void {
    this._enqueue("Method", "delete", [], () => {
      throw new StandInError("NotImplemented", "The stand-in does not delete table columns.");
    });
  }
}

defineProperties<Excel.TableColumn, ColumnTarget>(TableColumnProxy, {
  id: { read: (c) => c.offset + 1 },
  index: { read: (c) => c.offset },
  name: {
    read: (c) => wbOf(c.table).tableColumns(c.table)[c.offset],
    write: (c, v) => {
      if (typeof v !== "string" || v.trim() === "")
        throw invalidArgument("Column names are non-empty strings.");
      wbOf(c.table).writeContent(c.table.sheet, c.table.rect.top, c.table.rect.left + c.offset, {
        kind: "value",
        value: v,
      });
      normaliseHeaders(wbOf(c.table), c.table);
    },
  },
  values: {
    read: (c) => {
      const values: unknown[][] = [];
      for (let r = c.table.rect.top; r <= c.table.rect.bottom; r++) {
        values.push([wbOf(c.table).valueAt(c.table.sheet, r, c.table.rect.left + c.offset)]);
      }
      return values;
    },
  },
});

export class TableColumnCollectionProxy
  extends CollectionObject<TableModel, TableColumnProxy>
  implements
    OfficeNames<
      Excel.TableColumnCollection,
      "add" | "getItem" | "getItemOrNullObject" | "getItemAt" | "getCount"
    >
{
  readonly _typeName = "TableColumnCollection";

  protected _itemTargets(t: TableModel): unknown[] {
    return wbOf(t)
      .tableColumns(t)
      .map((_, offset): ColumnTarget => ({ table: t, offset }));
  }

  protected _itemProxy(target: unknown, index: number): TableColumnProxy {
    return new TableColumnProxy(
      this.context,
      this,
      "getItemAt",
      [index],
      () => target as ColumnTarget
    );
  }

  /** Appends a column at the right edge (inserting in the middle is not modelled). */
  add(index?: number | null, values?: unknown, name?: string): TableColumnProxy {
    const result = new TableColumnProxy(this.context, this, "add", [index, values, name], () => {
      throw new StandInError("InvalidObjectPath", "The column has not been added yet.");
    });
    return this._enqueueCreate("add", [index, values, name], result, (t): ColumnTarget => {
      const width = columnCount(t.rect);
      if (index !== null && index !== undefined && index !== width) {
        throw new StandInError("NotImplemented", "The stand-in only appends table columns.");
      }
      const wb = wbOf(t);
      const col = t.rect.right + 1;
      const grown = { ...t.rect, right: col };
      if (wb.liveTables(t.sheet).some((o) => o !== t && intersect(o.rect, grown))) {
        throw invalidArgument("A table can't overlap another table.");
      }
      const height = rowCount(t.rect);
      if (values !== undefined && values !== null) {
        if (
          !Array.isArray(values) ||
          values.length !== height ||
          !values.every((r) => Array.isArray(r) && r.length === 1)
        ) {
          throw invalidArgument(
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
          );
        }
        (values as unknown[][]).forEach((line, i) =>
          wb.writeInput(t.sheet, t.rect.top + i, col, line[0])
        );
      }
      if (name !== undefined)
        wb.writeContent(t.sheet, t.rect.top, col, { kind: "value", value: name });
      t.rect = grown;
      normaliseHeaders(wb, t);
      return { table: t, offset: width };
    });
  }

  private lookup(key: string | number, orNull: boolean): TableColumnProxy {
    return new TableColumnProxy(
      this.context,
      this,
      orNull ? "getItemOrNullObject" : "getItem",
      [key],
      (p) => {
        const t = p as TableModel;
        const names = wbOf(t).tableColumns(t);
        const offset =
          typeof key === "number"
            ? key - 1
            : names.findIndex((n) => n.toLowerCase() === String(key).toLowerCase());
        if (offset >= 0 && offset < names.length) return { table: t, offset };
        if (orNull) return null;
        throw itemNotFound(`column '${key}'`);
      },
      { orNull }
    );
  }

  getItem(key: string | number): TableColumnProxy {
    return this.lookup(key, false);
  }

  getItemOrNullObject(key: string | number): TableColumnProxy {
    return this.lookup(key, true);
  }

  getItemAt(index: number): TableColumnProxy {
    return new TableColumnProxy(this.context, this, "getItemAt", [index], (p) => {
      const t = p as TableModel;
      if (index < 0 || index >= columnCount(t.rect)) throw itemNotFound(`column #${index}`);
      return { table: t, offset: index };
    });
  }

  getCount(): ClientResult<number> {
    return this._enqueueResult("getCount", [], (t) => columnCount(t.rect));
  }
}

defineProperties<Excel.TableColumnCollection, TableModel>(TableColumnCollectionProxy, {
  count: { read: (t) => columnCount(t.rect) },
});
