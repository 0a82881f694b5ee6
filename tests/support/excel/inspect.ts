// Direct access to the workbook for tests: inspection (assert what production code did) and
// arrangement (set up "a user table already called Posts"). Both bypass the request queue, so
// they neither need load/sync nor count as syncs.
import { formatAddress, parseAddress } from "./address";
import type { Rect } from "./address";
import type { FormatProps, SheetModel, WorkbookModel } from "./model";
import { describeName } from "./nameModel";
import { displayText } from "./numberFormat";
import type { ProtectionOptions } from "./protectionModel";
import { cellLock } from "./protectionModel";
import {
  afterRangeWrite,
  createTable,
  checkTableOrDefinedName,
  dataRect,
  tableRange,
} from "./tableModel";
import type { CellScalar } from "./values";
import { describeFreeze } from "./host/types/worksheet";

export interface CellView {
  value: CellScalar;
  formula: CellScalar;
  numberFormat: string;
  text: string;
}

function sheetOrThrow(wb: WorkbookModel, name: string): SheetModel {
  const sheet = wb.findSheet(name);
  if (!sheet)
    throw new Error(
      `No worksheet named '${name}' (sheets: ${wb
        .liveSheets()
        .map((s) => s.name)
        .join(", ")})`
    );
  return sheet;
}

function rows<V>(rect: Rect, cell: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(cell(r, c));
    out.push(line);
  }
  return out;
}

export class SheetInspector {
  constructor(
    private readonly wb: WorkbookModel,
    readonly model: SheetModel
  ) {}

  get name(): string {
    return this.model.name;
  }

  get position(): number {
    return this.wb.sheets.indexOf(this.model);
  }

  get visibility(): string {
    return this.model.visibility;
  }

  get tabColor(): string {
    return this.model.tabColor;
  }

  get showGridlines(): boolean {
    return this.model.showGridlines;
  }

  get isActive(): boolean {
    return this.wb.activeSheetId === this.model.id;
  }

  cell(address: string): CellView {
    const { top: row, left: col } = parseAddress(address).rect;
    const value = this.wb.valueAt(this.model, row, col);
    const numberFormat = this.wb.formatAt(this.model, row, col).numberFormat;
    return {
      value,
      formula: this.wb.formulaAt(this.model, row, col),
      numberFormat,
      text: displayText(value, numberFormat),
    };
  }

  values(address?: string): CellScalar[][] {
    const rect =
      address === undefined ? this.wb.usedRect(this.model, false) : parseAddress(address).rect;
    return rect ? rows(rect, (r, c) => this.wb.valueAt(this.model, r, c)) : [];
  }

  formulas(address: string): CellScalar[][] {
    return rows(parseAddress(address).rect, (r, c) => this.wb.formulaAt(this.model, r, c));
  }

  numberFormats(address: string): string[][] {
    return rows(
      parseAddress(address).rect,
      (r, c) => this.wb.formatAt(this.model, r, c).numberFormat
    );
  }

  /** Effective format of the top-left cell of `address` (column width and row height included). */
  format(address: string): FormatProps {
    const { top, left } = parseAddress(address).rect;
    return this.wb.formatAt(this.model, top, left);
  }

  usedAddress(): string | undefined {
    const rect = this.wb.usedRect(this.model, false);
    return rect && formatAddress(this.model.name, rect);
  }

  get freezePanes(): { rows: number; columns: number; address?: string } {
    return { rows: 0, columns: 0, ...this.model.freeze, address: describeFreeze(this.model) };
  }

  get charts() {
    return this.model.charts;
  }

  get conditionalFormats() {
    return this.model.conditionalFormats;
  }

  get dataValidations() {
    return this.model.validations;
  }

  get autofits() {
    return this.model.autofits;
  }

  get names() {
    return this.model.names.filter((n) => !n.deleted).map((n) => describeName(this.wb, n));
  }

  /** "Sheet1!A1:D20", areas joined by ", " as RangeAreas.address reads; undefined when unset. */
  get printArea(): string | undefined {
    return this.model.pageLayout.printArea
      ?.map((r) => formatAddress(this.model.name, r))
      .join(", ");
  }

  get printTitleRows(): string | undefined {
    const rect = this.model.pageLayout.printTitleRows;
    return rect && formatAddress(this.model.name, rect);
  }

  get orientation(): string {
    return this.model.pageLayout.orientation;
  }

  /** Every print setting, margins in points. */
  get pageLayout() {
    return this.model.pageLayout;
  }

  get protection(): { protected: boolean; options: ProtectionOptions; hasPassword: boolean } {
    const p = this.model.protection;
    return {
      protected: p.protected,
      options: { ...p.options },
      hasPassword: p.password !== undefined,
    };
  }

  /** Whether a cell is locked (it matters only while the sheet is protected). */
  isLocked(address: string): boolean {
    const { top, left } = parseAddress(address).rect;
    return cellLock(this.model.protection, top, left).locked;
  }
}

export class WorkbookInspector {
  constructor(private readonly wb: WorkbookModel) {}

  sheetNames(): string[] {
    return this.wb.liveSheets().map((s) => s.name);
  }

  sheet(name: string): SheetInspector {
    return new SheetInspector(this.wb, sheetOrThrow(this.wb, name));
  }

