// Excel.Table, TableCollection, TableRow(Collection) and TableColumn(Collection), over the table
// model (tableModel.ts). Sources: the comments of these classes in @types/office-js. Filters,
// sorting, events and the *AsJson members are not modelled: they answer NotImplemented.
import type { Rect } from "../../address";
import { tryParseAddress } from "../../address";
import { invalidArgument, itemNotFound, StandInError } from "../../errors";
import type { TableModel, WorkbookModel } from "../../model";
import { SheetModel } from "../../model";
import {
  addTableColumn,
  addTableRows,
  checkTableOrDefinedName,
  columnRect,
  convertTableToRange,
  createTable,
  dataRect,
  deleteTable,
  deleteTableColumn,
  deleteTableRows,
  headerRect,
  renameReferences,
  renameTableColumn,
  resizeTable,
  setShowHeaders,
  setShowTotals,
  TABLE_STYLE,
  tableRange,
  totalsRect,
} from "../../tableModel";
import { checkBoolean } from "../checks";
import type { Args, HostObject, Property, TypeHandler } from "../typeHandler";
import { defineType, hostObject, isHostObject } from "../typeHandler";
import type { RangeTarget } from "./range";
import { grid, rangeObject, rangeType } from "./range";

type TableScope = WorkbookModel | SheetModel;

interface RowTarget {
  table: TableModel;
  index: number;
}

/** A column is followed by its id, so a proxy keeps its column when others are inserted before it. */
interface ColumnTarget {
  table: TableModel;
  id: number;
}

const wbOf = (t: TableModel): WorkbookModel => t.sheet.workbook;
const tableObject = (t: TableModel): HostObject => hostObject("Table", t);
const rowObject = (table: TableModel, index: number): HostObject =>
  hostObject("TableRow", { table, index });
const columnObject = (table: TableModel, id: number): HostObject =>
  hostObject("TableColumn", { table, id });

/** Tables of the workbook in creation order, or of one worksheet. */
const tablesIn = (scope: TableScope): TableModel[] =>
  scope instanceof SheetModel ? scope.workbook.liveTables(scope) : scope.liveTables();

/** "Gets a table by name or ID." Names compare case-insensitively, as Excel's names do. */
function findTable(scope: TableScope, key: unknown): TableModel | undefined {
  if (typeof key !== "string") throw invalidArgument("A table key is a name or an id.");
  const lower = key.toLowerCase();
  return tablesIn(scope).find((t) => t.name.toLowerCase() === lower || t.id === key);
}

/** Writes through Range.values, so Excel's shape rules and table bookkeeping apply. */
function writeValues(sheet: SheetModel, rect: Rect, values: unknown): void {
  const set = rangeType.properties.Values?.set;
  if (!set) throw new StandInError("GeneralException", "Range.values cannot be written.");
  set({ sheet, rect } satisfies RangeTarget, values);
}

const readValues = (sheet: SheetModel, rect: Rect): unknown[][] =>
  grid({ sheet, rect }, (r, c) => sheet.workbook.valueAt(sheet, r, c));

function flag(
  key: "showBandedRows" | "showBandedColumns" | "highlightFirstColumn" | "highlightLastColumn"
): Property<TableModel> {
  return {
    get: (t) => t[key],
    set: (t, v) => {
      t[key] = checkBoolean(v, key);
    },
  };
}

// ---- TableCollection ----------------------------------------------------------------------------

/**
 * tables.add: "The range object or source address determines the worksheet under which the table
 * will be added"; an address given to workbook.tables must therefore name its worksheet.
 */
function addTable(scope: TableScope, a: Args): HostObject {
  const wb = scope instanceof SheetModel ? scope.workbook : scope;
  const object = a.object(0);
  let sheet: SheetModel | undefined = scope instanceof SheetModel ? scope : undefined;
  let rect: Rect;
  if (object) {
    if (object.type !== "Range")
      throw invalidArgument("tables.add: the address must be a Range or a string.");
    ({ sheet, rect } = object.target as RangeTarget);
  } else {
    const address = a.string(0, "address");
    const parsed = tryParseAddress(address);
    if (!parsed) throw invalidArgument(`tables.add: the address '${address}' is not valid.`);
    if (parsed.sheet !== undefined) {
      sheet = wb.findSheet(parsed.sheet);
      if (!sheet) throw invalidArgument(`tables.add: there is no worksheet '${parsed.sheet}'.`);
    }
    if (!sheet)
      throw invalidArgument(`tables.add: '${address}' must name its worksheet ("Sheet1!A1:B2").`);
    rect = parsed.rect;
  }
  // hasHeaders is required in the typings; an omitted one (sent as null) is taken as false.
  return tableObject(createTable(wb, sheet, rect, a.boolean(1, "hasHeaders", false)));
}

