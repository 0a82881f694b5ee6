import type { AdRecord } from "../import/schema";
import { FORMATS, moneyFormat, type TableSpec } from "./tableSpec";

const count = FORMATS.count;
const money = (ad: AdRecord): string => moneyFormat(ad.currency);

/**
 * Table `Ads`: a campaign, ad set or ad, per day or for a period. Key: Platform + Campaign +
 * Ad Set + Ad + Date + Period Start + Period End. Spend and Conversion Value are shown in the
 * row's currency.
 *
 * @example
 * // =SUM(Ads[Spend])/SUM(Ads[Clicks])  (cost per click)
 */
export const adsTable = {
  kind: "ads",
  tableName: "Ads",
  sheetName: "Ads",
  key: ["platform", "campaign", "adSet", "ad", "date", "periodStart", "periodEnd"],
  required: [],
  columns: [
    { name: "Platform", field: "platform", type: "text" },
    { name: "Campaign", field: "campaign", type: "text" },
    { name: "Ad Set", field: "adSet", type: "text" },
    { name: "Ad", field: "ad", type: "text" },
    { name: "Date", field: "date", type: "date", numberFormat: FORMATS.date },
    { name: "Period Start", field: "periodStart", type: "date", numberFormat: FORMATS.date },
    { name: "Period End", field: "periodEnd", type: "date", numberFormat: FORMATS.date },
    { name: "Currency", field: "currency", type: "text" },
    { name: "Spend", field: "spend", type: "number", numberFormat: money },
    { name: "Impressions", field: "impressions", type: "count", numberFormat: count },
    { name: "Reach", field: "reach", type: "count", numberFormat: count },
    { name: "Clicks", field: "clicks", type: "count", numberFormat: count },
    { name: "Link Clicks", field: "linkClicks", type: "count", numberFormat: count },
    { name: "Results", field: "results", type: "count", numberFormat: count },
    { name: "Result Type", field: "resultType", type: "text" },
    { name: "Conversions", field: "conversions", type: "count", numberFormat: count },
    { name: "Conversion Value", field: "conversionValue", type: "number", numberFormat: money },
  ],
} as const satisfies TableSpec<"ads">;
