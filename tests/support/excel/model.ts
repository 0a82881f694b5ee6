// The workbook state behind the proxies: sheets and their cells, formats, tables, charts, names,
// settings. Proxies change it only when a batch is synced; tests may read or arrange it directly
// through inspect.ts. Formula results come from the FormulaEngine, which is rebuilt lazily.
import type { Rect } from "./address";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  contains,
  formatAddress,
  intersect,
  quoteSheetName,
  rowCount,
} from "./address";
import { invalidArgument, StandInError } from "./errors";
import { checkFormula, FormulaEngine } from "./formulas";
import { rewriteSheetPrefixes } from "./formulaSyntax";
import type { PageLayoutModel } from "./pageLayoutModel";
import { newPageLayout } from "./pageLayoutModel";
import type { ProtectionModel } from "./protectionModel";
import {
  checkCellEditable,
  checkFormattable,
  checkRangeEditable,
  checkRowsShiftable,
  newProtection,
} from "./protectionModel";
import type { CellContent, CellScalar } from "./values";
import { interpretWrite } from "./values";

export interface Cell {
  value: CellScalar;
  /** Formula text as written (structured references kept); absent for constants. */
  formula?: string;
  numberFormat?: string;
  /** When numberFormat was set, to order it against range-wide format layers. */
  formatStamp?: number;
  /** A typed error value ("#N/A" written as a value): an error constant, not text. */
  error?: boolean;
}

export interface FormatProps {
  numberFormat: string;
  bold: boolean;
  italic: boolean;
  underline: string;
  fontColor: string;
  fontSize: number;
  fontName: string;
  fillColor: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  columnWidth: number;
  rowHeight: number;
}

export const DEFAULT_FORMAT: FormatProps = {
  numberFormat: "General",
  bold: false,
  italic: false,
  underline: "None",
  fontColor: "#000000",
  fontSize: 11,
  fontName: "Calibri",
  fillColor: "#FFFFFF",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  columnWidth: 48,
  rowHeight: 15,
};

/** A format applied to a whole rectangle at once; later layers win. Keeps "A:A" formats cheap. */
export interface FormatLayer {
  stamp: number;
  rect: Rect;
  props: Partial<FormatProps>;
}

export interface ChartSeriesModel {
  name: string;
  chartType?: string;
  axisGroup: string;
  valuesAddress?: string;
  xValuesAddress?: string;
  /** Other settings by office.js name, nested as set: { markerStyle, format: { line: { color } }, dataLabels: {…} }. */
  extra: Record<string, unknown>;
}

export interface ChartAxisModel {
  title: string;
  titleVisible: boolean;
  numberFormat: string;
  /** Other settings by office.js name (minimum, maximum, visible, format: { font: {…} }…). */
  extra: Record<string, unknown>;
}

export interface ChartModel {
  id: string;
  name: string;
  chartType: string;
  sourceAddress: string;
  seriesBy: string;
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  /** category/value are the primary axes; the others exist in Excel only for some charts (chart.ts). */
  axes: {
    category: ChartAxisModel;
    value: ChartAxisModel;
    secondaryCategory: ChartAxisModel;
    secondaryValue: ChartAxisModel;
    series: ChartAxisModel;
  };
  series: ChartSeriesModel[];
  position?: { start: string; end?: string };
  top: number;
  left: number;
  width: number;
  height: number;
  /** Other settings by office.js path: { dataLabels: { showValue }, title: { format: { font } } }. */
  extra: Record<string, unknown>;
  deleted: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  address: string;
  rect: Rect;
  priority: number;
  stopIfTrue: boolean;
  /** Nested settings as production code set them, e.g. { iconSet: { style, criteria } }. */
  settings: Record<string, unknown>;
}

