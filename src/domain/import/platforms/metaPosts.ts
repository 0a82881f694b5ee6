import type { IssueLog } from "../issueLog";
import { ISSUE } from "../issues";
import type { DataSample } from "../layout";
import type { PostRecord } from "../schema";

const ADDITIVE: ReadonlyArray<keyof PostRecord> = [
  "impressions",
  "views",
  "likes",
  "comments",
  "shares",
  "saves",
  "clicks",
  "linkClicks",
  "follows",
  "engagements",
  "spend",
];

/**
 * Meta Business Suite can export one row per post *per day* (same header, `Date` holds days
 * instead of `Lifetime`): such rows are summed into one lifetime row per post, as the canonical
 * record is. Reach counts unique people, who cannot be added up across days, so it is left empty.
 *
 * @example
 * totalPerPost([{ postId: "1", likes: 2, reach: 5, … }, { postId: "1", likes: 3, reach: 4, … }], log)
 * //=> [{ postId: "1", likes: 5, reach: null, … }]
 */
export function totalPerPost(records: PostRecord[], log: IssueLog): PostRecord[] {
  // Most exports have one row per post: find that out without copying 100,000 records.
  const seen = new Set<string>();
  for (const record of records) seen.add(record.postId);
  if (seen.size === records.length) return records;
  const byId = new Map<string, PostRecord>();
  for (const record of records) {
    const total = byId.get(record.postId);
    if (!total) {
      byId.set(record.postId, { ...record });
      continue;
    }
    for (const field of ADDITIVE) {
      const value = record[field] as number | null;
      if (value !== null)
        (total[field] as number | null) = ((total[field] as number | null) ?? 0) + value;
    }
  }
  const totals = [...byId.values()].map((record) => ({ ...record, reach: null }));
  log.warn(ISSUE.DAILY_ROWS_AGGREGATED, { rows: records.length, posts: totals.length });
  return totals;
}

/**
 * Whether a Meta content export is the per-day variant: its `Date` column holds days where the
 * lifetime export writes `Lifetime`.
 */
export function isPerDay(data: DataSample): boolean {
  const date = data.header.find("Date");
  return (
    date !== -1 &&
    data.rows.some((row) => (row[date] ?? "").trim() !== "" && row[date] !== "Lifetime")
  );
}

/**
 * Meta reports `Views` as 0 for every post of pages and periods it has no views for, even when
 * reach is not 0 (an export with 48 posts, both `Views` columns 0, reach up to 900): a 0 there is
 * "not reported", not a count, so it becomes empty rather than dragging rates down.
 */
export function dropUnreportedViews(records: PostRecord[], log: IssueLog): PostRecord[] {
  const allZero = records.length > 0 && records.every((record) => record.impressions === 0);
  const reached = records.some((record) => (record.reach ?? 0) > 0);
  if (!allZero || !reached) return records;
  log.warn(ISSUE.VIEWS_NOT_REPORTED, {});
  return records.map((record) => ({ ...record, impressions: null }));
}
