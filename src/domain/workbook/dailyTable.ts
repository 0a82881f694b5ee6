import { RECORD_KEY } from "../import/fields";
import { tableSpec } from "./tableSpec";
/**
 * Table `Daily`: one account on one day. Key: Platform + Account + Date.
 *
 * @example
 * // =SUMIFS(Daily[Impressions], Daily[Date], ">="&DATE(2026,1,1))
 */
export const dailyTable = tableSpec({
  kind: "daily",
  tableName: "Daily",
  sheetName: "Daily",
  key: RECORD_KEY.daily,
  required: ["date"],
  columns: [
    ["Platform", "platform"],
    ["Account", "account"],
    ["Date", "date"],
    ["Impressions", "impressions"],
    ["Reach", "reach"],
    ["Views", "views"],
    ["Engagements", "engagements"],
    ["Likes", "likes"],
    ["Comments", "comments"],
    ["Shares", "shares"],
    ["Clicks", "clicks"],
    ["Followers", "followers"],
    ["Followers Gained", "followersGained"],
    ["Followers Lost", "followersLost"],
    ["Profile Views", "profileViews"],
    ["Page Views", "pageViews"],
    ["Visitors", "visitors"],
    ["Posts Published", "postsPublished"],
  ],
});
