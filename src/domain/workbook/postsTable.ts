import { FORMATS, type TableSpec } from "./tableSpec";

/**
 * Table `Posts`: one row per post, lifetime totals as of the export. Key: Platform + Post ID.
 *
 * @example
 * // =SUM(Posts[Impressions]), =SUMIFS(Posts[Likes], Posts[Platform], "instagram")
 */
export const postsTable = {
  kind: "posts",
  tableName: "Posts",
  sheetName: "Posts",
  key: ["platform", "postId"],
  required: ["postId"],
  columns: [
    { name: "Platform", field: "platform", type: "text" },
    { name: "Account", field: "account", type: "text" },
    { name: "Post ID", field: "postId", type: "text" },
    { name: "Permalink", field: "permalink", type: "text" },
    { name: "Published", field: "publishedAt", type: "dateTime", numberFormat: FORMATS.dateTime },
    { name: "Post Type", field: "postType", type: "text" },
    { name: "Text", field: "text", type: "text" },
    { name: "Impressions", field: "impressions", type: "count", numberFormat: FORMATS.count },
    { name: "Reach", field: "reach", type: "count", numberFormat: FORMATS.count },
    { name: "Views", field: "views", type: "count", numberFormat: FORMATS.count },
    { name: "Likes", field: "likes", type: "count", numberFormat: FORMATS.count },
    { name: "Comments", field: "comments", type: "count", numberFormat: FORMATS.count },
    { name: "Shares", field: "shares", type: "count", numberFormat: FORMATS.count },
    { name: "Saves", field: "saves", type: "count", numberFormat: FORMATS.count },
    { name: "Clicks", field: "clicks", type: "count", numberFormat: FORMATS.count },
    { name: "Link Clicks", field: "linkClicks", type: "count", numberFormat: FORMATS.count },
    { name: "Follows", field: "follows", type: "count", numberFormat: FORMATS.count },
    { name: "Engagements", field: "engagements", type: "count", numberFormat: FORMATS.count },
    { name: "Spend", field: "spend", type: "number", numberFormat: FORMATS.decimal },
  ],
} as const satisfies TableSpec<"posts">;
