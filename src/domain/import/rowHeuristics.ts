import { cellText, type RowCell } from "./layout";

// Rows of an export table that hold no record: told by their content, since exports mark them
// in no other way.

/** A row under the header that describes the columns (classic Facebook Insights). */
export function isDescriptionRow(row: readonly string[]): boolean {
  const cells = row.filter((cell) => cell.trim() !== "");
  const descriptive = cells.filter((cell) => /\p{L}{3,}\s+\p{L}{2,}\s+\p{L}{2,}/u.test(cell));
  return cells.length > 0 && descriptive.length >= cells.length * 0.6;
}

const TOTAL_WORDS = new Set([
  "total",
  "totals",
  "grand total",
  "totaal",
  "gesamt",
  "totale",
  "summe",
]);

/** A totals row that says so in its first cell (`Total`, `Gesamt`…). */
export const isTotalWordRow = (row: readonly RowCell[]): boolean =>
  TOTAL_WORDS.has(cellText(row[0]).trim().toLowerCase());

/** A row with nothing in any cell (a number is something). */
export const isBlank = (row: readonly RowCell[]): boolean =>
  row.every((cell) => typeof cell === "string" && cell.trim() === "");
