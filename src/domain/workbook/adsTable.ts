import { RECORD_KEY } from "../import/fields";
import { tableSpec } from "./tableSpec";
/**
 * Table `Ads`: a campaign, ad set or ad, per day or for a period. Key: Platform + Campaign ID +
 * Campaign + Ad Set ID + Ad Set + Ad ID + Ad + Date + Period Start + Period End: the ids where the
 * export has them, since names repeat. The ids follow the figures: the names are what people
 * read; a table created before the ids gains their columns at its right edge. Spend and
 * Conversion Value are shown in the row's currency.
 *
 * @example
 * // =SUM(Ads[Spend])/SUM(Ads[Clicks])  (cost per click)
 */
export const adsTable = tableSpec({
  kind: "ads",
  tableName: "Ads",
  sheetName: "Ads",
  key: RECORD_KEY.ads,
  required: [],
  columns: [
    ["Platform", "platform"],
    ["Campaign", "campaign"],
    ["Ad Set", "adSet"],
    ["Ad", "ad"],
    ["Date", "date"],
    ["Period Start", "periodStart"],
    ["Period End", "periodEnd"],
    ["Currency", "currency"],
    ["Spend", "spend"],
    ["Impressions", "impressions"],
    ["Reach", "reach"],
    ["Clicks", "clicks"],
    ["Link Clicks", "linkClicks"],
    ["Results", "results"],
    ["Result Type", "resultType"],
    ["Conversions", "conversions"],
    ["Conversion Value", "conversionValue"],
    ["Campaign ID", "campaignId"],
    ["Ad Set ID", "adSetId"],
    ["Ad ID", "adId"],
  ],
  addedKey: ["campaignId", "adSetId", "adId"],
});
