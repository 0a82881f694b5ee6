import type { FormatReader } from "../layout";
import { tableFormat } from "../tableReader";
import { ga4Reports, uaReports } from "./analytics";
import {
  classicFacebookBreakdowns,
  classicFacebookPage,
  classicFacebookPosts,
  classicFacebookVideos,
  mbsFacebookPageDaily,
  mbsFacebookPosts,
  mbsFacebookVideos,
} from "./facebook";
import { mbsInstagramPosts, mbsInstagramPostsSwedish } from "./instagram";
import {
  linkedinContentMetrics,
  linkedinContentPosts,
  linkedinDemographicsFormat,
  linkedinFollowerDemographics,
  linkedinNewFollowers,
  linkedinUpdateEngagement,
  linkedinVisitorDemographics,
  linkedinVisitorMetrics,
} from "./linkedin";
import { metaAdsManager } from "./metaAds";
import { mbsAudience, mbsDailySeries } from "./metaSeries";
import {
  sproutFacebookPages,
  sproutInstagramProfiles,
  sproutPostPerformance,
  sproutTwitterProfiles,
} from "./sprout";
import {
  tiktokBusinessFollowers,
  tiktokBusinessOverview,
  tiktokBusinessVideos,
  tiktokStudioAudience,
  tiktokStudioContent,
  tiktokStudioFollowers,
  tiktokStudioOverview,
  tiktokStudioViewers,
} from "./tiktok";
import { xContent, xContentKorean, xLegacyDaily, xLegacyTweets, xOverview } from "./x";
import { youtubeChartData, youtubeTableData, youtubeTotals } from "./youtube";

/**
 * Every known export format. Detection asks each and keeps the best score (ties: the first
 * listed), so the order only matters between equally specific signatures.
 */
export const FORMAT_READERS: readonly FormatReader[] = [
  tableFormat(mbsFacebookPosts),
  tableFormat(mbsInstagramPosts),
  tableFormat(mbsInstagramPostsSwedish),
  tableFormat(mbsFacebookVideos),
  tableFormat(mbsFacebookPageDaily),
  mbsDailySeries,
  mbsAudience,
  tableFormat(classicFacebookPage),
  tableFormat(classicFacebookPosts),
  tableFormat(classicFacebookVideos),
  classicFacebookBreakdowns,
  tableFormat(xLegacyTweets),
  tableFormat(xLegacyDaily),
  tableFormat(xContent),
  tableFormat(xContentKorean),
  tableFormat(xOverview),
  tableFormat(linkedinContentMetrics),
  tableFormat(linkedinContentPosts),
  tableFormat(linkedinUpdateEngagement),
  tableFormat(linkedinNewFollowers),
  linkedinDemographicsFormat(linkedinFollowerDemographics),
  tableFormat(linkedinVisitorMetrics),
  linkedinDemographicsFormat(linkedinVisitorDemographics),
  ga4Reports,
  uaReports,
  tableFormat(metaAdsManager),
  tableFormat(tiktokStudioContent),
  tableFormat(tiktokStudioOverview),
  tableFormat(tiktokStudioViewers),
  tableFormat(tiktokStudioFollowers),
  tableFormat(tiktokStudioAudience),
  tableFormat(tiktokBusinessOverview),
  tableFormat(tiktokBusinessFollowers),
  tableFormat(tiktokBusinessVideos),
  tableFormat(youtubeTableData),
  tableFormat(youtubeChartData),
  tableFormat(youtubeTotals),
  tableFormat(sproutPostPerformance),
  tableFormat(sproutFacebookPages),
  tableFormat(sproutInstagramProfiles),
  tableFormat(sproutTwitterProfiles),
];