  hasSheet(name: string): boolean {
    return this.wb.findSheet(name) !== undefined;
  }

  /** The selected range, e.g. "Sheet1!B2:C3" (Excel starts with A1 of the first sheet). */
  get selection(): string | undefined {
    const sheet = this.wb.liveSheets().find((s) => s.id === this.wb.selection.sheetId);
    return sheet && formatAddress(sheet.name, this.wb.selection.rect);
  }

  activeSheet(): string | undefined {
    return this.wb.liveSheets().find((s) => s.id === this.wb.activeSheetId)?.name;
  }

  values(sheet: string, address?: string): CellScalar[][] {
    return this.sheet(sheet).values(address);
  }

  formats(sheet: string, address: string): FormatProps {
    return this.sheet(sheet).format(address);
  }

  tables() {
    return this.wb.liveTables().map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      address: formatAddress(t.sheet.name, tableRange(t)),
      headers: this.wb.tableColumns(t),
      columnIds: t.columns.map((c) => c.id),
      rowCount: this.wb.dataRowCount(t),
      style: t.style,
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      showBandedRows: t.showBandedRows,
      showFilterButton: t.showFilterButton,
    }));
  }

  table(name: string) {
    const found = this.tables().find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new Error(`No table named '${name}'`);
    return found;
  }

  /** Data rows of a table as displayed values. */
  tableValues(name: string): CellScalar[][] {
    const t = this.wb.findTable(name);
    if (!t || this.wb.dataRowCount(t) === 0) return [];
    return rows(dataRect(t), (r, c) => this.wb.valueAt(t.sheet, r, c));
  }

  charts(sheet?: string) {
    const sheets = sheet === undefined ? this.wb.liveSheets() : [sheetOrThrow(this.wb, sheet)];
    return sheets.flatMap((s) => s.charts.map((c) => ({ sheet: s.name, ...c })));
  }

  names() {
    return this.wb.names.filter((n) => !n.deleted).map((n) => describeName(this.wb, n));
  }

  settings(): Record<string, unknown> {
    return Object.fromEntries(
      [...this.wb.settings].map(([k, json]) => [k, JSON.parse(json) as unknown])
    );
  }

  conditionalFormats(sheet: string) {
    return this.sheet(sheet).conditionalFormats;
  }

  dataValidations(sheet: string) {
    return this.sheet(sheet).dataValidations;
  }

  freezePanes(sheet: string) {
    return this.sheet(sheet).freezePanes;
  }

  get application() {
    return { ...this.wb.application };
  }
}

/** Arranging state as a user (or an earlier session) would have left it. */
export class WorkbookArranger {
  constructor(private readonly wb: WorkbookModel) {}

  addSheet(name: string): this {
    this.wb.addSheet(name);
    return this;
  }

  /** Writes like a user typing: Excel's coercion applies (see values.ts). */
  setValues(sheet: string, address: string, values: unknown[][]): this {
    const s = sheetOrThrow(this.wb, sheet);
    const { rect } = parseAddress(address);
    values.forEach((line, i) =>
      line.forEach((v, j) => v !== null && this.wb.writeInput(s, rect.top + i, rect.left + j, v))
    );
    afterRangeWrite(this.wb, s, { ...rect, bottom: rect.top + values.length - 1 });
    return this;
  }

  setNumberFormat(sheet: string, address: string, format: string): this {
    const s = sheetOrThrow(this.wb, sheet);
    const { rect } = parseAddress(address);
    this.wb.applyFormat(s, rect, { numberFormat: format });
    return this;
  }

  /** A table over existing cells; `values` (header row first) are written before, if given. */
  addTable(
    sheet: string,
    address: string,
    options: { name?: string; values?: unknown[][]; hasHeaders?: boolean } = {}
  ): this {
    if (options.values) this.setValues(sheet, address, options.values);
    const table = createTable(
      this.wb,
      sheetOrThrow(this.wb, sheet),
      parseAddress(address).rect,
      options.hasHeaders ?? true
    );
    if (options.name !== undefined)
      table.name = checkTableOrDefinedName(this.wb, options.name, table);
    return this;
  }

  addName(name: string, formula: string, comment = ""): this {
    checkTableOrDefinedName(this.wb, name);
    this.wb.names.push({
      name,
      formula,
      comment,
      visible: true,
      workbook: this.wb,
      deleted: false,
    });
    this.wb.engine.markDirty();
    return this;
  }

  setSetting(key: string, value: unknown): this {
    this.wb.settings.set(key, JSON.stringify(value));
    return this;
  }

  /** Selects a range as the user would ("Sheet1!B2:C3"); its sheet becomes the active one. */
  select(address: string): this {
    const parsed = parseAddress(address);
    if (parsed.sheet === undefined)
      throw new Error(`select() needs a sheet-qualified address, got '${address}'`);
    const sheet = sheetOrThrow(this.wb, parsed.sheet);
    this.wb.activeSheetId = sheet.id;
    this.wb.selection = { sheetId: sheet.id, rect: parsed.rect };
    return this;
  }

  activate(sheet: string): this {
    this.wb.activeSheetId = sheetOrThrow(this.wb, sheet).id;
    return this;
  }
}