export interface DataValidationModel {
  address: string;
  rect: Rect;
  rule: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface NamedItemModel {
  name: string;
  /** "=Sheet1!$A$1", "=0.05", "=\"text\"". */
  formula: string;
  comment: string;
  visible: boolean;
  /** Worksheet-scoped names carry their sheet. */
  sheet?: SheetModel;
  workbook: WorkbookModel;
  deleted: boolean;
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /**
   * Header row (kept when hidden) to last data row. A shown totals row is the row below, so
   * appended rows push it down like any cell under the table.
   */
  rect: Rect;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  /**
   * One per column, left to right: Excel's column ids (numbers from 1, never reused) and names,
   * which outlive a hidden header row (see tableModel.ts).
   */
  columns: { id: number; name: string }[];
  nextColumnId: number;
  /** Excel gives a header-only table one blank data row, which the first rows.add fills. */
  placeholderRow: boolean;
  deleted: boolean;
}

export class SheetModel {
  readonly cells = new Map<number, Cell>();
  readonly layers: FormatLayer[] = [];
  readonly charts: ChartModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly validations: DataValidationModel[] = [];
  readonly names: NamedItemModel[] = [];
  readonly autofits: { address: string; kind: "columns" | "rows" }[] = [];
  visibility = "Visible";
  tabColor = "";
  showGridlines = true;
  freeze: { rows: number; columns: number } | undefined;
  readonly pageLayout: PageLayoutModel = newPageLayout();
  readonly protection: ProtectionModel = newProtection();
  deleted = false;

  constructor(
    readonly workbook: WorkbookModel,
    readonly id: string,
    public name: string
  ) {}
}

const RULE_FORMULA_KEYS = new Set(["formula", "formula1", "formula2", "source"]);

/** Rewrites, in place, the "=…" formulas of a rule's nested settings. */
function rewriteRuleFormulas(node: unknown, rewrite: (formula: string) => string): void {
  if (typeof node !== "object" || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === "string" && value.startsWith("=") && RULE_FORMULA_KEYS.has(key)) {
      (node as Record<string, unknown>)[key] = rewrite(value);
    } else {
      rewriteRuleFormulas(value, rewrite);
    }
  }
}

export const cellKey = (row: number, col: number): number => row * MAX_COLUMNS + col;
export const keyRow = (key: number): number => Math.floor(key / MAX_COLUMNS);
export const keyCol = (key: number): number => key % MAX_COLUMNS;

/**
 * Moves the cells at or after `from` along `axis` by `delta`, within the band [first, last] of the
 * other axis. Deleting (delta < 0) removes the cells the moved ones land on; inserting pushes the
 * last ones off the grid, as Excel does with empty ones.
 */
