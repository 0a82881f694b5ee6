// The sample exports the preview offers: real-layout golden fixtures of several platforms and one
// damaged file, copied next to the page by the development build (webpack.config.js reads this
// list) so a visitor can drop them into the pane or download them.

export interface Sample {
  /** Path under tests/fixtures/exports/. */
  readonly fixture: string;
  /** What a visitor reads on the button. */
  readonly label: string;
  /** A file that must fail to import, to show the pane's error state. */
  readonly damaged?: boolean;
}

export const SAMPLES: readonly Sample[] = [
  {
    fixture: "facebook/mbs-posts-2024/Jan-01-2024_Jul-02-2024_1162450548895235.csv",
    label: "Facebook posts (Meta Business Suite)",
  },
  {
    fixture: "instagram/mbs-posts-2025/Mar-18-2025_Apr-14-2025_1019826952924933.csv",
    label: "Instagram posts (Meta Business Suite)",
  },
  {
    fixture: "linkedin/content-resaved-xlsx/pro-efficient-data-entry_content_1742193384396.xlsx",
    label: "LinkedIn content (.xlsx)",
  },
  {
    fixture: "x/account-analytics-content/account_analytics_content_2026-05-25_2026-08-22.csv",
    label: "X account analytics",
  },
  { fixture: "tiktok/business-videos/TIKTOK_VIDEO_RAW.csv", label: "TikTok videos" },
  {
    fixture:
      "ga4/traffic-acquisition/Traffic_acquisition_Session_primary_channel_group_(Default_Channel_Group).csv",
    label: "GA4 traffic acquisition",
  },
  {
    fixture: "meta-ads/ads-manager-2026/ads-manager-Feb-11-2026-to-Mar-16-2026.csv",
    label: "Meta Ads Manager",
  },
  { fixture: "unknown/truncated-xlsx/report.xlsx", label: "Damaged spreadsheet", damaged: true },
];

/** The folder, relative to the page, the development build copies the samples into. */
export const SAMPLES_FOLDER = "preview/samples";

/** The file's own name, as the platform named it (the importer never relies on it). */
export const sampleFileName = (sample: Sample): string =>
  sample.fixture.slice(sample.fixture.lastIndexOf("/") + 1);

export const sampleUrl = (sample: Sample): string =>
  `${SAMPLES_FOLDER}/${encodeURIComponent(sampleFileName(sample))}`;