const tableCollectionType = defineType<Excel.TableCollection, TableScope>({
  type: "TableCollection",
  items: (scope) => tablesIn(scope).map(tableObject),
  indexer: (scope, key) => {
    const t = findTable(scope, key);
    if (!t) throw itemNotFound(`table '${String(key)}'`);
    return tableObject(t);
  },
  properties: {
    Count: { get: (scope) => tablesIn(scope).length },
  },
  methods: {
    Add: addTable,
    GetCount: (scope) => tablesIn(scope).length,
    GetItemOrNullObject: (scope, a) => {
      const t = findTable(scope, a.raw(0));
      return t ? tableObject(t) : null;
    },
  },
});

// ---- Table --------------------------------------------------------------------------------------

/** Resize takes a Range or an address (sheet-qualified or on the table's own sheet). */
function resize(t: TableModel, a: Args): void {
  const object = a.object(0);
  if (object) {
    if (object.type !== "Range")
      throw invalidArgument("resize: newRange must be a Range or an address.");
    const target = object.target as RangeTarget;
    resizeTable(wbOf(t), t, target.sheet, target.rect);
    return;
  }
  const address = a.string(0, "newRange");
  const parsed = tryParseAddress(address);
  if (!parsed) throw invalidArgument(`resize: the address '${address}' is not valid.`);
  const sheet = parsed.sheet === undefined ? t.sheet : wbOf(t).findSheet(parsed.sheet);
  if (!sheet) throw invalidArgument(`resize: there is no worksheet '${parsed.sheet ?? ""}'.`);
  resizeTable(wbOf(t), t, sheet, parsed.rect);
}

const noHeaderRow = (): StandInError =>
  itemNotFound("the table's header row is hidden (showHeaders is false)");
const noTotalsRow = (): StandInError =>
  itemNotFound("the table has no totals row (showTotals is false)");

const tableType = defineType<Excel.Table, TableModel>({
  type: "Table",
  id: (t) => t.id,
  isDeleted: (t) => t.deleted,
  properties: {
    Id: { get: (t) => t.id },
    /** "Returns a numeric ID." */
    LegacyId: { get: (t) => t.id.replace(/\D/g, "") },
    Name: {
      get: (t) => t.name,
      set: (t, v) => {
        const previous = t.name;
        t.name = checkTableOrDefinedName(wbOf(t), v, t);
        renameReferences(wbOf(t), previous, t.name);
      },
    },
    ShowHeaders: {
      get: (t) => t.showHeaders,
      set: (t, v) => setShowHeaders(wbOf(t), t, checkBoolean(v, "showHeaders")),
    },
    ShowTotals: {
      get: (t) => t.showTotals,
      set: (t, v) => setShowTotals(wbOf(t), t, checkBoolean(v, "showTotals")),
    },
    /** Built-in styles only: the stand-in's workbooks hold no custom table styles. */
    Style: {
      get: (t) => t.style,
      set: (t, v) => {
        if (typeof v !== "string" || (v !== "" && !TABLE_STYLE.test(v))) {
          throw invalidArgument(`'${String(v)}' is not a table style.`);
        }
        t.style = v;
      },
    },
    HighlightFirstColumn: flag("highlightFirstColumn"),
    HighlightLastColumn: flag("highlightLastColumn"),
    ShowBandedRows: flag("showBandedRows"),
    ShowBandedColumns: flag("showBandedColumns"),
    /** "Setting this is only allowed if the table contains a header row." */
    ShowFilterButton: {
      get: (t) => t.showHeaders && t.showFilterButton,
      set: (t, v) => {
        const show = checkBoolean(v, "showFilterButton");
        if (!t.showHeaders) {
          throw new StandInError(
            "InvalidOperation",
            "showFilterButton can only be set on a table with a header row."
          );
        }
        t.showFilterButton = show;
      },
    },
  },
  navigation: {
    Columns: (t) => hostObject("TableColumnCollection", t),
    Rows: (t) => hostObject("TableRowCollection", t),
    Worksheet: (t) => hostObject("Worksheet", t.sheet),
  },
  methods: {
    GetRange: (t) => rangeObject(t.sheet, tableRange(t)),
    GetHeaderRowRange: (t) => {
      if (!t.showHeaders) throw noHeaderRow();
      return rangeObject(t.sheet, headerRect(t));
    },
    GetDataBodyRange: (t) => rangeObject(t.sheet, dataRect(t)),
    GetTotalRowRange: (t) => {
      if (!t.showTotals) throw noTotalsRow();
      return rangeObject(t.sheet, totalsRect(t));
    },
    /** "Converts the table into a normal range of cells. All data is preserved." */
    ConvertToRange: (t) => rangeObject(t.sheet, convertTableToRange(wbOf(t), t)),
    Delete: (t) => deleteTable(wbOf(t), t),
    Resize: resize,
  },
});

