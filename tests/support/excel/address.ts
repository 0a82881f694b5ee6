// A1-style addresses as Excel's JavaScript API accepts and returns them. Rectangles are 0-based
// and inclusive; entire rows and columns are ordinary rectangles reaching the sheet's limits, and
// are printed back the way Excel prints them ("Sheet1!A:A", "Sheet1!1:3").
import { invalidArgument } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ParsedAddress {
  /** Sheet name as written (unquoted), when the address names one. */
  sheet?: string;
  rect: Rect;
}

export const rowCount = (r: Rect): number => r.bottom - r.top + 1;
export const columnCount = (r: Rect): number => r.right - r.left + 1;

export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Part =
  | { kind: "cell"; row: number; col: number }
  | { kind: "col"; col: number }
  | { kind: "row"; row: number };

function parsePart(text: string): Part | undefined {
  const cell = CELL.exec(text);
  if (cell) return { kind: "cell", col: columnIndex(cell[1] ?? ""), row: Number(cell[2]) - 1 };
  const col = COLUMN.exec(text);
  if (col) return { kind: "col", col: columnIndex(col[1] ?? "") };
  const row = ROW.exec(text);
  if (row) return { kind: "row", row: Number(row[1]) - 1 };
  return undefined;
}

function inLimits(r: Rect): boolean {
  return (
    r.top >= 0 &&
    r.left >= 0 &&
    r.bottom < MAX_ROWS &&
    r.right < MAX_COLUMNS &&
    r.top <= r.bottom &&
    r.left <= r.right
  );
}

/** Splits "'My Sheet'!A1:B2" into sheet and local part; quotes inside a name are doubled. */
function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  const rawSheet = address.slice(0, bang);
  const sheet =
    rawSheet.startsWith("'") && rawSheet.endsWith("'") && rawSheet.length >= 2
      ? rawSheet.slice(1, -1).replace(/''/g, "'")
      : rawSheet;
  return { sheet, local: address.slice(bang + 1) };
}

export function tryParseAddress(address: string): ParsedAddress | undefined {
  const { sheet, local } = splitSheet(address.trim());
  const [first, second, extra] = local.split(":");
  if (first === undefined || extra !== undefined) return undefined;
  const a = parsePart(first);
  const b = second === undefined ? a : parsePart(second);
  if (!a || !b || a.kind !== b.kind) {
    return undefined;
  }
  let rect: Rect;
  if (a.kind === "cell" && b.kind === "cell") {
    rect = {
      top: Math.min(a.row, b.row),
      bottom: Math.max(a.row, b.row),
      left: Math.min(a.col, b.col),
      right: Math.max(a.col, b.col),
    };
  } else if (a.kind === "col" && b.kind === "col" && second !== undefined) {
    rect = {
      top: 0,
      bottom: MAX_ROWS - 1,
      left: Math.min(a.col, b.col),
      right: Math.max(a.col, b.col),
    };
  } else if (a.kind === "row" && b.kind === "row" && second !== undefined) {
    rect = {
      top: Math.min(a.row, b.row),
      bottom: Math.max(a.row, b.row),
      left: 0,
      right: MAX_COLUMNS - 1,
    };
  } else {
    return undefined;
  }
  return inLimits(rect) ? { sheet, rect } : undefined;
}

export function parseAddress(address: string): ParsedAddress {
  const parsed = tryParseAddress(address);
  if (!parsed) throw invalidArgument(`The address '${address}' is not valid.`);
  return parsed;
}

/** Excel quotes a sheet name unless it is a plain identifier that cannot be read as a cell. */
export function quoteSheetName(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatRect(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (r.top === 0 && r.bottom === MAX_ROWS - 1) {
    return `${d}${columnLetters(r.left)}:${d}${columnLetters(r.right)}`;
  }
  if (r.left === 0 && r.right === MAX_COLUMNS - 1) return `${d}${r.top + 1}:${d}${r.bottom + 1}`;
  const start = `${d}${columnLetters(r.left)}${d}${r.top + 1}`;
  if (r.top === r.bottom && r.left === r.right) return start;
  return `${start}:${d}${columnLetters(r.right)}${d}${r.bottom + 1}`;
}

export function formatAddress(sheet: string, r: Rect, absolute = false): string {
  return `${quoteSheetName(sheet)}!${formatRect(r, absolute)}`;
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : undefined;
}

export const contains = (outer: Rect, row: number, col: number): boolean =>
  row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;

export function boundingRect(a: Rect, b: Rect): Rect {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/** Throws InvalidArgument when a computed rectangle leaves the sheet, as Excel does. */
export function checkedRect(r: Rect): Rect {
  if (!inLimits(r)) throw invalidArgument("The resulting range is outside the worksheet.");
  return r;
}
