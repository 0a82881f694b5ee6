import { FORMATS, type TableSpec } from "./tableSpec";

/**
 * Table `Mentions`: social-listening mentions. Key: Platform + Date + Author + URL + Text (a
 * mention has no id of its own in the exports).
 *
 * @example
 * // =COUNTIFS(Mentions[Sentiment], "positive")
 */
export const mentionsTable = {
  kind: "mentions",
  tableName: "Mentions",
  sheetName: "Mentions",
  key: ["platform", "date", "author", "url", "text"],
  required: [],
  columns: [
    { name: "Date", field: "date", type: "dateTime", numberFormat: FORMATS.dateTime },
    { name: "Platform", field: "platform", type: "text" },
    { name: "Author", field: "author", type: "text" },
    { name: "Text", field: "text", type: "text" },
    { name: "URL", field: "url", type: "text" },
    { name: "Sentiment", field: "sentiment", type: "text" },
  ],
} as const satisfies TableSpec<"mentions">;