// ---- rows ---------------------------------------------------------------------------------------

const rowRect = ({ table, index }: RowTarget): Rect => {
  const row = table.rect.top + 1 + index;
  return { ...table.rect, top: row, bottom: row };
};

function checkRow(r: RowTarget): RowTarget {
  if (
    r.index >= wbOf(r.table).dataRowCount(r.table) &&
    !(r.index === 0 && r.table.placeholderRow)
  ) {
    throw itemNotFound(`row ${r.index} of table '${r.table.name}'`);
  }
  return r;
}

const tableRowCollectionType = defineType<Excel.TableRowCollection, TableModel>({
  type: "TableRowCollection",
  items: (t) => Array.from({ length: wbOf(t).dataRowCount(t) }, (_, i) => rowObject(t, i)),
  properties: {
    Count: { get: (t) => wbOf(t).dataRowCount(t) },
  },
  methods: {
    /** "If null or -1, the addition happens at the end"; "alwaysInsert … Default is `true`". */
    Add: (t, a) => {
      const index = a.optional(0) === undefined ? undefined : a.integer(0, "index");
      const first = addTableRows(
        wbOf(t),
        t,
        index,
        a.optional(1),
        a.boolean(2, "alwaysInsert", true)
      );
      return rowObject(t, first);
    },
    GetCount: (t) => wbOf(t).dataRowCount(t),
    DeleteRowsAt: (t, a) =>
      deleteTableRows(wbOf(t), t, a.integer(0, "index"), a.optionalInteger(1, "count", 1)),
    /** "This method will throw the `InvalidArgument` error if a chosen row has already been deleted or doesn't exist." */
    DeleteRows: (t, a) => {
      const given = a.raw(0);
      if (!Array.isArray(given)) throw invalidArgument("deleteRows: rows must be an array.");
      // Rows arrive as indexes or as TableRow objects (resolved by the host).
      const rows = given.map((r: unknown) =>
        isHostObject(r) && r.type === "TableRow" && (r.target as RowTarget).table === t
          ? (r.target as RowTarget).index
          : r
      );
      if (!rows.every((r) => typeof r === "number" && Number.isInteger(r))) {
        throw invalidArgument("deleteRows: rows are indexes or rows of this table.");
      }
      const indexes = [...new Set(rows as number[])].sort((x, y) => y - x);
      const count = wbOf(t).dataRowCount(t);
      if (indexes.length !== rows.length || indexes.some((i) => i < 0 || i >= count)) {
        throw invalidArgument("deleteRows: a row was given twice or does not exist.");
      }
      for (const i of indexes) deleteTableRows(wbOf(t), t, i, 1);
    },
  },
});

const tableRowType = defineType<Excel.TableRow, RowTarget>({
  type: "TableRow",
  isDeleted: (r) => r.table.deleted,
  properties: {
    Index: { get: (r) => r.index },
    Values: {
      get: (r) => readValues(r.table.sheet, rowRect(checkRow(r))),
      set: (r, v) => writeValues(r.table.sheet, rowRect(checkRow(r)), v),
    },
  },
  methods: {
    GetRange: (r) => rangeObject(r.table.sheet, rowRect(checkRow(r))),
    Delete: (r) => deleteTableRows(wbOf(r.table), r.table, checkRow(r).index, 1),
  },
});

