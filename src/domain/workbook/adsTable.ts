import { tableSpec } from "./tableSpec";
/**
 * Table `Ads`: a campaign, ad set or ad, per day or for a period. Key: Platform + Campaign +
 * Ad Set + Ad + Date + Period Start + Period End. Spend and Conversion Value are shown in the
 * row's currency.
 *
 * @example
 * // =SUM(Ads[Spend])/SUM(Ads[Clicks])  (cost per click)
 */
export const adsTable = tableSpec({
  kind: "ads",
  tableName: "Ads",
  sheetName: "Ads",
  key: ["platform", "campaign", "adSet", "ad", "date", "periodStart", "periodEnd"],
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
  ],
});
