// Formula evaluation. HyperFormula (GPL licence key, dev dependency only: never import it from src/)
// computes the grid; it knows nothing of Excel tables, so structured references are rewritten here
// into sheet-qualified A1 ranges using the tables' CURRENT geometry. The original text stays on the
// cell, and the whole HyperFormula workbook is rebuilt lazily after any change, so
// `=SUM(Posts[Impressions])` follows appended rows, renamed tables and renamed sheets.
import { DetailedCellError, ErrorType, HyperFormula } from "hyperformula";
import type { Rect } from "./address";
import { contains, formatAddress, intersect, MAX_COLUMNS, MAX_ROWS } from "./address";
import type { FormulaContext } from "./formulaSyntax";
import {
  bracketEnd,
  normalizeFormula,
  replaceStructuredReferences,
  toHyperFormula,
  unescapeColumn,
  validateFormula,
} from "./formulaSyntax";
import type { NamedItemModel, SheetModel, TableModel, WorkbookModel } from "./model";
import { keyCol, keyRow } from "./model";
import "./sortByPlugin";
import type { CellScalar } from "./values";

export interface FormulaSite {
  sheet: SheetModel;
  row: number;
  col: number;
}

type Item =
  | { kind: "area"; area: "all" | "data" | "headers" | "totals" | "thisRow" }
  | { kind: "column"; from: string; to: string };

function parseSingle(spec: string): Item[] {
  const s = spec.trim();
  const special = /^#(all|data|headers|totals|this row)$/i.exec(s);
  if (special) {
    const key = (special[1] ?? "").toLowerCase();
    return [
      {
        kind: "area",
        area: key === "this row" ? "thisRow" : (key as "all" | "data" | "headers" | "totals"),
      },
    ];
  }
  if (s.startsWith("@")) {
    const rest = s.slice(1).trim();
    const column = rest.startsWith("[") && rest.endsWith("]") ? rest.slice(1, -1) : rest;
    const items: Item[] = [{ kind: "area", area: "thisRow" }];
    if (column !== "")
      items.push({ kind: "column", from: unescapeColumn(column), to: unescapeColumn(column) });
    return items;
  }
  if (s === "") return [];
  return [{ kind: "column", from: unescapeColumn(s), to: unescapeColumn(s) }];
}

/** Parses the inside of Table[...]: "", "Col", "#All", "@Col", "[#Headers],[Col]", "[A]:[B]". */
function parseSpecifier(inner: string): Item[] {
  if (!inner.trimStart().startsWith("[")) return parseSingle(inner);
  const items: Item[] = [];
  let i = 0;
  let pendingRangeStart: string | undefined;
  while (i < inner.length) {
    const ch = inner[i];
    if (ch === "[") {
      const end = bracketEnd(inner, i);
      if (end < 0) throw new Error("unbalanced");
      const part = inner.slice(i + 1, end);
      if (pendingRangeStart !== undefined) {
        items.push({ kind: "column", from: pendingRangeStart, to: unescapeColumn(part) });
        pendingRangeStart = undefined;
      } else if (
        inner
          .slice(end + 1)
          .trimStart()
          .startsWith(":")
      ) {
        pendingRangeStart = unescapeColumn(part);
      } else {
        items.push(...parseSingle(part));
      }
      i = end + 1;
    } else {
      i++;
    }
  }
  return items;
}

/** The column names a specifier mentions, both ends of a column range included (unescaped). */
export const specifierColumns = (inner: string): string[] =>
  parseSpecifier(inner).flatMap((i) => (i.kind === "column" ? [i.from, i.to] : []));

/** The A1 range a structured reference denotes now, or an error literal Excel would show. */
function resolveReference(
  wb: WorkbookModel,
  table: TableModel,
  items: Item[],
  site: FormulaSite
): string {
  const columns = wb.tableColumns(table).map((c) => c.toLowerCase());
  const areas = items.flatMap((i) => (i.kind === "area" ? [i.area] : []));
  const cols = items.flatMap((i) => (i.kind === "column" ? [i] : []));
  const { rect } = table;
  // A shown totals row is the row below rect; a hidden header row is not part of the table.
  const totals = table.showTotals ? rect.bottom + 1 : undefined;
  let top = rect.top + 1;
  let bottom = rect.bottom;
  if (areas.includes("all")) {
    top = table.showHeaders ? rect.top : rect.top + 1;
    bottom = totals ?? rect.bottom;
  } else if (areas.includes("headers")) {
    if (!table.showHeaders) return "#REF!";
    top = rect.top;
    bottom = areas.includes("data") ? rect.bottom : rect.top;
  } else if (areas.includes("totals")) {
    if (totals === undefined) return "#REF!";
    top = areas.includes("data") ? rect.top + 1 : totals;
    bottom = totals;
  } else if (areas.includes("thisRow")) {
    if (site.sheet !== table.sheet || site.row <= rect.top || site.row > rect.bottom)
      return "#VALUE!";
    top = site.row;
    bottom = site.row;
  }
  let left = rect.left;
  let right = rect.right;
  if (cols.length > 0) {
    const indexes = cols.flatMap((c) => [
      columns.indexOf(c.from.toLowerCase()),
      columns.indexOf(c.to.toLowerCase()),
    ]);
    if (indexes.some((i) => i < 0)) return "#REF!";
    left = rect.left + Math.min(...indexes);
    right = rect.left + Math.max(...indexes);
  }
  const target: Rect = { top, bottom, left, right };
  return formatAddress(table.sheet.name, target, true);
}