// ---- columns ------------------------------------------------------------------------------------

const columnIndex = (c: ColumnTarget): number => c.table.columns.findIndex((x) => x.id === c.id);

/** "Gets a column object by name or ID": a number is an id, a string a name (or an id in digits). */
function findColumn(t: TableModel, key: unknown): number | undefined {
  if (typeof key === "number") return t.columns.find((c) => c.id === key)?.id;
  if (typeof key !== "string") throw invalidArgument("A column key is a name or an id.");
  const lower = key.toLowerCase();
  const byName = t.columns.find((c) => c.name.toLowerCase() === lower);
  if (byName) return byName.id;
  return /^\d+$/.test(key) ? t.columns.find((c) => c.id === Number(key))?.id : undefined;
}

const tableColumnCollectionType = defineType<Excel.TableColumnCollection, TableModel>({
  type: "TableColumnCollection",
  items: (t) => t.columns.map((c) => columnObject(t, c.id)),
  indexer: (t, key) => {
    const id = findColumn(t, key);
    if (id === undefined) throw itemNotFound(`column '${String(key)}' of table '${t.name}'`);
    return columnObject(t, id);
  },
  properties: {
    Count: { get: (t) => t.columns.length },
  },
  methods: {
    /** "index … If null or -1, the addition happens at the end"; "name … If `null`, the default name will be used." */
    Add: (t, a) => {
      const index = a.optional(0) === undefined ? undefined : a.integer(0, "index");
      return columnObject(
        t,
        addTableColumn(wbOf(t), t, index, a.optional(1), a.optionalString(2, "name"))
      );
    },
    GetCount: (t) => t.columns.length,
    GetItemOrNullObject: (t, a) => {
      const id = findColumn(t, a.raw(0));
      return id === undefined ? null : columnObject(t, id);
    },
  },
});

/** The column's cells in `rect` (a row span of the table). */
function columnPart(
  c: ColumnTarget,
  part: (t: TableModel) => Rect
): { sheet: SheetModel; rect: Rect } {
  return { sheet: c.table.sheet, rect: columnRect(c.table, part(c.table), columnIndex(c)) };
}

const tableColumnType = defineType<Excel.TableColumn, ColumnTarget>({
  type: "TableColumn",
  id: (c) => c.id,
  isDeleted: (c) => c.table.deleted || columnIndex(c) < 0,
  properties: {
    Id: { get: (c) => c.id },
    Index: { get: (c) => columnIndex(c) },
    Name: {
      get: (c) => c.table.columns[columnIndex(c)]?.name,
      set: (c, v) => {
        if (typeof v !== "string") throw invalidArgument("A table column name is a string.");
        renameTableColumn(wbOf(c.table), c.table, columnIndex(c), v);
      },
    },
    /** The column's range: header (if shown), data and totals (if shown). */
    Values: {
      get: (c) => {
        const { sheet, rect } = columnPart(c, tableRange);
        return readValues(sheet, rect);
      },
      set: (c, v) => {
        const { sheet, rect } = columnPart(c, tableRange);
        writeValues(sheet, rect, v);
      },
    },
  },
  methods: {
    GetRange: (c) => {
      const { sheet, rect } = columnPart(c, tableRange);
      return rangeObject(sheet, rect);
    },
    GetHeaderRowRange: (c) => {
      if (!c.table.showHeaders) throw noHeaderRow();
      const { sheet, rect } = columnPart(c, headerRect);
      return rangeObject(sheet, rect);
    },
    GetDataBodyRange: (c) => {
      const { sheet, rect } = columnPart(c, dataRect);
      return rangeObject(sheet, rect);
    },
    GetTotalRowRange: (c) => {
      if (!c.table.showTotals) throw noTotalsRow();
      const { sheet, rect } = columnPart(c, totalsRect);
      return rangeObject(sheet, rect);
    },
    Delete: (c) => deleteTableColumn(wbOf(c.table), c.table, columnIndex(c)),
  },
});

export const TABLE_TYPES: TypeHandler[] = [
  tableCollectionType,
  tableType,
  tableRowCollectionType,
  tableRowType,
  tableColumnCollectionType,
  tableColumnType,
];
