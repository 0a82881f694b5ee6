import { RECORD_KEY } from "../import/fields";
import { tableSpec } from "./tableSpec";
/**
 * Table `Mentions`: social-listening mentions. Key: Platform + Date + Author + URL + Text (a
 * mention has no id of its own in the exports).
 *
 * @example
 * // =COUNTIFS(Mentions[Sentiment], "positive")
 */
export const mentionsTable = tableSpec({
  kind: "mentions",
  tableName: "Mentions",
  sheetName: "Mentions",
  key: RECORD_KEY.mentions,
  required: [],
  columns: [
    ["Date", "date"],
    ["Platform", "platform"],
    ["Author", "author"],
    ["Text", "text"],
    ["URL", "url"],
    ["Sentiment", "sentiment"],
  ],
});
