import type { CountedCode, ImportIssue, ImportIssueCode, IssueOf, IssueParams } from "./issues";
import { issueMessage } from "./messages";

/** How many row numbers a counted issue lists before "…". */
const LISTED_ROWS = 10;

interface Tally {
  readonly code: CountedCode;
  readonly column: string | undefined;
  readonly rows: number[];
  count: number;
}

/** An issue with its English message rendered from its code and parameters. */
function issueOf<C extends ImportIssueCode>(
  severity: ImportIssue["severity"],
  code: C,
  params: IssueParams[C]
): IssueOf<C> {
  return { severity, code, message: issueMessage(code, params, "en"), params };
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
  error<C extends ImportIssueCode>(code: C, params: IssueParams[C]): void {
    this.issues.push(issueOf("error", code, params) as ImportIssue);
  }

  /** Something the user should know about the file or a place in it. */
  warn<C extends ImportIssueCode>(
    code: C,
    params: IssueParams[C],
    at: { row?: number; column?: string } = {}
  ): void {
    this.issues.push({ ...issueOf("warning", code, params), ...at } as ImportIssue);
  }

  /** Counts a row (or a cell, with `column`) that was skipped or emptied for `code`'s reason. */
  count(code: CountedCode, row: number, column?: string): void {
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
    const counted = [...this.tallies.values()].map(({ code, column, rows, count }) => {
      const listed = [...rows];
      const tally =
        column === undefined ? { count, rows: listed } : { count, rows: listed, column };
      const issue = {
        ...issueOf<CountedCode>("warning", code, tally),
        row: rows[0] ?? 0,
        count,
      };
      return (column === undefined ? issue : { ...issue, column }) as ImportIssue;
    });
    return [...this.issues, ...counted];
  }
}
