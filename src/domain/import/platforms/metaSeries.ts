import { DetectionScore } from "../detectionScore";
import { headerKey } from "../headers";
import { ISSUE } from "../issues";
import type { FormatReader, ReadContext, TableLayout, TableSlice } from "../layout";
import { type DecimalSeparator, inferDecimalSeparator } from "../numbers";
import type { AudienceRecord, CanonicalField, PlatformId, RecordLists } from "../schema";
import { readTableLayout } from "../tableReader";
import { readShare } from "../values";

type DailyMetric = Exclude<CanonicalField<"daily">, "platform" | "account" | "date">;

// The metric a daily series' title line names (`"Facebook reach"`, `"Instagram follows"`, …).
// Meta's "Views" replaced impressions; "Viewers" are the unique people reached.
const SERIES_METRICS: ReadonlyArray<readonly [RegExp, DailyMetric]> = [
  [/link clicks?$/i, "clicks"],
  [/viewers$/i, "reach"],
  [/views$/i, "impressions"],
  [/reach$/i, "reach"],
  [/follows$/i, "followersGained"],
  [/visits$/i, "profileViews"],
  [/interactions$/i, "engagements"],
];

const platformOfTitle = (title: string): PlatformId =>
  /^instagram\b/i.test(title.trim()) ? "instagram" : "facebook";

const isTitleRow = (row: readonly string[] | undefined): row is readonly string[] =>
  row !== undefined &&
  (row[0] ?? "").trim() !== "" &&
  row.slice(1).every((cell) => cell.trim() === "");

const isSeriesHeader = (row: readonly string[] | undefined): boolean =>
  row !== undefined && headerKey(row[0] ?? "") === "date" && headerKey(row[1] ?? "") === "primary";

// Meta's monetization export (§3.8, multi-column variant): `"Date","Primary","content_monetization",
// "stars","subscriptions"` — money earned per day, in no daily field (docs/architecture.md §3.2).
const EARNINGS_TITLE = /moneti[sz]ation|earnings|revenue/i;
const EARNINGS_COLUMNS = new Set(["contentmonetization", "stars", "subscriptions"]);

const isEarnings = (title: string, header: readonly string[]): boolean =>
  EARNINGS_TITLE.test(title) || header.some((cell) => EARNINGS_COLUMNS.has(headerKey(cell)));

/** The daily layout of one series, once its title says which metric it is. */
const seriesLayout = (metric: DailyMetric, platform: PlatformId): TableLayout<"daily"> => ({
  format: "meta-business-suite/daily-series",
  platform,
  kind: "daily",
  signature: { all: ["Date", "Primary"] },
  columns: { date: ["Date"], [metric]: ["Primary"] },
  fixed: { platform },
  dateOrder: "mdy",
});

/** Reads the series under `title` whose header is `rows[headerRow]`; false when the metric is unknown. */
function readSeries(
  title: string,
  table: TableSlice,
  headerRow: number,
  context: ReadContext,
  into: RecordLists
): boolean {
  const metric = SERIES_METRICS.find(([pattern]) => pattern.test(title.trim()))?.[1];
  if (!metric) return false;
  readTableLayout(
    seriesLayout(metric, platformOfTitle(title)),
    table,
    { score: DetectionScore.chosen, headerRow },
    context,
    into
  );
  return true;
}

/**
 * Meta Business Suite → Insights → Export, a metric per file (docs/import-formats.md §3.8): UTF-16,
 * `sep=,`, a quoted title line naming the metric, then `"Date","Primary"`. The re-saved copies
 * (semicolons, no `sep=` line, trailing `;`) read the same once the delimiter is sniffed. The time
 * part flips between `T00:00:00` and `T01:00:00` (a DST artifact): only the date is kept.
 */
