/**
 * The canonical records of docs/architecture.md §3.2. Field names are the contract with the
 * tables: never rename one. `null` means "not in the export" (or no value for that row).
 */

/** Where a file or a record comes from. */
export type PlatformId =
  | "facebook"
  | "instagram"
  | "x"
  | "linkedin"
  | "tiktok"
  | "youtube"
  | "ga4"
  | "ua"
  | "meta-ads"
  | "hootsuite"
  | "sprout"
  | "buffer"
  | "unknown";

/** The social networks themselves (not analytics, ads or management tools), as the importer writes them. */
export const SOCIAL_PLATFORMS = [
  "facebook",
  "instagram",
  "x",
  "linkedin",
  "tiktok",
  "youtube",
] as const satisfies readonly PlatformId[];

/** One row per post, lifetime totals as of the export. */
export interface PostRecord {
  platform: PlatformId;
  account: string | null;
  /** Always a string, exactly as exported: X ids exceed 2^53. */
  postId: string;
  permalink: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, local time as exported, never shifted. */
  publishedAt: string | null;
  postType: string | null;
  /** Exactly as exported (emoji, RTL, leading TAB, `&amp;`). */
  text: string | null;
  impressions: number | null;
  reach: number | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  clicks: number | null;
  linkClicks: number | null;
  follows: number | null;
  engagements: number | null;
  spend: number | null;
}

/** One account on one day. */
export interface DailyRecord {
  platform: PlatformId;
  account: string | null;
  /** `YYYY-MM-DD`. */
  date: string;
  impressions: number | null;
  reach: number | null;
  views: number | null;
  engagements: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  clicks: number | null;
  /** Total audience that day (not the day's gain). */
  followers: number | null;
  followersGained: number | null;
  followersLost: number | null;
  profileViews: number | null;
  pageViews: number | null;
  visitors: number | null;
  postsPublished: number | null;
}

/** One row of a web-analytics report. */
export interface TrafficRecord {
  source: "ga4" | "ua";
  periodStart: string | null;
  periodEnd: string | null;
  date: string | null;
  dimension: string;
  dimensionValue: string;
  sessions: number | null;
  users: number | null;
  newUsers: number | null;
  engagedSessions: number | null;
  keyEvents: number | null;
  revenue: number | null;
  engagementTimeSeconds: number | null;
}

/** One row of an ads report (a campaign, ad set or ad, per day or for the period). */
export interface AdRecord {
  platform: PlatformId;
  /** Ids exactly as exported, when the export has them: names repeat (many campaigns share one). */
  campaignId: string | null;
  campaign: string | null;
  adSetId: string | null;
  adSet: string | null;
  adId: string | null;
  ad: string | null;
  date: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  /** ISO 4217 code, from the spend header (`Amount spent (EUR)`). */
  currency: string | null;
  spend: number | null;
  impressions: number | null;
  reach: number | null;
  clicks: number | null;
  linkClicks: number | null;
  results: number | null;
  resultType: string | null;
  conversions: number | null;
  conversionValue: number | null;
}

/** One segment of an audience breakdown (age, gender, country, city, job function…). */
export interface AudienceRecord {
  platform: PlatformId;
  breakdown: string;
  segment: string;
  value: number;
  /** `share` is a fraction 0–1 of the audience; `count` a number of people. */
  unit: "share" | "count";
}

/** One mention found by social listening. */
export interface MentionRecord {
  date: string | null;
  platform: PlatformId;
  author: string | null;
  text: string | null;
  url: string | null;
  sentiment: string | null;
}

/** The record kinds, by the name of their list in {@link ImportResult}. */
export interface RecordLists {
  posts: PostRecord[];
  daily: DailyRecord[];
  traffic: TrafficRecord[];
  ads: AdRecord[];
  audience: AudienceRecord[];
  mentions: MentionRecord[];
}

export type RecordKind = keyof RecordLists;

/**
 * One empty list per record kind: what an import or a workbook read starts from.
 *
 * @example
 * emptyRecordLists().posts //=> []
 */
export function emptyRecordLists(): RecordLists {
  return { posts: [], daily: [], traffic: [], ads: [], audience: [], mentions: [] };
}

/** A canonical field that a column of an unknown file can be mapped to, per record kind. */
export type CanonicalField<K extends RecordKind = RecordKind> = K extends RecordKind
  ? keyof RecordLists[K][number] & string
  : never;
