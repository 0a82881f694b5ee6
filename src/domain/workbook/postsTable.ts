import { RECORD_KEY } from "../import/fields";
import { tableSpec } from "./tableSpec";
/**
 * Table `Posts`: one row per post, lifetime totals as of the export. Key: Platform + Post ID.
 *
 * @example
 * // =SUM(Posts[Impressions]), =SUMIFS(Posts[Likes], Posts[Platform], "instagram")
 */
export const postsTable = tableSpec({
  kind: "posts",
  tableName: "Posts",
  sheetName: "Posts",
  key: RECORD_KEY.posts,
  required: ["postId"],
  columns: [
    ["Platform", "platform"],
    ["Account", "account"],
    ["Post ID", "postId"],
    ["Permalink", "permalink"],
    ["Published", "publishedAt"],
    ["Post Type", "postType"],
    ["Text", "text"],
    ["Impressions", "impressions"],
    ["Reach", "reach"],
    ["Views", "views"],
    ["Likes", "likes"],
    ["Comments", "comments"],
    ["Shares", "shares"],
    ["Saves", "saves"],
    ["Clicks", "clicks"],
    ["Link Clicks", "linkClicks"],
    ["Follows", "follows"],
    ["Engagements", "engagements"],
    ["Spend", "spend"],
  ],
});
