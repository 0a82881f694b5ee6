import type { PlatformId } from "./schema";

/**
 * Each platform by the name people know it by ("LinkedIn", where the tables hold the id
 * `linkedin`), the same in every language: what the pane shows and what the goals sheet's platform
 * cells hold. A social network's name is its id but for case: the goals sheet's formulas compare
 * the platform cell with the tables' ids as Excel's criteria do, ignoring case.
 */
export const PLATFORM_NAMES: Readonly<Record<Exclude<PlatformId, "unknown">, string>> = {
  facebook: "Facebook",
  instagram: "Instagram",
  x: "X",
  linkedin: "LinkedIn",
  tiktok: "TikTok",
  youtube: "YouTube",
  ga4: "Google Analytics 4",
  ua: "Universal Analytics",
  "meta-ads": "Meta Ads Manager",
  hootsuite: "Hootsuite",
  sprout: "Sprout Social",
  buffer: "Buffer",
};
