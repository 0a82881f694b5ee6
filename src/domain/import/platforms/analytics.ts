import { analyticsLayout, analyticsSections, periodOfComments } from "../analyticsSections";
import { analyticsSource } from "../analyticsSource";
import { DetectionScore } from "../detectionScore";
import { ISSUE } from "../issues";
import type { FormatReader, LayoutMatch, ReadContext, TableSlice } from "../layout";
import { inferDecimalSeparator } from "../numbers";
import type { Period } from "../period";
import type { RecordLists } from "../schema";
import { readTableLayout } from "../tableReader";

const RULE = /^#\s*-{10,}/;

/** Where the first `# ----` line is (a UA export may start with a blank line), or -1. */
function preambleStart(table: TableSlice): number {
  for (let r = 0; r < Math.min(table.rows.length, 3); r++) {
    const first = table.rows[r]?.[0] ?? "";
    if (RULE.test(first)) return r;
    if (first.trim() !== "") return -1;
  }
  return -1;
}

function readSections(
  source: "ga4" | "ua",
  table: TableSlice,
  context: ReadContext,
  into: RecordLists
): void {
  let filePeriod: Period | null = null;
  // One locale for the whole file: the decisive cells (`"85,98%"`) may sit in another section.
  const decimal =
    context.decimal ?? inferDecimalSeparator(table.rows.flat(), context.defaultDecimal);
  const sectionContext: ReadContext = { ...context, decimal };
  for (const section of analyticsSections(table)) {
    const period: Period | null = periodOfComments(section.comments) ?? filePeriod;
    filePeriod ??= period;
    if (period) context.statePeriod(period);
    const header = table.rows[section.headerRow] ?? [];
    const layout = analyticsLayout(source, header, period);
    if (!layout) {
      context.log.count(ISSUE.SECTION_SKIPPED, table.firstRow + section.headerRow);
      continue;
    }
    const slice: TableSlice = { ...table, rows: table.rows.slice(0, section.end) };
    readTableLayout(
      layout,
      slice,
      { score: DetectionScore.chosen, headerRow: section.headerRow },
      sectionContext,
      into
    );
  }
}

const matchAnalytics =
  (source: "ga4" | "ua") =>
  (table: TableSlice): LayoutMatch | null => {
    const start = preambleStart(table);
    if (start === -1 || analyticsSource(table, start) !== source) return null;
    return { score: DetectionScore.structure, headerRow: start };
  };

/**
 * GA4 report CSVs (docs/import-formats.md §6.1): nine `#` lines (title, account, property, segment,
 * start and end dates as `YYYYMMDD`), then the report; the multi-section Reports snapshot (§6.2)
 * repeats comment lines and header per card; an exploration download (§6.4) names the property
 * and the exploration's tab, no account, and starts with a `Grand total` row. Rates and averages
 * are not stored; engagement time is recovered from its average and count.
 */
export const ga4Reports: FormatReader = {
  format: "ga4/report",
  platform: "ga4",
  match: matchAnalytics("ga4"),
  read: (table, _match, context, into) => readSections("ga4", table, context, into),
};

/**
 * Universal Analytics CSVs (§6.3), in any UI language: `# ----` preamble with the view, the
 * report and `YYYYMMDD-YYYYMMDD`; a totals row with empty dimension cells under each section; a
 * second `Day Index` section; locale numbers (`2.546` next to `"85,98%"` in Dutch).
 */
export const uaReports: FormatReader = {
  format: "ua/report",
  platform: "ua",
  match: matchAnalytics("ua"),
  read: (table, _match, context, into) => readSections("ua", table, context, into),
};
