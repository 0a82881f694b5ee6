// Worksheet protection and the lock state of cells. Cells are locked unless made otherwise
// ("FormatProtection.locked"), and locking matters only while the sheet is protected.
import type { Rect } from "./address";
import { contains, formatAddress } from "./address";
import { StandInError } from "./errors";

export type ProtectionOptions = Required<Excel.WorksheetProtectionOptions>;

/** What a protected sheet allows when protect() gets no options: selecting, nothing else. */
export const DEFAULT_PROTECTION_OPTIONS: Readonly<ProtectionOptions> = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
};

export interface CellLock {
  locked: boolean;
  formulaHidden: boolean;
}

export interface ProtectionModel {
  protected: boolean;
  options: ProtectionOptions;
  password: string | undefined;
  /** Lock settings applied to rectangles, later ones winning, over the default (locked, shown). */
  layers: { rect: Rect; props: Partial<CellLock> }[];
}

export const newProtection = (): ProtectionModel => ({
  protected: false,
  options: { ...DEFAULT_PROTECTION_OPTIONS },
  password: undefined,
  layers: [],
});

export function cellLock(p: ProtectionModel, row: number, col: number): CellLock {
  const lock: CellLock = { locked: true, formulaHidden: false };
  for (const layer of p.layers)
    if (contains(layer.rect, row, col)) Object.assign(lock, layer.props);
  return lock;
}

interface ProtectedSheet {
  name: string;
  protection: ProtectionModel;
}

/**
 * Excel answers AccessDenied when protection blocks an edit (the code WorksheetProtection and
 * AllowEditRange document for "worksheet protection is enabled and not paused").
 */
export const accessDenied = (sheet: ProtectedSheet, what: string): StandInError =>
  new StandInError(
    "AccessDenied",
    `The cell or chart you're trying to change is on a protected sheet (${what} on '${sheet.name}').`
  );

/** Writing contents: refused on a locked cell of a protected sheet. */
export function checkCellEditable(sheet: ProtectedSheet, row: number, col: number): void {
  if (sheet.protection.protected && cellLock(sheet.protection, row, col).locked) {
    throw accessDenied(
      sheet,
      `locked cell ${formatAddress(sheet.name, { top: row, left: col, bottom: row, right: col })}`
    );
  }
}

/**
 * The lock settings found in a rectangle: they change only at the edges of lock layers, so one
 * cell per block between those edges stands for the whole block.
 */
export function locksIn(
  p: ProtectionModel,
  rect: Rect
): { cell: [number, number]; lock: CellLock }[] {
  const cuts = (start: number, end: number, edges: number[]): number[] =>
    [...new Set([start, ...edges.filter((e) => e > start && e <= end)])].sort((a, b) => a - b);
  const rows = cuts(
    rect.top,
    rect.bottom,
    p.layers.flatMap((l) => [l.rect.top, l.rect.bottom + 1])
  );
  const cols = cuts(
    rect.left,
    rect.right,
    p.layers.flatMap((l) => [l.rect.left, l.rect.right + 1])
  );
  return rows.flatMap((r) =>
    cols.map((c) => ({ cell: [r, c] as [number, number], lock: cellLock(p, r, c) }))
  );
}

export function checkRangeEditable(sheet: ProtectedSheet, rect: Rect): void {
  if (!sheet.protection.protected) return;
  for (const { cell } of locksIn(sheet.protection, rect))
    checkCellEditable(sheet, cell[0], cell[1]);
}

/** Formatting (number formats, fonts, fills, lock settings): refused unless allowFormatCells. */
export function checkFormattable(sheet: ProtectedSheet): void {
  if (sheet.protection.protected && !sheet.protection.options.allowFormatCells) {
    throw accessDenied(sheet, "formatting cells");
  }
}

/**
 * Inserting or deleting cells: refused, except entire rows where allowInsertRows /
 * allowDeleteRows permit it ("the worksheet protection option allowing inserting of rows").
 */
export function checkRowsShiftable(
  sheet: ProtectedSheet,
  entireRows: boolean,
  delta: number
): void {
  const p = sheet.protection;
  if (!p.protected) return;
  const allowed = delta > 0 ? p.options.allowInsertRows : p.options.allowDeleteRows;
  if (!entireRows || !allowed) {
    throw accessDenied(sheet, delta > 0 ? "inserting cells" : "deleting cells");
  }
}
