import { isoToSerial } from "../common/excelDate";
import type { DailyRecord, PostRecord, RecordLists } from "../import/schema";
import { ctr } from "../kpi/ctr";
import { engagementRate } from "../kpi/engagementRate";
import { followerGrowth } from "../kpi/followerGrowth";
import { isKpiError, type KpiResult } from "../kpi/kpiError";
import type { GoalMetric } from "../templates/goals";
import type { GoalPlatform } from "./smartGoal";

/** What to measure, and over which platform and days. */
export interface GoalMeasure {
  readonly metric: GoalMetric;
  /** Undefined: every platform. */
  readonly platform?: GoalPlatform;
  /** Excel serial dates. */
  readonly start: number;
  readonly deadline: number;
  /** The date the goal is evaluated on: the window ends on it, or on the deadline once passed. */
  readonly asOf: number;
}

type Sum = (field: "engagements" | "impressions" | "reach" | "linkClicks") => number;

const value = (result: KpiResult): number | undefined => (isKpiError(result) ? undefined : result);

/** Follower growth between the window's first and last days, each day's followers summed over accounts. */
function growthOf(days: readonly DailyRecord[]): number | undefined {
  if (days.length === 0) return undefined;
  const dates = days.map((d) => d.date).sort();
  const followersOn = (date: string | undefined) =>
    days.reduce((sum, d) => (d.date === date ? sum + (d.followers ?? 0) : sum), 0);
  return value(followerGrowth(followersOn(dates[0]), followersOn(dates[dates.length - 1])));
}

/**
 * A goal's current value from the imported records, as the goals sheet measures it: posts
 * published, or days, from the start to `asOf` (or the deadline once passed) on the goal's
 * platform; rates as ratios of sums, follower growth between the first and last days. Undefined
 * where the data does not cover it — a KPI the tables do not hold, a window without data, a rate
 * without a base — which is when the sheet falls back to the value typed in the goal's row.
 *
 * @example
 * measureGoalMetric({ posts, daily: [] }, { metric: "ENGAGEMENT_RATE", start, deadline, asOf }) //=> 0.032
 */
export function measureGoalMetric(
  records: Pick<RecordLists, "posts" | "daily">,
  { metric, platform, start, deadline, asOf }: GoalMeasure
): number | undefined {
  // The sheet's window: from the start day to the end of the last day, times of day included.
  const end = Math.min(asOf, deadline) + 1;
  const inWindow = (iso: string | null, recordPlatform: string) => {
    const serial = iso === null ? undefined : isoToSerial(iso);
    return (
      serial !== undefined &&
      serial >= start &&
      serial < end &&
      (platform === undefined || recordPlatform === platform)
    );
  };
  const posts = records.posts.filter((p: PostRecord) => inWindow(p.publishedAt, p.platform));
  const sum: Sum = (field) => posts.reduce((total, p) => total + (p[field] ?? 0), 0);
  const anyPost = (total: number) => (posts.length === 0 ? undefined : total);

  switch (metric) {
    case "ENGAGEMENT_RATE":
      return value(engagementRate(sum("engagements"), sum("impressions")));
    case "CTR":
      return value(ctr(sum("linkClicks"), sum("impressions")));
    case "ENGAGEMENTS":
      return anyPost(sum("engagements"));
    case "IMPRESSIONS":
      return anyPost(sum("impressions"));
    case "REACH":
      return anyPost(sum("reach"));
    case "FOLLOWER_GROWTH":
      return growthOf(records.daily.filter((d) => inWindow(d.date, d.platform)));
    default:
      return undefined;
  }
}