export function shiftCells(
  sheet: SheetModel,
  axis: "rows" | "columns",
  from: number,
  first: number,
  last: number,
  delta: number
): void {
  const byRow = axis === "rows";
  const end = byRow ? MAX_ROWS : MAX_COLUMNS;
  const moved: [number, Cell][] = [];
  for (const [key, cell] of [...sheet.cells]) {
    const row = keyRow(key);
    const col = keyCol(key);
    const [along, across] = byRow ? [row, col] : [col, row];
    if (across < first || across > last) continue;
    const deleted = delta < 0 && along >= from + delta && along < from;
    if (along < from && !deleted) continue;
    sheet.cells.delete(key);
    if (deleted || along + delta >= end) continue;
    moved.push([byRow ? cellKey(row + delta, col) : cellKey(row, col + delta), cell]);
  }
  for (const [key, cell] of moved) sheet.cells.set(key, cell);
}

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/;

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: NamedItemModel[] = [];
  /** Values are stored as JSON text, as Office does, so only JSON-serialisable data round-trips. */
  readonly settings = new Map<string, string>();
  readonly application = { calculationSuspensions: 0, screenUpdatingSuspensions: 0 };
  activeSheetId = "";
  /** The selection of the active sheet: Excel starts with A1 selected. */
  selection: { sheetId: string; rect: Rect } = {
    sheetId: "",
    rect: { top: 0, left: 0, bottom: 0, right: 0 },
  };
  readonly engine = new FormulaEngine(this);
  private nextId = 1;
  private stamp = 0;

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  nextStamp(): number {
    return ++this.stamp;
  }

  // ---- sheets ---------------------------------------------------------------------------------

  liveSheets(): SheetModel[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  findSheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.liveSheets().find((s) => s.name.toLowerCase() === lower);
  }

  checkSheetName(name: string, except?: SheetModel): void {
    if (
      name.trim() === "" ||
      name.length > 31 ||
      INVALID_SHEET_CHARS.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === "history"
    ) {
      throw invalidArgument(`'${name}' is not a valid worksheet name.`);
    }
    const existing = this.findSheet(name);
    if (existing && existing !== except) {
      throw new StandInError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
    }
  }

  addSheet(name?: string): SheetModel {
    let sheetName = name;
    if (sheetName === undefined) {
      let n = this.liveSheets().length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    this.checkSheetName(sheetName);
    const sheet = new SheetModel(this, this.newId("sheet"), sheetName);
    this.sheets.push(sheet);
    if (this.activeSheetId === "") {
      this.activeSheetId = sheet.id;
      this.selection = { sheetId: sheet.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    }
    this.engine.markDirty();
    return sheet;
  }

  /** Excel rewrites every formula that names the sheet ("=Sheet1!A1" becomes "='My data'!A1"). */
  renameSheet(sheet: SheetModel, name: string): void {
    this.checkSheetName(name, sheet);
    const old = sheet.name.toLowerCase();
    sheet.name = name;
    this.rewriteFormulas((f) =>
      rewriteSheetPrefixes(f, (s) =>
        s.toLowerCase() === old ? `${quoteSheetName(name)}!` : undefined
      )
    );
  }

  /** Applies a rewrite to every stored formula: cells and defined names. */
  rewriteFormulas(rewrite: (formula: string) => string): void {
    for (const sheet of this.liveSheets()) {
      for (const cell of sheet.cells.values())
        if (cell.formula !== undefined) cell.formula = rewrite(cell.formula);
    }
    for (const item of [...this.names, ...this.liveSheets().flatMap((s) => s.names)]) {
      if (!item.deleted) item.formula = rewrite(item.formula);
    }
    // Chart series are references too (Excel shows them as =SERIES(…) formulas).
    const ref = (address: string): string => rewrite(`=${address}`).replace(/^=/, "");
    for (const chart of this.liveSheets().flatMap((s) => s.charts)) {
      chart.sourceAddress = ref(chart.sourceAddress);
      for (const s of chart.series) {
        if (s.valuesAddress !== undefined) s.valuesAddress = ref(s.valuesAddress);
        if (s.xValuesAddress !== undefined) s.xValuesAddress = ref(s.xValuesAddress);
      }
    }
    // So are the formulas of conditional formats and data validation rules.
    for (const sheet of this.liveSheets()) {
      for (const cf of sheet.conditionalFormats) rewriteRuleFormulas(cf.settings, rewrite);
      for (const v of sheet.validations) rewriteRuleFormulas(v.rule, rewrite);
    }
    this.engine.markDirty();
  }

  deleteSheet(sheet: SheetModel): void {
    const live = this.liveSheets();
    if (live.length === 1) {
      throw new StandInError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet."
      );
    }
    sheet.deleted = true;
    for (const t of this.tables) if (t.sheet === sheet) t.deleted = true;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    // References to a deleted sheet become #REF! ("=Data!A1" reads back "=#REF!A1").
    const gone = sheet.name.toLowerCase();
    this.rewriteFormulas((f) =>
      rewriteSheetPrefixes(f, (s) => (s.toLowerCase() === gone ? "#REF!" : undefined))
    );
    if (this.activeSheetId === sheet.id) {
      this.activeSheetId = this.liveSheets()[0]?.id ?? "";
      this.selection = {
        sheetId: this.activeSheetId,
        rect: { top: 0, left: 0, bottom: 0, right: 0 },
      };
    }
    this.engine.markDirty();
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw invalidArgument(`Position ${position} is outside the worksheet collection.`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  // ---- cells ----------------------------------------------------------------------------------

  cell(sheet: SheetModel, row: number, col: number): Cell | undefined {
    return sheet.cells.get(cellKey(row, col));
  }

  /** Displayed value: formulas computed, cells a dynamic array spills into, empty cells "". */
  valueAt(sheet: SheetModel, row: number, col: number): CellScalar {
    const cell = this.cell(sheet, row, col);
    if (cell?.formula !== undefined) return this.engine.computed(sheet, row, col);
    if (cell && cell.value !== "") return cell.value;
    return this.engine.spillAt(sheet, row, col) ? this.engine.spilledValue(sheet, row, col) : "";
  }

  /** A spilled cell has no formula of its own: Range.formulas reads its value. */
  formulaAt(sheet: SheetModel, row: number, col: number): CellScalar {
    const cell = this.cell(sheet, row, col);
    if (cell?.formula !== undefined) return cell.formula;
    if (cell && cell.value !== "") return cell.value;
    return this.engine.spillAt(sheet, row, col) ? this.engine.spilledValue(sheet, row, col) : "";
  }

  /**
   * What writing `input` to a cell would store, with formulas checked as Excel checks them when
   * the request runs (a syntax error throws InvalidArgument) and stored as Excel spells them.
   */
  interpretInput(sheet: SheetModel, row: number, col: number, input: unknown): CellContent {
    checkCellEditable(sheet, row, col);
    const content = interpretWrite(input, this.formatAt(sheet, row, col).numberFormat);
    if (content.kind !== "formula") return content;
    return { kind: "formula", formula: checkFormula(this, content.formula, { sheet, row, col }) };
  }

  /** Writes through Excel's interpretation of typed input (see values.ts). */
  writeInput(sheet: SheetModel, row: number, col: number, input: unknown): void {
    this.writeContent(sheet, row, col, this.interpretInput(sheet, row, col, input));
  }

  writeContent(sheet: SheetModel, row: number, col: number, content: CellContent): void {
    const key = cellKey(row, col);
    const existing = sheet.cells.get(key);
    if (content.kind === "empty") {
      if (existing?.numberFormat !== undefined) {
        existing.value = "";
        delete existing.formula;
        delete existing.error;
      } else {
        sheet.cells.delete(key);
      }
    } else {
      const cell: Cell = existing ?? { value: "" };
      delete cell.error;
      if (content.kind === "formula") {
        cell.formula = content.formula;
        cell.value = "";
      } else {
        delete cell.formula;
        cell.value = content.value;
        if (content.error === true) cell.error = true;
        if (content.numberFormat !== undefined) {
          cell.numberFormat = content.numberFormat;
          cell.formatStamp = this.nextStamp();
        }
      }
      sheet.cells.set(key, cell);
    }
    this.engine.markDirty();
  }

  setCellNumberFormat(sheet: SheetModel, row: number, col: number, format: string): void {
    checkFormattable(sheet);
    const key = cellKey(row, col);
    const cell = sheet.cells.get(key) ?? { value: "" };
    cell.numberFormat = format === "" ? "General" : format;
    cell.formatStamp = this.nextStamp();
    sheet.cells.set(key, cell);
  }

  // ---- formats --------------------------------------------------------------------------------

  applyFormat(sheet: SheetModel, rect: Rect, props: Partial<FormatProps>): void {
    checkFormattable(sheet);
    sheet.layers.push({ stamp: this.nextStamp(), rect, props });
  }

  formatAt(sheet: SheetModel, row: number, col: number): FormatProps {
    const result: FormatProps = { ...DEFAULT_FORMAT };
    let numberFormatStamp = 0;
    for (const layer of sheet.layers) {
      if (!contains(layer.rect, row, col)) continue;
      Object.assign(result, layer.props);
      if (layer.props.numberFormat !== undefined) numberFormatStamp = layer.stamp;
    }
    const cell = this.cell(sheet, row, col);
    if (cell?.numberFormat !== undefined && (cell.formatStamp ?? 0) > numberFormatStamp) {
      result.numberFormat = cell.numberFormat;
    }
    return result;
  }

  /** Clears contents and/or formats; Excel's clear(applyTo). */
  clear(sheet: SheetModel, rect: Rect, applyTo: string): void {
    const contents = applyTo === "All" || applyTo === "Contents";
    const formats = applyTo === "All" || applyTo === "Formats";
    if (contents) checkRangeEditable(sheet, rect);
    if (formats) checkFormattable(sheet);
    for (const [key, cell] of [...sheet.cells]) {
      if (!contains(rect, keyRow(key), keyCol(key))) continue;
      if (contents) {
        if (cell.formula !== undefined) this.engine.markDirty();
        cell.value = "";
        delete cell.formula;
        delete cell.error;
      }
      if (formats) {
        delete cell.numberFormat;
        delete cell.formatStamp;
      }
      if (cell.value === "" && cell.formula === undefined && cell.numberFormat === undefined) {
        sheet.cells.delete(key);
      }
    }
    if (formats) {
      const reset: Partial<FormatProps> = { ...DEFAULT_FORMAT };
      delete reset.columnWidth;
      delete reset.rowHeight;
      this.applyFormat(sheet, rect, reset);
    }
    this.engine.markDirty();
  }

  /** Moves every cell at or below `fromRow` in columns [left, right] by `delta` rows. */
  shiftRows(sheet: SheetModel, fromRow: number, left: number, right: number, delta: number): void {
    checkRowsShiftable(sheet, left === 0 && right === MAX_COLUMNS - 1, delta);
    shiftCells(sheet, "rows", fromRow, left, right, delta);
    for (const t of this.tables) {
      if (t.deleted || t.sheet !== sheet || t.rect.left < left || t.rect.right > right) continue;
      if (t.rect.top >= fromRow) {
        t.rect = { ...t.rect, top: t.rect.top + delta, bottom: t.rect.bottom + delta };
      } else if (t.rect.bottom >= fromRow) {
        t.rect = { ...t.rect, bottom: Math.max(t.rect.top + 1, t.rect.bottom + delta) };
      }
    }
    this.engine.markDirty();
  }

  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | undefined {
    let r: Rect | undefined;
    for (const [key, cell] of sheet.cells) {
      if (valuesOnly && cell.value === "" && cell.formula === undefined) continue;
      const row = keyRow(key);
      const col = keyCol(key);
      r = r
        ? {
            top: Math.min(r.top, row),
            left: Math.min(r.left, col),
            bottom: Math.max(r.bottom, row),
            right: Math.max(r.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return r;
  }

  // ---- tables and names -----------------------------------------------------------------------

  liveTables(sheet?: SheetModel): TableModel[] {
    return this.tables.filter((t) => !t.deleted && (sheet === undefined || t.sheet === sheet));
  }

  findTable(name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.liveTables().find((t) => t.name.toLowerCase() === lower);
  }

  tableAt(sheet: SheetModel, rect: Rect): TableModel | undefined {
    return this.liveTables(sheet).find((t) => intersect(t.rect, rect) !== undefined);
  }

  /** Header texts, which are the table's column names. */
  tableColumns(t: TableModel): string[] {
    if (!t.showHeaders) return t.columns.map((c) => c.name);
    const names: string[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) {
      names.push(String(this.valueAt(t.sheet, t.rect.top, c)));
    }
    return names;
  }

  dataRowCount(t: TableModel): number {
    return t.placeholderRow ? 0 : rowCount(t.rect) - 1;
  }

  tableAddress(t: TableModel): string {
    return formatAddress(t.sheet.name, t.rect);
  }

  findName(name: string, sheet?: SheetModel): NamedItemModel | undefined {
    const lower = name.toLowerCase();
    const list = sheet ? sheet.names : this.names;
    return list.find((n) => !n.deleted && n.name.toLowerCase() === lower);
  }

  /** Table names and defined names share one namespace, case-insensitively. */
  isNameTaken(name: string, except?: TableModel): boolean {
    const table = this.findTable(name);
    return (table !== undefined && table !== except) || this.findName(name) !== undefined;
  }
}
