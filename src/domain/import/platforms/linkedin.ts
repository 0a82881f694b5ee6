import { headerKey } from "../headers";
import type { ColumnMap, FormatReader, TableLayout } from "../layout";
import { tableFormat } from "../tableReader";

/**
 * LinkedIn page content export, sheet `Metrics` (docs/import-formats.md §5.1): a one-cell sentence
 * above the header (the header is found by content), one row per day, `(organic)`/`(sponsored)`/
 * `(total)` columns of which the totals are taken. Reposts were `Shares` before 2021.
 */
export const linkedinContentMetrics: TableLayout<"daily"> = {
  format: "linkedin/content",
  platform: "linkedin",
  kind: "daily",
  signature: { all: ["Date", "Impressions (total)", "Clicks (total)"] },
  columns: {
    date: ["Date"],
    impressions: ["Impressions (total)"],
    clicks: ["Clicks (total)"],
    likes: ["Reactions (total)"],
    comments: ["Comments (total)"],
    shares: ["Reposts (total)", "Shares (total)"],
  },
  fixed: { platform: "linkedin" },
  dateOrder: "mdy",
};

// The post id is only in the link: `https://www.linkedin.com/feed/update/urn:li:activity:<id>`.
const postColumns = (prefix: "Post" | "Update"): ColumnMap<"posts"> => ({
  postId: [{ header: `${prefix} link`, capture: /urn:li:[a-zA-Z]+:(\d+)/ }],
  permalink: [`${prefix} link`],
  publishedAt: ["Created date"],
  postType: ["Content Type"],
  text: [`${prefix} title`],
  impressions: ["Impressions"],
  views: ["Views", "Views (Excluding offsite video views)", "Video views"],
  clicks: ["Clicks"],
  likes: ["Likes"],
  comments: ["Comments"],
  shares: ["Reposts", "Shares"],
  follows: ["Follows"],
});

/**
 * LinkedIn content export, sheet `All posts` (§5.1): one row per post, newest first, full
 * multi-line titles; no reach. `Post type` says organic or sponsored, `Content Type` the media.
 */
export const linkedinContentPosts: TableLayout<"posts"> = {
  format: "linkedin/content",
  platform: "linkedin",
  kind: "posts",
  signature: { all: ["Post title", "Post link", "Created date"] },
  columns: postColumns("Post"),
  fixed: { platform: "linkedin" },
  dateOrder: "mdy",
};

/** The ≤2020 content export, sheet `Update Engagement` (§5.1 older layout). */
export const linkedinUpdateEngagement: TableLayout<"posts"> = {
  ...linkedinContentPosts,
  signature: { all: ["Update title", "Update link", "Created date"] },
  columns: postColumns("Update"),
};

/**
 * LinkedIn followers export, sheet `New followers` (§5.2). Its `Total followers` is the day's
 * total of *new* followers (sponsored + organic + auto-invited), not the follower count.
 */
export const linkedinNewFollowers: TableLayout<"daily"> = {
  format: "linkedin/followers",
  platform: "linkedin",
  kind: "daily",
  signature: { all: ["Date", "Organic followers", "Total followers"] },
  columns: { date: ["Date"], followersGained: ["Total followers"] },
  fixed: { platform: "linkedin" },
  dateOrder: "mdy",
};

// The demographic sheets of the followers and visitors exports (§5.2, §5.3), one breakdown each,
// named by the sheet's first header cell.
const DEMOGRAPHICS = ["Location", "Job function", "Seniority", "Industry", "Company size"];
const DEMOGRAPHIC_KEYS = new Set(DEMOGRAPHICS.map(headerKey));
/** A header cell naming one of the breakdowns. */
const breakdownColumn = new RegExp(`^(?:${[...DEMOGRAPHIC_KEYS].join("|")})$`);

/**
 * Followers by location, job function… (§5.2): counts of the whole follower base. The first column
 * is the breakdown (`Location | Total followers`); see {@link linkedinDemographicsFormat}.
 */
export const linkedinFollowerDemographics: TableLayout<"audience"> = {
  format: "linkedin/followers",
  platform: "linkedin",
  kind: "audience",
  signature: { all: [breakdownColumn, "Total followers"], none: ["Date"] },
  columns: { segment: DEMOGRAPHICS, value: ["Total followers"] },
  fixed: { platform: "linkedin", breakdown: ({ header }) => header[0] ?? "", unit: "count" },
};

/** LinkedIn visitors export, sheet `Visitor metrics` (§5.3): page views and unique visitors per day. */
export const linkedinVisitorMetrics: TableLayout<"daily"> = {
  format: "linkedin/visitors",
  platform: "linkedin",
  kind: "daily",
  signature: { all: ["Date", "Total page views (total)", "Total unique visitors (total)"] },
  columns: {
    date: ["Date"],
    pageViews: ["Total page views (total)"],
    visitors: ["Total unique visitors (total)"],
  },
  fixed: { platform: "linkedin" },
  dateOrder: "mdy",
};

/**
 * Visitors by location, job function… (§5.3): counts of page views, not of people. `Total views`
 * alone is no signature (TikTok's video exports have it too): the breakdown must be the first column.
 */
export const linkedinVisitorDemographics: TableLayout<"audience"> = {
  format: "linkedin/visitors",
  platform: "linkedin",
  kind: "audience",
  signature: { all: [breakdownColumn, "Total views"], none: ["Date"] },
  columns: { segment: DEMOGRAPHICS, value: ["Total views"] },
  fixed: {
    platform: "linkedin",
    breakdown: ({ header }) => `${header[0] ?? ""} (page views)`,
    unit: "count",
  },
};

/**
 * The reader of a demographic sheet: its layout, recognised only where the first column is one of
 * the breakdowns (the records' `breakdown` is that column's name), which a signature cannot say.
 *
 * @example
 * linkedinDemographicsFormat(linkedinVisitorDemographics).match(table) // `Location | Total views` → a match
 * // `Video title | Total views` or `Total views | Location` → null
 */
export function linkedinDemographicsFormat(layout: TableLayout<"audience">): FormatReader {
  const reader = tableFormat(layout);
  return {
    ...reader,
    match(table) {
      const match = reader.match(table);
      const first = match ? (table.rows[match.headerRow]?.[0] ?? "") : "";
      return match && DEMOGRAPHIC_KEYS.has(headerKey(first)) ? match : null;
    },
  };
}
