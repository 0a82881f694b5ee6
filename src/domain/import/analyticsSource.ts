import { analyticsSections, periodOfComments } from "./analyticsSections";
import { headerKey } from "./headers";
import type { TableSlice } from "./layout";

// Columns only one of the two products has, as header keys. GA4 counts engaged sessions, key
// events and active users and names channel dimensions by session or first user; Universal
// Analytics has bounce rates, goals and a `Day Index` section (English and Dutch UI).
const GA4_COLUMNS = new Set(
  [
    "Engaged sessions",
    "Engagement rate",
    "Engaged sessions per active user",
    "Key events",
    "Session key event rate",
    "User key event rate",
    "Event count",
    "Events per session",
    "Active users",
    "Total users",
    "Returning users",
    "Total revenue",
    "Views",
    "Views per active user",
    "Average engagement time per session",
    "Average engagement time per active user",
    "Average engagement time",
    "User engagement",
  ].map(headerKey)
);
const GA4_DIMENSION = /^(?:session|first user) |\band screen class\b/i;
const UA_COLUMNS = new Set(
  [
    "Bounce Rate",
    "% New Sessions",
    "Pages/Session",
    "Avg. Session Duration",
    "Goal Completions",
    "Goal Conversion Rate",
    "Goal Value",
    "Default Channel Grouping",
    "Day Index",
    "Bouncepercentage",
    "% nieuwe sessies",
    "Pagina's/sessie",
    "Gem. sessieduur",
    "Behaalde doelen",
    "Doelconversieratio",
    "Doelwaarde",
    "Dagindex",
  ].map(headerKey)
);
const UA_GOAL = /\(goal \d+ /i;

/** Universal Analytics processed no data after this day (360 properties, the last to stop). */
const UA_LAST_DAY = "2024-06-30";
/** GA4 (first "App + Web") properties hold no data before this day. */
const GA4_FIRST_DAY = "2019-07-01";
/** The weight of the years a file covers: a product cannot report days it did not exist. */
const YEARS_WEIGHT = 3;

const compactDate = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Whether a `# ----` analytics export comes from GA4 or from Universal Analytics, weighing
 * everything it says rather than one line: GA4's comment lines (`# Account:`, `# Property:`,
 * `# Start date: YYYYMMDD`), the columns only one product has, a `Grand total` row (GA4
 * explorations; UA leaves the dimensions of its totals row empty), and the days it covers (UA
 * stopped in 2024, GA4 began in 2019). A GA4 exploration download names no account and may state
 * its period as UA does (`# 20260201-20260228`); its columns and years still tell. No evidence
 * either way reads as UA, whose exports say the least about themselves.
 *
 * @param start - the index of the first `# ----` line
 *
 * @example
 * // "# ----", "# Free form 1", "# 20260201-20260228", "# ----", "", "Session source / medium,Sessions,Engaged sessions", …
 * analyticsSource(table, 0) //=> "ga4"
 */
export function analyticsSource(table: TableSlice, start: number): "ga4" | "ua" {
  let ga4 = 0;
  let ua = 0;
  const days: string[] = [];
  for (const section of analyticsSections({ ...table, rows: table.rows.slice(start) })) {
    for (const line of section.comments) {
      if (/^#\s*(?:Account|Property):/i.test(line) || /^#[^:]*:\s*\d{8}\s*$/.test(line)) ga4++;
    }
    const period = periodOfComments(section.comments);
    if (period) days.push(period.periodStart, period.periodEnd);
    const header = table.rows[start + section.headerRow] ?? [];
    const dateAt = header.findIndex((name) => headerKey(name) === "date");
    for (const name of header) {
      const key = headerKey(name);
      if (GA4_COLUMNS.has(key) || GA4_DIMENSION.test(name.trim())) ga4++;
      if (UA_COLUMNS.has(key) || UA_GOAL.test(name)) ua++;
    }
    for (const row of table.rows.slice(start + section.headerRow + 1, start + section.end)) {
      if (/^grand total$/i.test((row[0] ?? "").trim())) ga4++;
      const day = compactDate.exec(row[dateAt] ?? "");
      if (day) days.push(`${day[1]}-${day[2]}-${day[3]}`);
    }
  }
  if (days.some((day) => day > UA_LAST_DAY)) ga4 += YEARS_WEIGHT;
  if (days.some((day) => day < GA4_FIRST_DAY)) ua += YEARS_WEIGHT;
  return ga4 > ua ? "ga4" : "ua";
}
