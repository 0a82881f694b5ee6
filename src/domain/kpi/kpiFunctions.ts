import { amplificationRateKpi } from "./amplificationRate";
import { applauseRateKpi } from "./applauseRate";
import { completionRateKpi } from "./completionRate";
import { conversationRateKpi } from "./conversationRate";
import { conversionRateKpi } from "./conversionRate";
import { cpaKpi } from "./cpa";
import { cpcKpi } from "./cpc";
import { cpeKpi } from "./cpe";
import { cpmKpi } from "./cpm";
import { csatKpi } from "./csat";
import { ctrKpi } from "./ctr";
import { engagementRateKpi } from "./engagementRate";
import { engagementsKpi } from "./engagements";
import { followerGrowthKpi } from "./followerGrowth";
import { frequencyKpi } from "./frequency";
import { goalPaceKpi } from "./goalPace";
import { goalProgressKpi } from "./goalProgress";
import { goalProjectionKpi } from "./goalProjection";
import { goalStatusKpi } from "./goalStatus";
import { growthKpi } from "./growth";
import type { KpiFunction } from "./kpiDefinition";
import { mentionsKpi } from "./mentions";
import { netSentimentKpi } from "./netSentiment";
import { nextReviewKpi } from "./nextReview";
import { npsKpi } from "./nps";
import { responseRateKpi } from "./responseRate";
import { roasKpi } from "./roas";
import { roiKpi } from "./roi";
import { sentimentKpi } from "./sentiment/sentiment";
import { shareOfVoiceKpi } from "./shareOfVoice";
import { videoViewRateKpi } from "./videoViewRate";
import { viralityRateKpi } from "./viralityRate";

/**
 * Every KPI as the custom functions run it, in the order of the docs, keyed by its permanent id:
 * all that functions.js bundles of the KPIs. What users read about each is in ./registry.ts.
 */
const functions = {
  ENGAGEMENTS: engagementsKpi,
  ENGAGEMENT_RATE: engagementRateKpi,
  CTR: ctrKpi,
  CONVERSION_RATE: conversionRateKpi,
  AVERAGE_FREQUENCY: frequencyKpi,
  FOLLOWER_GROWTH: followerGrowthKpi,
  GROWTH_RATE: growthKpi,
  CSAT: csatKpi,
  NPS: npsKpi,
  SHARE_OF_VOICE: shareOfVoiceKpi,
  MENTIONS: mentionsKpi,
  SENTIMENT: sentimentKpi,
  NET_SENTIMENT: netSentimentKpi,
  AMPLIFICATION_RATE: amplificationRateKpi,
  VIRALITY_RATE: viralityRateKpi,
  APPLAUSE_RATE: applauseRateKpi,
  CONVERSATION_RATE: conversationRateKpi,
  RESPONSE_RATE: responseRateKpi,
  VIDEO_VIEW_RATE: videoViewRateKpi,
  COMPLETION_RATE: completionRateKpi,
  CPC: cpcKpi,
  CPM: cpmKpi,
  CPA: cpaKpi,
  CPE: cpeKpi,
  ROAS: roasKpi,
  ROI: roiKpi,
  GOAL_PROGRESS: goalProgressKpi,
  GOAL_PACE: goalPaceKpi,
  GOAL_PROJECTION: goalProjectionKpi,
  GOAL_STATUS: goalStatusKpi,
  NEXT_REVIEW: nextReviewKpi,
} satisfies Record<string, KpiFunction>;

export type KpiId = keyof typeof functions;

export const kpiFunctions: Readonly<Record<KpiId, KpiFunction>> = functions;
