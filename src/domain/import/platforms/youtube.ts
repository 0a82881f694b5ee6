import type { TableLayout } from "../layout";
import { totalPerPost } from "./metaPosts";

/**
 * YouTube Studio advanced-mode export, `Table data.csv` (docs/import-formats.md §8.3): the first
 * data row is `Total` (skipped), ids that start with `-` are written after a space (trimmed),
 * `Video publish time` (`Mar 30, 2023`) is empty for private or deleted videos. Columns depend on
 * the metrics chosen; `(%)` and average columns are rates and are not stored.
 */
export const youtubeTableData: TableLayout<"posts"> = {
  format: "youtube/table-data",
  platform: "youtube",
  kind: "posts",
  signature: { all: ["Content", "Video title", "Video publish time"], none: ["Date"] },
  columns: {
    postId: ["Content"],
    publishedAt: ["Video publish time"],
    text: ["Video title"],
    impressions: ["Impressions"],
    views: ["Views"],
    likes: ["Likes"],
    comments: ["Comments added", "Comments"],
    shares: ["Shares"],
    follows: ["Subscribers", "Subscribers gained"],
  },
  fixed: { platform: "youtube" },
  totals: "first-cell-total",
};

/**
 * YouTube `Chart data.csv` (§8.3): one row per video per day since the channel began; the rows of
 * each video are summed into its lifetime record.
 */
export const youtubeChartData: TableLayout<"posts"> = {
  ...youtubeTableData,
  format: "youtube/chart-data",
  signature: { all: ["Date", "Content", "Video title"] },
  finish: totalPerPost,
};

/**
 * YouTube `Totals.csv` (§8.3): the channel's views per day. Its two columns are generic, so the
 * signature excludes the columns of the other `Date,…` exports.
 */
export const youtubeTotals: TableLayout<"daily"> = {
  format: "youtube/totals",
  platform: "youtube",
  kind: "daily",
  signature: {
    all: ["Date", "Views"],
    none: ["Content", "Impressions", "Likes", "Reach", "Primary", "Sessions"],
  },
  columns: { date: ["Date"], views: ["Views"] },
  fixed: { platform: "youtube" },
  dateOrder: "mdy",
};
