import type {
  DailyRecord,
  MentionRecord,
  PostRecord,
  TrafficRecord,
} from "../../../src/domain/import/schema";
import type { ImportedFile } from "../../../src/domain/workbook/importedFile";

/** A post as the importer produces it; `n` makes the id and the figures distinct. */
export function post(n: number, overrides: Partial<PostRecord> = {}): PostRecord {
  return {
    platform: "x",
    account: "@brand",
    postId: `18765432109876${String(n).padStart(5, "0")}`,
    permalink: `https://x.com/brand/status/${n}`,
    publishedAt: "2026-01-05T09:30",
    postType: "Tweet",
    text: `Post number ${n}: launching our spring collection, see the thread for details #spring`,
    impressions: 1000 + n,
    reach: null,
    views: null,
    likes: 10 + (n % 7),
    comments: n % 3,
    shares: n % 5,
    saves: null,
    clicks: 20,
    linkClicks: 5,
    follows: null,
    engagements: 35,
    spend: null,
    ...overrides,
  };
}

export function day(date: string, overrides: Partial<DailyRecord> = {}): DailyRecord {
  return {
    platform: "facebook",
    account: "Brand page",
    date,
    impressions: 500,
    reach: 400,
    views: null,
    engagements: 30,
    likes: 20,
    comments: 5,
    shares: 5,
    clicks: 12,
    followers: 10_000,
    followersGained: 12,
    followersLost: 2,
    profileViews: null,
    pageViews: 40,
    visitors: null,
    postsPublished: 1,
    ...overrides,
  };
}

/** A social-listening mention; `n` makes the author, text and link distinct (the table's key). */
export function mention(n: number, overrides: Partial<MentionRecord> = {}): MentionRecord {
  return {
    date: "2026-01-05T14:10",
    platform: "x",
    author: `@fan${n}`,
    text: `Mention ${n}: the spring collection from @brand is out`,
    url: `https://x.com/fan${n}/status/${900 + n}`,
    sentiment: "positive",
    ...overrides,
  };
}

/** One day of web-analytics traffic from social, as a GA4 daily export gives it. */
export function trafficDay(date: string, overrides: Partial<TrafficRecord> = {}): TrafficRecord {
  return {
    source: "ga4",
    periodStart: null,
    periodEnd: null,
    date,
    dimension: "Session primary channel group (Default Channel Group)",
    dimensionValue: "Organic Social",
    sessions: 300,
    users: 250,
    newUsers: 100,
    engagedSessions: 200,
    keyEvents: 4,
    revenue: null,
    engagementTimeSeconds: 5400,
    ...overrides,
  };
}

export function mentionsFile(mentions: MentionRecord[]): ImportedFile {
  return {
    fileName: "listening.csv",
    platform: "unknown",
    format: "generic/mapped",
    records: { mentions },
    skipped: [],
  };
}

export function trafficFile(traffic: TrafficRecord[]): ImportedFile {
  return {
    fileName: "ga4-traffic.csv",
    platform: "ga4",
    format: "ga4/report",
    records: { traffic },
    skipped: [],
  };
}

export function postsFile(
  posts: PostRecord[],
  overrides: Partial<ImportedFile> = {}
): ImportedFile {
  return {
    fileName: "x-posts.csv",
    platform: "x",
    format: "x/tweets",
    periodStart: "2026-01-01",
    periodEnd: "2026-01-31",
    records: { posts },
    skipped: [],
    ...overrides,
  };
}

export const posts = (count: number, from = 0): PostRecord[] =>
  Array.from({ length: count }, (_, i) => post(from + i));

export const NOW = new Date(2026, 10, 26, 9, 30);
