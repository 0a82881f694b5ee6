import type { ColumnRef, TableLayout } from "../layout";

const handleIn = (header: string): ColumnRef => ({
  header,
  capture: /(?:twitter|x)\.com\/([^/]+)\/status\//,
});

// X counts a click anywhere on a post; its exports split them by target.
const legacyClicks: ColumnRef = {
  sum: [
    "url clicks",
    "user profile clicks",
    "hashtag clicks",
    "detail expands",
    "permalink clicks",
  ],
};

/**
 * Legacy analytics.twitter.com per-tweet export `tweet_activity_metrics_<handle>_…_en.csv`
 * (docs/import-formats.md §4.1): every field quoted, floats as strings (`"1938.0"`), promoted cells
 * `-` when not promoted (ignored: organic totals only), `time` in UTC with `+0000` (kept as
 * written, not shifted). Before Nov 2015 likes were `favorites`.
 */
export const xLegacyTweets: TableLayout<"posts"> = {
  format: "x/tweet-activity",
  platform: "x",
  kind: "posts",
  signature: { all: ["Tweet id", "Tweet permalink", "Tweet text", "time"] },
  columns: {
    account: [handleIn("Tweet permalink")],
    postId: ["Tweet id"],
    permalink: ["Tweet permalink"],
    publishedAt: ["time"],
    text: ["Tweet text"],
    impressions: ["impressions"],
    views: ["media views"],
    likes: ["likes", "favorites"],
    comments: ["replies"],
    shares: ["retweets"],
    clicks: [legacyClicks],
    linkClicks: ["url clicks"],
    follows: ["follows"],
    engagements: ["engagements"],
  },
  fixed: { platform: "x" },
};

/** Legacy by-day export (§4.2): `Date`, `Tweets published`, then the per-tweet metrics. */
export const xLegacyDaily: TableLayout<"daily"> = {
  format: "x/daily-tweet-activity",
  platform: "x",
  kind: "daily",
  signature: { all: ["Date", "Tweets published", "impressions"] },
  columns: {
    date: ["Date"],
    postsPublished: ["Tweets published"],
    impressions: ["impressions"],
    engagements: ["engagements"],
    views: ["media views"],
    likes: ["likes", "favorites"],
    comments: ["replies"],
    shares: ["retweets"],
    clicks: [legacyClicks],
    followersGained: ["follows"],
  },
  fixed: { platform: "x" },
  dateOrder: "mdy",
};

// Korean-UI headers of the content export (§4.3, from a fixture [unverified]): `포스트 텍스트` post
// text, `날짜` date, `노출수` impressions, `좋아요` likes, `답글` replies, `재게시` reposts, `북마크`
// bookmarks. The id and link names `포스트 ID` / `포스트 링크` are guesses by analogy (no file with
// them was seen): without either a row has no id, so such a file is not recognised at all.
const KO_ID = "포스트 ID";
const KO_LINK = "포스트 링크";
const statusId = (header: string): ColumnRef => ({ header, capture: /\/status\/(\d+)/ });

/**
 * x.com Account analytics → Content export `account_analytics_content_<from>_<to>.csv` (§4.3):
 * minimal quoting, no final newline, `Date` without time (`Sat, Aug 22, 2026`), text flattened to
 * one line and cut at ~280 characters by X. `Reposts` are the public re-shares; `Shares` (send,
 * copy link) are private and not mapped. Re-saved subsets (`Post id,Date,Post text,Post Link,
 * Impressions,Engagements,New follows`) read the same. Korean aliases: see {@link xContentKorean}.
 */
export const xContent: TableLayout<"posts"> = {
  format: "x/account-analytics-content",
  platform: "x",
  kind: "posts",
  signature: { all: ["Post id", "Post Link", "Impressions"] },
  columns: {
    account: [handleIn("Post Link"), handleIn(KO_LINK)],
    // A Korean file with a link but no id column: the id is the link's last segment.
    postId: ["Post id", KO_ID, statusId(KO_LINK)],
    permalink: ["Post Link", KO_LINK],
    publishedAt: ["Date", "날짜"],
    text: ["Post text", "포스트 텍스트"],
    impressions: ["Impressions", "노출수"],
    likes: ["Likes", "좋아요"],
    comments: ["Replies", "답글"],
    shares: ["Reposts", "재게시"],
    saves: ["Bookmarks", "북마크"],
    clicks: [
      {
        sum: [
          "URL Clicks",
          "Profile visits",
          "Hashtag Clicks",
          "Detail Expands",
          "Permalink Clicks",
        ],
      },
    ],
    linkClicks: ["URL Clicks"],
    follows: ["New follows"],
    engagements: ["Engagements"],
  },
  fixed: { platform: "x" },
};

/**
 * The content export with Korean-UI headers (§4.3 [FIXTURE, unverified]): the same layout, found
 * by an id or link column, `노출수` (impressions) and X's own word for reposts, `재게시`.
 */
export const xContentKorean: TableLayout<"posts"> = {
  ...xContent,
  signature: { all: [/^포스트(?:id|링크)$/u, "노출수", "재게시"] },
};

/** x.com Account analytics → Overview export `account_overview_analytics.csv` (§4.4): one row per day. */
export const xOverview: TableLayout<"daily"> = {
  format: "x/account-overview",
  platform: "x",
  kind: "daily",
  signature: { all: ["Date", "Create Post", "New follows"] },
  columns: {
    date: ["Date"],
    impressions: ["Impressions"],
    engagements: ["Engagements"],
    views: ["Video views"],
    likes: ["Likes"],
    comments: ["Replies"],
    shares: ["Reposts"],
    followersGained: ["New follows"],
    followersLost: ["Unfollows"],
    profileViews: ["Profile visits"],
    postsPublished: ["Create Post"],
  },
  fixed: { platform: "x" },
};
