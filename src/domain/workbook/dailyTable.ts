import { FORMATS, type TableSpec } from "./tableSpec";

const count = FORMATS.count;

/**
 * Table `Daily`: one account on one day. Key: Platform + Account + Date.
 *
 * @example
 * // =SUMIFS(Daily[Impressions], Daily[Date], ">="&DATE(2026,1,1))
 */
export const dailyTable = {
  kind: "daily",
  tableName: "Daily",
  sheetName: "Daily",
  key: ["platform", "account", "date"],
  required: ["date"],
  columns: [
    { name: "Platform", field: "platform", type: "text" },
    { name: "Account", field: "account", type: "text" },
    { name: "Date", field: "date", type: "date", numberFormat: FORMATS.date },
    { name: "Impressions", field: "impressions", type: "count", numberFormat: count },
    { name: "Reach", field: "reach", type: "count", numberFormat: count },
    { name: "Views", field: "views", type: "count", numberFormat: count },
    { name: "Engagements", field: "engagements", type: "count", numberFormat: count },
    { name: "Likes", field: "likes", type: "count", numberFormat: count },
    { name: "Comments", field: "comments", type: "count", numberFormat: count },
    { name: "Shares", field: "shares", type: "count", numberFormat: count },
    { name: "Clicks", field: "clicks", type: "count", numberFormat: count },
    { name: "Followers", field: "followers", type: "count", numberFormat: count },
    { name: "Followers Gained", field: "followersGained", type: "count", numberFormat: count },
    { name: "Followers Lost", field: "followersLost", type: "count", numberFormat: count },
    { name: "Profile Views", field: "profileViews", type: "count", numberFormat: count },
    { name: "Page Views", field: "pageViews", type: "count", numberFormat: count },
    { name: "Visitors", field: "visitors", type: "count", numberFormat: count },
    { name: "Posts Published", field: "postsPublished", type: "count", numberFormat: count },
  ],
} as const satisfies TableSpec<"daily">;
