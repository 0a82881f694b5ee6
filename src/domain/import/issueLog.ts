import type { ImportIssue, ImportIssueCode } from "./issues";

type RowCode = Extract<
  ImportIssueCode,
  | "DESCRIPTION_ROW_SKIPPED"
  | "TOTALS_ROW_SKIPPED"
  | "MISSING_ID"
  | "MISSING_DATE"
  | "MISSING_KEY"
  | "INVALID_NUMBER"
  | "INVALID_DATE"
  | "ID_REFORMATTED"
  | "SECTION_SKIPPED"
>;

const ROW_REASON: Readonly<Record<RowCode, string>> = {
  DESCRIPTION_ROW_SKIPPED: "the row describes the columns and holds no data",
  TOTALS_ROW_SKIPPED: "a totals row sums the other rows and is never imported",
  MISSING_ID: "the row has no post id, so it cannot be merged",
  MISSING_DATE: "the row has no readable date",
  MISSING_KEY:
    "the row lacks the value that identifies its record (campaign, dimension or segment)",
  INVALID_NUMBER: "the cell is not a number and was left empty",
  INVALID_DATE: "the cell is not a date and was left empty",
  ID_REFORMATTED:
    "the id was re-formatted by a spreadsheet (scientific notation or decimals), so its last digits may be lost; import the original export to merge these posts reliably",
  SECTION_SKIPPED: "the section holds no records of a supported kind",
};

/** How many row numbers a counted issue lists before "…". */
const LISTED_ROWS = 10;

interface Tally {
  readonly code: RowCode;
  readonly column: string | undefined;
  readonly rows: number[];
  count: number;
}

/**
 * Collects the issues of one import. Problems that repeat per row (skipped rows, bad cells) are
 * counted per reason and column, so a 100,000-row file with one bad column yields one issue that
 * says how many rows and which ones first, instead of 100,000 issues.
 */
export class IssueLog {
  private readonly issues: ImportIssue[] = [];
  private readonly tallies = new Map<string, Tally>();

  /** A problem with the file as a whole: it yields no records. */
  error(code: ImportIssueCode, message: string): void {
    this.issues.push({ severity: "error", code, message });
  }

  /** Something the user should know about the file or a place in it. */
  warn(code: ImportIssueCode, message: string, at: { row?: number; column?: string } = {}): void {
    this.issues.push({ severity: "warning", code, message, ...at });
  }

  /** Counts a row (or a cell, with `column`) that was skipped or emptied for `code`'s reason. */
  count(code: RowCode, row: number, column?: string): void {
    const key = `${code}\u0000${column ?? ""}`;
    const tally = this.tallies.get(key);
    if (tally) {
      tally.count++;
      if (tally.rows.length < LISTED_ROWS) tally.rows.push(row);
      return;
    }
    this.tallies.set(key, { code, column, rows: [row], count: 1 });
  }

  /** Whether an error was logged: the import then returns no records. */
  get failed(): boolean {
    return this.issues.some((issue) => issue.severity === "error");
  }

  /** Every issue: file-level ones first, then one per counted reason (and column). */
  toIssues(): ImportIssue[] {
    const counted = [...this.tallies.values()].map((tally): ImportIssue => {
      const what = tally.column === undefined ? "row" : "cell";
      const rows = tally.rows.join(", ") + (tally.count > tally.rows.length ? ", …" : "");
      const where = tally.column === undefined ? "" : ` in column "${tally.column}"`;
      const issue: ImportIssue = {
        severity: "warning",
        code: tally.code,
        message: `${tally.count} ${what}${tally.count === 1 ? "" : "s"}${where} (row${tally.rows.length === 1 ? "" : "s"} ${rows}): ${ROW_REASON[tally.code]}.`,
        row: tally.rows[0] ?? 0,
        count: tally.count,
      };
      return tally.column === undefined ? issue : { ...issue, column: tally.column };
    });
    return [...this.issues, ...counted];
  }
}
