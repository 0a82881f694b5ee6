import type { ColumnRef, TableLayout } from "../layout";

const videoId: ColumnRef = { header: "Video link", capture: /\/video\/(\d+)/ };
const handle: ColumnRef = { header: "Video link", capture: /tiktok\.com\/@([^/]+)/ };

/**
 * TikTok Studio `Content.csv` (docs/import-formats.md §8.1): every field quoted, no year anywhere
 * (`Time` is the export date, `Post time` the publication, both `February 28`, month names in the
 * UI language): post dates are placed in the latest year that keeps them on or before the export
 * date. The video id is in the link.
 */
export const tiktokStudioContent: TableLayout<"posts"> = {
  format: "tiktok/studio-content",
  platform: "tiktok",
  kind: "posts",
  signature: { all: ["Time", "Video title", "Video link", "Post time"] },
  columns: {
    account: [handle],
    postId: [videoId],
    permalink: ["Video link"],
    publishedAt: ["Post time"],
    text: ["Video title"],
    views: ["Total views"],
    likes: ["Total likes"],
    comments: ["Total comments"],
    shares: ["Total shares"],
  },
  fixed: { platform: "tiktok" },
  yearAnchor: "Time",
};

/** TikTok Studio `Overview.csv` (§8.1): one row per day, year-less dates, `undefined` for missing. */
export const tiktokStudioOverview: TableLayout<"daily"> = {
  format: "tiktok/studio-overview",
  platform: "tiktok",
  kind: "daily",
  signature: { all: ["Date", "Video Views", "Profile Views", "Likes"] },
  columns: {
    date: ["Date"],
    views: ["Video Views"],
    profileViews: ["Profile Views"],
    likes: ["Likes"],
    comments: ["Comments"],
    shares: ["Shares"],
  },
  fixed: { platform: "tiktok" },
};

/** TikTok Studio `Viewers.csv` (§8.1): unique viewers per day are the day's reach. */
export const tiktokStudioViewers: TableLayout<"daily"> = {
  format: "tiktok/studio-viewers",
  platform: "tiktok",
  kind: "daily",
  signature: { all: ["Date", "Total Viewers", "New Viewers"] },
  columns: { date: ["Date"], reach: ["Total Viewers"] },
  fixed: { platform: "tiktok" },
};

/**
 * TikTok Studio `FollowerHistory.csv` (§8.1), newest first: the follower count per day. The
 * day's difference is a net change (gains minus losses), which no canonical field holds.
 */
export const tiktokStudioFollowers: TableLayout<"daily"> = {
  format: "tiktok/studio-followers",
  platform: "tiktok",
  kind: "daily",
  signature: { all: ["Date", "Followers", "Difference in followers from previous day"] },
  columns: { date: ["Date"], followers: ["Followers"] },
  fixed: { platform: "tiktok" },
};

/**
 * TikTok Studio `FollowerGender.csv` / `FollowerTopTerritories.csv` (§8.1): shares as fractions
 * (`0.59`); look-alike files elsewhere write percents (`Male,73.7`), so the scale is told by the data.
 */
export const tiktokStudioAudience: TableLayout<"audience"> = {
  format: "tiktok/studio-followers",
  platform: "tiktok",
  kind: "audience",
  signature: { all: ["Distribution"], none: ["Date"] },
  columns: { segment: ["Gender", "Top territories", "Top Territories"], value: ["Distribution"] },
  fixed: { platform: "tiktok", breakdown: ({ header }) => header[0] ?? "", unit: "share" },
};

/**
 * TikTok business overview (§8.2): `YYYY/MM/DD`, `NAN` for missing, a header with a trailing space
 * (`Phone number clicks `).
 */
export const tiktokBusinessOverview: TableLayout<"daily"> = {
  format: "tiktok/business-overview",
  platform: "tiktok",
  kind: "daily",
  signature: { all: ["Date", "Video views", "Reached audience", "Profile views"] },
  columns: {
    date: ["Date"],
    views: ["Video views"],
    reach: ["Reached audience"],
    profileViews: ["Profile views"],
    likes: ["Likes"],
    comments: ["Comments"],
    shares: ["Shares"],
    followersGained: ["New followers"],
    followersLost: ["Lost followers"],
  },
  fixed: { platform: "tiktok" },
};

/** TikTok business followers (§8.2): `--` where the total is not known. */
export const tiktokBusinessFollowers: TableLayout<"daily"> = {
  format: "tiktok/business-followers",
  platform: "tiktok",
  kind: "daily",
  signature: { all: ["Date", "New followers", "Total followers", "Engaged audience"] },
  columns: {
    date: ["Date"],
    followers: ["Total followers"],
    followersGained: ["New followers"],
    reach: ["Reached audience"],
  },
  fixed: { platform: "tiktok" },
};

/**
 * TikTok business video export (§8.2): `YYYY/MM/DD HH:MM:SS` post times. A variant seen in
 * fixtures writes `Total views` for `Video views`, abbreviated or grouped counts (`1.2K`,
 * `"1,234"`) and adds `Average watch time` (`0:12`) and `Watched full video` (`38%`), an average
 * and a rate that no post field stores. The video id is only in `Video link`: where the variant
 * has no link, no row has an id and every row is counted as MISSING_ID — that is intended, a post
 * without an id could not be merged on a re-import and would be duplicated.
 */
export const tiktokBusinessVideos: TableLayout<"posts"> = {
  format: "tiktok/business-videos",
  platform: "tiktok",
  kind: "posts",
  signature: {
    all: ["Video title", "Post time", /^(?:videoviews|totalviews)$/],
    // TikTok Studio's Content.csv (`Time` = the export date) has year-less dates of its own.
    none: ["Time"],
  },
  columns: {
    account: [handle],
    postId: [videoId],
    permalink: ["Video link"],
    publishedAt: ["Post time"],
    text: ["Video title"],
    views: ["Video views", "Total views"],
    likes: ["Likes"],
    comments: ["Comments"],
    shares: ["Shares"],
    saves: ["Add to Favorites"],
  },
  fixed: { platform: "tiktok" },
};
