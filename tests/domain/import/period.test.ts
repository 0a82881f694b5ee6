import { periodFromFileName } from "../../../src/domain/import/period";

describe("periodFromFileName", () => {
  it.each([
    [
      "Jan-14-2025_Apr-14-2025_1396269028466733.csv",
      "2025-01-14",
      "2025-04-14",
      "Meta Business Suite",
    ],
    [
      "tweet_activity_metrics_rOpenSci_20161201_20170101_en.csv",
      "2016-12-01",
      "2017-01-01",
      "X legacy",
    ],
    ["account_analytics_content_2026-05-25_2026-08-22.csv", "2026-05-25", "2026-08-22", "x.com"],
    [
      "Facebook Insights Data Export - Visualization Studio VIC - 2014-01-01 - 2014-02-27.csv",
      "2014-01-01",
      "2014-02-27",
      "classic Facebook",
    ],
    [
      "Analytics All Web Site Data Landing Pages 20150406-20150406.csv",
      "2015-04-06",
      "2015-04-06",
      "UA",
    ],
  ])("reads the period of %s", (name, periodStart, periodEnd) => {
    expect(periodFromFileName(name)).toEqual({ periodStart, periodEnd });
  });

  it.each([
    "Follows.csv",
    "Table data.csv",
    "shorthills-ai_content_1766385907708.xls",
    "2025-04-14_2025-01-14.csv",
  ])("states no period for %s", (name) => {
    expect(periodFromFileName(name)).toBeNull();
  });
});