/**
 * Rewrites structured references (Posts[Impressions], Posts[[#Headers],[Reach]], [@Clicks] inside
 * a table…) into sheet-qualified absolute A1 ranges. A reference to no table (an unknown name, or
 * a bare one outside every table) is left as written.
 */
export function translateStructuredReferences(
  wb: WorkbookModel,
  formula: string,
  site: FormulaSite
): string {
  return replaceStructuredReferences(formula, (ref) => {
    const table =
      ref.table === undefined
        ? wb
            .liveTables(site.sheet)
            .find(
              (t) =>
                site.row >= t.rect.top &&
                site.row <= t.rect.bottom + (t.showTotals ? 1 : 0) &&
                site.col >= t.rect.left &&
                site.col <= t.rect.right
            )
        : wb.findTable(ref.table);
    return table && resolveReference(wb, table, parseSpecifier(ref.inner), site);
  });
}

/** HyperFormula-specific error kinds mapped to what Excel would show. */
function excelError(error: DetailedCellError): CellScalar {
  if (error.type === ErrorType.ERROR) return "#NAME?"; // a formula Excel parses but HF cannot, e.g. "=@x"
  if (error.type === ErrorType.CYCLE) return 0; // Excel shows 0 and a circular-reference warning
  return error.value;
}

/** What the syntax check needs from the workbook, seen from the cell (if any) holding the formula. */
function formulaContext(wb: WorkbookModel, site: FormulaSite | undefined): FormulaContext {
  return {
    tableColumns: (name) => {
      const table = wb.findTable(name);
      return table ? wb.tableColumns(table) : undefined;
    },
    enclosingTableColumns: () => {
      if (!site) return undefined;
      // The row just below a table counts: writing there extends the table (auto-expansion).
      const table = wb
        .liveTables(site.sheet)
        .find((t) => contains({ ...t.rect, bottom: t.rect.bottom + 1 }, site.row, site.col));
      return table ? wb.tableColumns(table) : undefined;
    },
    isDefinedName: (name) =>
      wb.findName(name) !== undefined ||
      (site !== undefined && wb.findName(name, site.sheet) !== undefined) ||
      wb.findTable(name) !== undefined,
  };
}

/**
 * Checks a formula wherever Excel takes one (cells, conditional-format and validation rules,
 * names.add) and returns it as Excel stores it (function names and references upper-cased).
 * Throws InvalidArgument for what Excel refuses: a syntax error, a structured reference to a table
 * that does not exist or to a column the table lacks, "[@Col]" outside a table. An unknown
 * function or name is not refused: the cell shows #NAME?.
 */
export function checkFormula(wb: WorkbookModel, formula: string, site?: FormulaSite): string {
  const text = formula.startsWith("=") ? formula : `=${formula}`;
  validateFormula(text, formulaContext(wb, site));
  return normalizeFormula(text);
}

/** A formula that spills: its anchor and the whole area it fills. */
export interface Spill {
  anchor: { row: number; col: number };
  rect: Rect;
}

export class FormulaEngine {
  private hf: HyperFormula | undefined;
  private dirty = true;
  private readonly sheetIds = new Map<SheetModel, number>();
  private spills = new Map<SheetModel, Spill[]>();
  /** Formula cells per sheet since the last change, known without building HyperFormula. */
  private formulaCells: Map<SheetModel, { row: number; col: number }[]> | undefined;

  constructor(private readonly wb: WorkbookModel) {}

  markDirty(): void {
    this.dirty = true;
    this.formulaCells = undefined;
  }

  /**
   * Whether a formula sits above and to the left of a cell, the only place a spill into it can
   * come from: reading blank cells then builds HyperFormula only when a spill is possible.
   */
  private mayBeSpilledInto(sheet: SheetModel, row: number, col: number): boolean {
    if (!this.dirty) return true;
    if (!this.formulaCells) {
      this.formulaCells = new Map();
      for (const s of this.wb.liveSheets()) {
        const sites: { row: number; col: number }[] = [];
        for (const [key, cell] of s.cells) {
          if (cell.formula !== undefined) sites.push({ row: keyRow(key), col: keyCol(key) });
        }
        this.formulaCells.set(s, sites);
      }
    }
    return (this.formulaCells.get(sheet) ?? []).some((f) => f.row <= row && f.col <= col);
  }

  /** The spill covering a cell (the anchor included), if a dynamic array fills it. */
  spillAt(sheet: SheetModel, row: number, col: number): Spill | undefined {
    if (!this.mayBeSpilledInto(sheet, row, col)) return undefined;
    this.current();
    return this.spills.get(sheet)?.find((s) => contains(s.rect, row, col));
  }

