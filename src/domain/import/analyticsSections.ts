import { headerKey } from "./headers";
import type { ColumnRef, TableLayout, TableSlice } from "./layout";
import type { Period } from "./period";

/** A block of a web-analytics export: its `#` comment lines and the rows under them. */
export interface AnalyticsSection {
  readonly comments: readonly string[];
  /** Index in the table's rows of the section's header row. */
  readonly headerRow: number;
  /** Index one past the section's last row. */
  readonly end: number;
}

/** The text of a row that is a `#` comment line (a comma inside it split it into cells). */
const commentOf = (row: readonly string[]): string | null =>
  (row[0] ?? "").startsWith("#") ? row.join(",") : null;

const isBlank = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === "");

/**
 * Splits a GA4 or Universal Analytics export into its sections: each is a run of `#` comment
 * lines (title, dates), a header row, and data rows up to the next blank line or comment block.
 *
 * @example
 * // "# Start date: 20251211", "Nth day,Active users", "0000,0", "", "# …", "Date,Week 0", …
 * analyticsSections(table) //=> [{ comments: ["# Start date: 20251211"], headerRow: 1, end: 3 }, …]
 */
export function analyticsSections(table: TableSlice): AnalyticsSection[] {
  const sections: AnalyticsSection[] = [];
  const { rows } = table;
  let r = 0;
  let comments: string[] = [];
  while (r < rows.length) {
    const row = rows[r] ?? [];
    const comment = commentOf(row);
    if (comment !== null) {
      comments.push(comment);
      r++;
      continue;
    }
    if (isBlank(row)) {
      r++;
      continue;
    }
    let end = r + 1;
    while (end < rows.length && !isBlank(rows[end] ?? []) && commentOf(rows[end] ?? []) === null)
      end++;
    sections.push({ comments, headerRow: r, end });
    comments = [];
    r = end;
  }
  return sections;
}

const compactDate = (text: string): string =>
  `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;

/**
 * The period comment lines state: GA4's `# Start date: 20250101` / `# End date: 20251030` (any UI
 * language: the first two `…: YYYYMMDD` lines), or UA's `# 20150416-20150416`.
 *
 * @example
 * periodOfComments(["# Start date: 20250101", "# End date: 20251030"])
 * //=> { periodStart: "2025-01-01", periodEnd: "2025-10-30" }
 */
export function periodOfComments(comments: readonly string[]): Period | null {
  for (const line of comments) {
    const range = /^#\s*(\d{8})\s*-\s*(\d{8})\s*$/.exec(line);
    if (range)
      return { periodStart: compactDate(range[1] ?? ""), periodEnd: compactDate(range[2] ?? "") };
  }
  const dates = comments.flatMap((line) => {
    const match = /^#[^:]*:\s*(\d{8})\s*$/.exec(line);
    return match ? [compactDate(match[1] ?? "")] : [];
  });
  const [start, end] = dates;
  return start && end ? { periodStart: start, periodEnd: end } : null;
}

// Metric names of GA4 and of Universal Analytics in English and Dutch (the UI languages seen).
const METRICS: { readonly [field: string]: readonly ColumnRef[] } = {
  sessions: ["Sessions", "Sessies"],
  users: ["Total users", "Active users", "Users", "Gebruikers"],
  newUsers: ["New users", "Nieuwe gebruikers"],
  engagedSessions: ["Engaged sessions"],
  keyEvents: ["Key events", "Conversions", "Goal Completions", "Behaalde doelen"],
  revenue: ["Total revenue", "Revenue", "Opbrengst"],
  // GA4 exports the average with full precision, so average × count gives back the total.
  engagementTimeSeconds: [
    "User engagement",
    { product: ["Average engagement time per session", "Sessions"] },
    { product: ["Average engagement time per active user", "Active users"] },
  ],
};

/** Every metric name any analytics report column may have, as header keys. */
const METRIC_KEYS = new Set(
  Object.values(METRICS)
    .flat()
    .filter((ref): ref is string => typeof ref === "string")
    .map(headerKey)
);

const DATE_KEYS = new Set(["date", "dayindex", "dagindex", "datum"]);

/**
 * Whether a column of an analytics report is a dimension: report dimensions come first, then
 * metrics, whose names are known or read as numbers-of-something (`Views per active user`).
 */
function isDimension(name: string): boolean {
  const key = headerKey(name);
  return (
    !METRIC_KEYS.has(key) &&
    !/\b(?:rate|per|average|avg|count|views|events|duration|value|users|sessions)\b|%/i.test(name)
  );
}

/**
 * The table layout of one analytics section: leading dimension columns (joined into one
 * dimension value when there are several), a `Date`/`Day Index` column as the record's date, the
 * known metrics. Null when the section has none of them.
 */
export function analyticsLayout(
  source: "ga4" | "ua",
  header: readonly string[],
  period: Period | null
): TableLayout<"traffic"> | null {
  const dimensions: string[] = [];
  let dateColumn: string | null = null;
  for (const name of header) {
    if (DATE_KEYS.has(headerKey(name)) && dateColumn === null) dateColumn = name;
    else if (isDimension(name) && name.trim() !== "") dimensions.push(name);
    else break;
  }
  // GA4's snapshot counts days from the start (`0000`) and its cohort table has no metric: neither
  // is a dimension of traffic.
  if (headerKey(header[0] ?? "") === "nthday") return null;
  const keys = new Set(header.map(headerKey));
  const hasMetric = [...keys].some((key) => METRIC_KEYS.has(key));
  if (!hasMetric || (dimensions.length === 0 && dateColumn === null)) return null;
  const dimension = dimensions.length > 0 ? dimensions.join(" / ") : (dateColumn ?? "");
  return {
    format: source === "ga4" ? "ga4/report" : "ua/report",
    platform: source,
    kind: "traffic",
    signature: { all: [] },
    columns: {
      ...METRICS,
      ...(dimensions.length > 0 ? { dimensionValue: [{ join: dimensions }] } : {}),
      ...(dateColumn ? { date: [dateColumn] } : {}),
    },
    fixed: {
      source,
      dimension,
      // A report by day alone has no other dimension: each row is the whole site that day.
      dimensionValue: "(all)",
      periodStart: period?.periodStart ?? null,
      periodEnd: period?.periodEnd ?? null,
    },
    // GA4 explorations write `Grand total` in the first cell; UA leaves the dimensions empty.
    totals: source === "ga4" ? "first-cell-total" : "empty-dimensions",
    // Dutch UA writes `17-09-14`; English UA follows the account's locale and is told by the data.
    dateOrder:
      dateColumn && headerKey(dateColumn) !== "dayindex" && headerKey(dateColumn) !== "date"
        ? "dmy"
        : "mdy",
  };
}
