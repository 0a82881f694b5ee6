import type { ColumnMap, TableLayout } from "../layout";

/**
 * Sprout Social Post Performance report (docs/import-formats.md §7, from the documented columns and
 * a reader's fixture; no real file was found): one row per post across networks, the network in
 * `Network`, dates `mm/dd/yyyy hh:mm am`, thousands separators, the engagement rate as a `%` string
 * (not stored).
 */
export const sproutPostPerformance: TableLayout<"posts"> = {
  format: "sprout/post-performance",
  platform: "sprout",
  kind: "posts",
  signature: { all: ["Post ID", "Network", "Engagement Rate (per Impression)"] },
  columns: {
    platform: ["Network"],
    account: ["Profile"],
    postId: ["Post ID"],
    permalink: ["Link"],
    publishedAt: ["Date"],
    postType: ["Content Type", "Post Type"],
    text: ["Post"],
    impressions: ["Impressions"],
    reach: ["Reach"],
    views: ["Video Views"],
    likes: ["Reactions", "Likes"],
    comments: ["Comments"],
    shares: ["Shares"],
    saves: ["Saves"],
    clicks: ["Post Clicks (All)"],
    linkClicks: ["Post Link Clicks"],
    engagements: ["Engagements"],
  },
  fixed: { platform: "unknown" },
  dateOrder: "mdy",
};

const profileColumns = (account: string): ColumnMap<"daily"> => ({
  account: [account],
  date: ["Date"],
  followers: ["Total Fans", "Followers", "Audience"],
  followersGained: ["Followers Gained", "Page Likes", "Audience Gained"],
  followersLost: ["Followers Lost", "Page Unlikes"],
  postsPublished: ["Published Posts", "Published Posts & Stories", "Published Posts (Total)"],
  impressions: ["Impressions"],
  reach: ["Reach"],
  views: ["Video Views"],
  engagements: ["Engagements"],
  likes: ["Reactions", "Likes"],
  comments: ["Comments", "@Replies"],
  shares: ["Shares", "Retweets"],
});

/** Sprout Social Facebook Pages profile report (§7): one row per page and day. */
export const sproutFacebookPages: TableLayout<"daily"> = {
  format: "sprout/profiles",
  platform: "sprout",
  kind: "daily",
  signature: { all: ["Date", "Facebook Page", "Total Fans"] },
  columns: profileColumns("Facebook Page"),
  fixed: { platform: "facebook" },
  dateOrder: "mdy",
};

/** Sprout Social Instagram Business Profiles report (§7). */
export const sproutInstagramProfiles: TableLayout<"daily"> = {
  ...sproutFacebookPages,
  signature: { all: ["Date", "Instagram Profile", "Followers"] },
  columns: profileColumns("Instagram Profile"),
  fixed: { platform: "instagram" },
};

/** Sprout Social Twitter Profiles report (§7). */
export const sproutTwitterProfiles: TableLayout<"daily"> = {
  ...sproutFacebookPages,
  signature: { all: ["Date", "Twitter Profile", "Followers"] },
  columns: profileColumns("Twitter Profile"),
  fixed: { platform: "x" },
};
