import { type Bound, nameOf, rawText } from "./columnRefs";
import { type DateParts, parseDate, placeYearlessDates, toIsoDate } from "./dates";
import type { IssueLog } from "./issueLog";
import type { RowCell } from "./layout";
import { ISSUE } from "./issues";
import { isMissing } from "./numbers";
import type { ExportCell } from "./values";

/**
 * A date column without years (TikTok Studio's `February 28`). The year of each date depends on
 * the dates after it, so the dates are collected while the rows are read and the records that
 * hold them get their years once every row is in.
 */
export class YearlessDates {
  private readonly dates: Array<DateParts | null> = [];
  private readonly waiting: Array<{ record: Record<string, unknown>; index: number }> = [];

  constructor(
    readonly field: string,
    readonly bound: Bound,
    private readonly withTime: boolean
  ) {}

  /** Takes the date of a data row (every non-blank row counts, even one skipped later). */
  add(row: readonly RowCell[]): void {
    const raw = rawText(this.bound, row);
    this.dates.push(isMissing(raw) ? null : parseDate(raw, "mdy"));
  }

  /**
   * The value of the row just added: null when empty, undefined when unreadable, else its text,
   * which stands in (and keeps the record's key non-empty) until {@link place}.
   */
  latest(row: readonly RowCell[]): ExportCell {
    const raw = rawText(this.bound, row);
    if (this.dates[this.dates.length - 1]) return raw;
    return isMissing(raw) ? null : undefined;
  }

  /** Marks a kept record as waiting for the year of the row just added. */
  claim(record: Record<string, unknown>): void {
    if (this.dates[this.dates.length - 1]) {
      this.waiting.push({ record, index: this.dates.length - 1 });
    }
  }

  /** Gives every waiting record its date, the years placed before `anchor`. */
  place(anchor: DateParts & { year: number }, log: IssueLog): void {
    const placed = placeYearlessDates(this.dates, anchor, !this.withTime);
    for (const { record, index } of this.waiting) {
      const date = placed[index];
      record[this.field] = date ? toIsoDate(date, this.withTime) : null;
    }
    log.warn(
      ISSUE.YEAR_INFERRED,
      { column: nameOf(this.bound), latest: toIsoDate(anchor, false) },
      { column: nameOf(this.bound) }
    );
  }
}

/** Whether a date column writes no years, told by its first date in the sample. */
export function isYearless(bound: Bound, sample: readonly (readonly string[])[]): boolean {
  for (const row of sample) {
    const raw = rawText(bound, row);
    if (isMissing(raw)) continue;
    const parsed = parseDate(raw, "mdy");
    if (parsed) return parsed.year === null;
  }
  return false;
}

/** Today, or the export date a column states relative to today, as the latest date a year-less date can be. */
export function yearAnchor(anchorText: string, today: string): DateParts & { year: number } {
  const fallback = { year: 2000, month: 1, day: 1, hour: null, minute: null };
  const now = { ...fallback, ...parseDate(today, "mdy") } as DateParts & { year: number };
  const stated = anchorText === "" ? null : parseDate(anchorText, "mdy");
  if (!stated) return now;
  return placeYearlessDates([stated], now)[0] ?? now;
}
