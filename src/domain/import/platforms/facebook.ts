import { signatureScore } from "../detectionScore";
import { headerIndexOf } from "../headers";
import { ISSUE } from "../issues";
import type { FormatReader, TableLayout } from "../layout";
import { parseNumber } from "../numbers";
import { dropUnreportedViews, isPerDay, totalPerPost } from "./metaPosts";

/**
 * Meta Business Suite content export, Facebook posts (docs/import-formats.md §3.5). Columns move,
 * appear and change case between exports; `Views` can be duplicated (the first is the post's).
 */
export const mbsFacebookPosts: TableLayout<"posts"> = {
  format: "meta-business-suite/facebook-posts",
  platform: "facebook",
  kind: "posts",
  signature: { all: ["Post ID", "Page ID", "Page name", "Publish time"] },
  columns: {
    account: ["Page name"],
    postId: ["Post ID"],
    permalink: ["Permalink"],
    publishedAt: ["Publish time"],
    postType: ["Post type"],
    // Description holds the caption as written (line breaks kept); Title is a one-line copy and
    // is the only text of some posts.
    text: [{ first: ["Description", "Title"] }],
    impressions: [{ header: "Views", nth: 1 }],
    reach: ["Reach"],
    views: ["3-second video views"],
    likes: ["Reactions"],
    comments: ["Comments"],
    shares: ["Shares"],
    saves: ["Saves"],
    clicks: ["Total clicks"],
    linkClicks: ["Link clicks"],
    follows: ["Follows"],
    engagements: ["Reactions, comments and shares"],
  },
  fixed: { platform: "facebook" },
  dateOrder: "mdy",
  keepColumns: ["Date"],
  finish: (records, log, data) =>
    dropUnreportedViews(isPerDay(data) ? totalPerPost(records, log) : records, log),
};

/** Meta Business Suite content export, Facebook videos (§3.7): keyed by the video asset id. */
export const mbsFacebookVideos: TableLayout<"posts"> = {
  format: "meta-business-suite/facebook-videos",
  platform: "facebook",
  kind: "posts",
  signature: { all: ["Video asset ID", "Page name", "Publish time"] },
  columns: {
    account: ["Page name"],
    postId: ["Video asset ID"],
    permalink: ["Permalink"],
    publishedAt: ["Publish time"],
    postType: ["Post type"],
    text: [{ first: ["Description", "Title"] }],
    reach: ["Reach"],
    views: ["3-second video views"],
    likes: ["Reactions"],
    comments: ["Comments"],
    shares: ["Shares"],
    engagements: ["Reactions, comments and shares"],
  },
  fixed: { platform: "facebook", postType: "Videos" },
  dateOrder: "mdy",
  finish: totalPerPost,
};

/** Meta Business Suite "Content level page": one row per page and day (§3.10). */
export const mbsFacebookPageDaily: TableLayout<"daily"> = {
  format: "meta-business-suite/page-daily",
  platform: "facebook",
  kind: "daily",
  signature: { all: ["Page ID", "Page name", "Date", "Unique user engagements"] },
  columns: {
    account: ["Page name"],
    date: ["Date"],
    engagements: ["Unique user engagements"],
  },
  fixed: { platform: "facebook" },
  dateOrder: "mdy",
};

/**
 * Classic Facebook Insights page-level CSV (§3.1): one row per day, a description row under the
 * header, thousands of breakdown columns. Only `Daily …` metrics are daily facts; duplicated
 * names come as Total Count then Unique Users, so the first one is taken.
 */
export const classicFacebookPage: TableLayout<"daily"> = {
  format: "facebook-insights/page",
  platform: "facebook",
  kind: "daily",
  signature: { all: ["Date", "Lifetime Total Likes"] },
  columns: {
    date: ["Date"],
    followers: ["Lifetime Total Likes"],
    followersGained: ["Daily New Likes"],
    followersLost: ["Daily Unlikes"],
    engagements: ["Daily Page Engaged Users"],
    reach: ["Daily Total Reach"],
    impressions: ["Daily Total Impressions"],
    pageViews: [{ header: "Daily Logged-in Page Views", nth: 1 }],
  },
  fixed: { platform: "facebook" },
  descriptionRow: true,
  dateOrder: "mdy",
};

