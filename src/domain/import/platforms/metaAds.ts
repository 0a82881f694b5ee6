import type { TableLayout } from "../layout";

/**
 * Meta Ads Manager export (docs/import-formats.md §3.11): user-chosen columns, the currency only in
 * the spend header (`Amount spent (EUR)`), a duplicated `Ad set name` (the first is taken), and a
 * totals row whose name columns are empty (skipped). Rates (`CTR (all)` 2.49 = 2.49 %, CPM, CPC)
 * are not stored. Ids, when the user added their columns, are what tells apart the many campaigns,
 * ad sets and ads that share a name.
 */
export const metaAdsManager: TableLayout<"ads"> = {
  format: "meta-ads/ads-manager",
  platform: "meta-ads",
  kind: "ads",
  signature: { all: ["Campaign name", /^amountspent/] },
  columns: {
    campaignId: ["Campaign ID"],
    campaign: ["Campaign name"],
    adSetId: ["Ad set ID"],
    adSet: [{ header: "Ad set name", nth: 1 }],
    adId: ["Ad ID"],
    ad: ["Ad name"],
    date: ["Day", "Date"],
    periodStart: ["Reporting starts"],
    periodEnd: ["Reporting ends"],
    spend: [{ match: /^amountspent/ }],
    impressions: ["Impressions"],
    reach: ["Reach"],
    clicks: ["Clicks (all)"],
    linkClicks: ["Link clicks"],
    results: ["Results"],
    resultType: ["Result type", "Result indicator"],
    conversions: ["Purchases"],
    conversionValue: ["Purchases conversion value"],
  },
  fixed: {
    platform: "meta-ads",
    currency: ({ header }) =>
      header
        .map((name) => /^amount spent \(([A-Z]{3})\)$/i.exec(name.trim())?.[1])
        .find(Boolean)
        ?.toUpperCase() ?? null,
  },
  totals: "empty-dimensions",
  dateOrder: "mdy",
};