export const mbsDailySeries: FormatReader = {
  format: "meta-business-suite/daily-series",
  platform: "facebook",
  match(table) {
    for (let r = 1; r < Math.min(table.rows.length, 4); r++) {
      if (isSeriesHeader(table.rows[r]) && isTitleRow(table.rows[r - 1]))
        return { score: DetectionScore.structure, headerRow: r };
    }
    return null;
  },
  platformOf: (table, match) => platformOfTitle(table.rows[match.headerRow - 1]?.[0] ?? ""),
  read(table, match, context, into) {
    const title = table.rows[match.headerRow - 1]?.[0] ?? "";
    if (readSeries(title, table, match.headerRow, context, into)) return;
    context.log.error(ISSUE.UNKNOWN_FORMAT, {
      reason: isEarnings(title, table.rows[match.headerRow] ?? [])
        ? "earnings-series"
        : "unknown-series",
      series: title,
    });
  },
};

/** One block of Audience.csv: its title, and the file rows it spans. */
interface Block {
  readonly title: string;
  readonly start: number;
  readonly end: number;
}

function blocks(rows: readonly (readonly string[])[]): Block[] {
  const found: Block[] = [];
  let r = 0;
  while (r < rows.length) {
    const row = rows[r];
    if (isTitleRow(row)) {
      let end = r + 1;
      while (end < rows.length && !(rows[end] ?? []).every((cell) => cell.trim() === "")) end++;
      found.push({ title: (row[0] ?? "").trim(), start: r, end });
      r = end;
    } else r++;
  }
  return found;
}

const AUDIENCE_BLOCKS = new Set(["agegender", "topcountries", "topcities"]);
const isAudienceTitle = (title: string) => AUDIENCE_BLOCKS.has(headerKey(title));

/**
 * Meta Business Suite Audience.csv (§3.9): titled blocks, percentages as numbers 0–100. `Age &
 * gender` is a table (ages down, genders across); `Top countries`/`Top cities` are a row of names
 * over a row of values. `Top pages` holds affinity scores, not shares of the audience, and is
 * skipped; an embedded daily series is read as one.
 */
export const mbsAudience: FormatReader = {
  format: "meta-business-suite/audience",
  platform: "facebook",
  match(table) {
    const first = table.rows.slice(0, 3).findIndex((row) => isTitleRow(row));
    const title = first === -1 ? "" : (table.rows[first]?.[0] ?? "");
    return isAudienceTitle(title) ? { score: DetectionScore.structure, headerRow: first } : null;
  },
  read(table, _match, context, into) {
    const decimal: DecimalSeparator =
      context.decimal ??
      inferDecimalSeparator(table.rows.slice(0, 60).flat(), context.defaultDecimal);
    const share = (raw: string) => readShare(raw, "percent", decimal);
    for (const block of blocks(table.rows)) {
      const at = (index: number) => table.firstRow + index;
      const key = headerKey(block.title);
      const header = table.rows[block.start + 1] ?? [];
      if (isSeriesHeader(header)) {
        if (
          readSeries(
            block.title,
            { ...table, rows: table.rows.slice(0, block.end) },
            block.start + 1,
            context,
            into
          )
        )
          continue;
      }
      const records: AudienceRecord[] = [];
      if (key === "agegender") {
        for (let r = block.start + 2; r < block.end; r++) {
          const row = table.rows[r] ?? [];
          header.forEach((gender, column) => {
            if (column === 0) return;
            const value = share(row[column] ?? "");
            if (value === undefined) context.log.count(ISSUE.INVALID_NUMBER, at(r), gender);
            else if (value !== null)
              records.push({
                platform: "facebook",
                breakdown: block.title,
                segment: `${gender}, ${row[0] ?? ""}`,
                value,
                unit: "share",
              });
          });
        }
      } else if (key === "topcountries" || key === "topcities") {
        const values = table.rows[block.start + 2] ?? [];
        header.forEach((segment, column) => {
          const value = share(values[column] ?? "");
          if (value === undefined)
            context.log.count(ISSUE.INVALID_NUMBER, at(block.start + 2), segment);
          else if (value !== null && segment.trim() !== "")
            records.push({
              platform: "facebook",
              breakdown: block.title,
              segment,
              value,
              unit: "share",
            });
        });
      } else {
        context.log.count(ISSUE.SECTION_SKIPPED, at(block.start));
      }
      for (const record of records) into.audience.push(record);
    }
  },
};