// Which page a classic post belongs to is only in its permalink.
const pageInPermalink = {
  header: "Permalink",
  capture: /facebook\.com\/([^/?#]+)\/(?:posts|videos)\//,
};

/**
 * Classic Facebook Insights post-level CSV (§3.2) and the `Key Metrics` sheet of its SpreadsheetML
 * twin (§3.4). Reactions, comments and shares come from the `Lifetime Post Stories by action type`
 * breakdown (counts), else the `Talking About This` one (people); video views from the first
 * (Total Count) of each duplicated organic/paid pair.
 */
export const classicFacebookPosts: TableLayout<"posts"> = {
  format: "facebook-insights/posts",
  platform: "facebook",
  kind: "posts",
  signature: {
    all: ["Post ID", "Post Message", "Posted", "Lifetime Post Total Impressions"],
    none: ["Lifetime Total Video Views"],
  },
  columns: {
    account: [pageInPermalink],
    postId: ["Post ID"],
    permalink: ["Permalink"],
    publishedAt: ["Posted"],
    postType: ["Type"],
    text: ["Post Message"],
    impressions: ["Lifetime Post Total Impressions"],
    reach: ["Lifetime Post Total Reach"],
    views: [
      "Lifetime Total Video Views",
      {
        sum: [
          { header: "Lifetime Organic Video Views", nth: 1 },
          { header: "Lifetime Paid Video Views", nth: 1 },
        ],
      },
    ],
    likes: [
      "Lifetime Post Stories by action type - like",
      "Lifetime Talking About This (Post) by action type - like",
    ],
    comments: [
      "Lifetime Post Stories by action type - comment",
      "Lifetime Talking About This (Post) by action type - comment",
    ],
    shares: [
      "Lifetime Post Stories by action type - share",
      "Lifetime Talking About This (Post) by action type - share",
    ],
    clicks: ["Lifetime Post Consumptions"],
    linkClicks: ["Lifetime Post Consumptions by type - link clicks"],
    engagements: ["Lifetime Engaged Users"],
  },
  fixed: { platform: "facebook" },
  descriptionRow: true,
  dateOrder: "mdy",
};

/** Classic Facebook Insights "Video Posts" CSV (§3.3): the post layout plus video totals. */
export const classicFacebookVideos: TableLayout<"posts"> = {
  ...classicFacebookPosts,
  format: "facebook-insights/video-posts",
  signature: { all: ["Post ID", "Post Message", "Posted", "Lifetime Total Video Views"], none: [] },
};

type BreakdownField = "likes" | "comments" | "shares" | "linkClicks";

// Which breakdown a sheet is, told by the description in its first data row, and which of its
// columns fill which field. Stories are counts; "Talking About This" counts people, so it only
// fills what the stories breakdown did not.
const BREAKDOWNS: ReadonlyArray<{
  readonly description: RegExp;
  readonly columns: Readonly<Record<string, BreakdownField>>;
  readonly overrides: boolean;
}> = [
  {
    description: /stories created about your Page post/i,
    columns: { like: "likes", comment: "comments", share: "shares" },
    overrides: true,
  },
  {
    description: /(?:talking about|people who created a story|unique people who created)/i,
    columns: { like: "likes", comment: "comments", share: "shares" },
    overrides: false,
  },
  {
    description: /clicks anywhere in your post|consumptions|number of clicks/i,
    columns: { "link clicks": "linkClicks" },
    overrides: true,
  },
];

/**
 * The breakdown sheets of the classic Facebook Insights SpreadsheetML export (§3.4): `Description |
 * Post ID | … | share | like | comment`, the description in column A of the first data row. Their
 * values complete the posts the `Key Metrics` sheet (read first) gave, matched by post id.
 */
export const classicFacebookBreakdowns: FormatReader = {
  format: classicFacebookPosts.format,
  platform: "facebook",
  match(table) {
    const header = headerIndexOf(table.rows[0] ?? []);
    const signature = ["Description", "Post ID", "Permalink", "Posted"];
    const ok = signature.every((name) => header.has(name));
    return ok ? { score: signatureScore(signature.length, 0), headerRow: 0 } : null;
  },
  read(table, match, context, into) {
    const header = headerIndexOf(table.rows[match.headerRow] ?? []);
    const description = table.rows[match.headerRow + 1]?.[header.find("Description")] ?? "";
    const breakdown = BREAKDOWNS.find((candidate) => candidate.description.test(description));
    if (!breakdown) {
      context.log.count(ISSUE.SECTION_SKIPPED, table.firstRow + match.headerRow);
      return;
    }
    const posts = new Map(into.posts.map((post) => [post.postId, post]));
    const id = header.find("Post ID");
    for (let r = match.headerRow + 1; r < table.rows.length; r++) {
      const row = table.rows[r] ?? [];
      const post = posts.get((row[id] ?? "").trim());
      if (!post) continue;
      for (const [column, field] of Object.entries(breakdown.columns)) {
        const index = header.find(column);
        const value = index === -1 ? null : parseNumber(row[index] ?? "", ".");
        if (value === null || Number.isNaN(value)) continue;
        if (breakdown.overrides || post[field] === null) post[field] = value;
      }
    }
  },
};