  /** The spills that overlap a rectangle of a sheet. */
  spillsIn(sheet: SheetModel, rect: Rect): Spill[] {
    if (!this.mayBeSpilledInto(sheet, rect.bottom, rect.right)) return [];
    this.current();
    return (this.spills.get(sheet) ?? []).filter((s) => intersect(s.rect, rect) !== undefined);
  }

  /** The value a spill puts in one of its cells. */
  spilledValue(sheet: SheetModel, row: number, col: number): CellScalar {
    return this.computed(sheet, row, col);
  }

  computed(sheet: SheetModel, row: number, col: number): CellScalar {
    const hf = this.current();
    const id = this.sheetIds.get(sheet);
    if (id === undefined) return "#REF!";
    const value = hf.getCellValue({ sheet: id, row, col });
    if (value instanceof DetailedCellError) return excelError(value);
    if (value === null) return 0;
    return value;
  }

  /** What a defined name's formula computes to (NamedItem.value). */
  namedValue(item: NamedItemModel): CellScalar {
    const hf = this.current();
    const scope = item.sheet === undefined ? undefined : this.sheetIds.get(item.sheet);
    const value = hf.getNamedExpressionValue(item.name, scope);
    if (value instanceof DetailedCellError) return excelError(value);
    if (value === undefined) return "#NAME?";
    if (value === null) return 0;
    return value;
  }

  private current(): HyperFormula {
    if (this.hf && !this.dirty) return this.hf;
    this.hf?.destroy();
    this.sheetIds.clear();
    this.spills = new Map();
    const sheets: Record<string, (CellScalar | null)[][]> = {};
    this.wb.liveSheets().forEach((sheet, index) => {
      this.sheetIds.set(sheet, index);
      sheets[sheet.name] = this.sheetData(sheet);
    });
    const first = this.wb.liveSheets()[0];
    const named = [...this.wb.names, ...this.wb.liveSheets().flatMap((s) => s.names)];
    const namedExpressions = named
      .filter((n) => !n.deleted && (n.sheet === undefined || this.sheetIds.has(n.sheet)))
      .map((n) => ({
        name: n.name,
        expression: toHyperFormula(
          first
            ? translateStructuredReferences(this.wb, n.formula, { sheet: first, row: 0, col: 0 })
            : n.formula
        ),
        // Worksheet-scoped names are HyperFormula's sheet-scoped named expressions.
        scope: n.sheet === undefined ? undefined : this.sheetIds.get(n.sheet),
      }));
    this.hf = HyperFormula.buildFromSheets(
      sheets,
      // smartRounding off: Excel keeps 15 significant digits, HyperFormula rounds to 10 by default.
      // Excel's grid, not HyperFormula's default 40,000 rows: imported tables are longer than that.
      {
        licenseKey: "gpl-v3",
        useArrayArithmetic: true,
        smartRounding: false,
        maxRows: MAX_ROWS,
        maxColumns: MAX_COLUMNS,
      },
      namedExpressions
    );
    this.dirty = false;
    this.collectSpills(this.hf);
    return this.hf;
  }

  /**
   * HyperFormula keeps array results as array vertices (not public API; HyperFormula is pinned).
   * One that could not spill has a 1x1 error size and shows #SPILL!, as in Excel.
   */
  private collectSpills(hf: HyperFormula): void {
    const sheets = new Map([...this.sheetIds].map(([s, id]) => [id, s]));
    for (const vertex of hf.dependencyGraph.arrayMapping.arrayMapping.values()) {
      const { sheet: sheetId, row, col } = vertex.leftCorner;
      const sheet = sheets.get(sheetId);
      if (!sheet || (vertex.width === 1 && vertex.height === 1)) continue;
      const list = this.spills.get(sheet) ?? [];
      list.push({
        anchor: { row, col },
        rect: {
          top: row,
          left: col,
          bottom: row + vertex.height - 1,
          right: col + vertex.width - 1,
        },
      });
      this.spills.set(sheet, list);
    }
  }

  private sheetData(sheet: SheetModel): (CellScalar | null)[][] {
    const data: (CellScalar | null)[][] = [];
    for (const [key, cell] of sheet.cells) {
      const row = keyRow(key);
      const col = keyCol(key);
      let content: CellScalar | null;
      if (cell.error === true) {
        content = `=${String(cell.value)}`;
      } else if (cell.formula !== undefined) {
        content = toHyperFormula(
          translateStructuredReferences(this.wb, cell.formula, { sheet, row, col }),
          { row, col }
        );
      } else if (typeof cell.value === "string") {
        // A leading apostrophe makes HyperFormula keep text as text ("=x", "123", "TRUE").
        content = cell.value === "" ? null : `'${cell.value}`;
      } else {
        content = cell.value;
      }
      const line = data[row] ?? (data[row] = []);
      line[col] = content;
    }
    // Sparse rows become real arrays of nulls so HyperFormula sees a rectangular-enough grid.
    return Array.from(data, (line) => Array.from(line ?? [], (v) => v ?? null));
  }
}
