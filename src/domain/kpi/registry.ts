import { documentKpi } from "./documentKpi";
import type { KpiDefinition, KpiReference } from "./kpiDefinition";
import { type KpiId, kpiFunctions } from "./kpiFunctions";
import { amplificationRateReference } from "./reference/amplificationRate";
import { applauseRateReference } from "./reference/applauseRate";
import { completionRateReference } from "./reference/completionRate";
import { conversationRateReference } from "./reference/conversationRate";
import { conversionRateReference } from "./reference/conversionRate";
import { cpaReference } from "./reference/cpa";
import { cpcReference } from "./reference/cpc";
import { cpeReference } from "./reference/cpe";
import { cpmReference } from "./reference/cpm";
import { csatReference } from "./reference/csat";
import { ctrReference } from "./reference/ctr";
import { engagementRateReference } from "./reference/engagementRate";
import { engagementsReference } from "./reference/engagements";
import { followerGrowthReference } from "./reference/followerGrowth";
import { frequencyReference } from "./reference/frequency";
import { goalPaceReference } from "./reference/goalPace";
import { goalProgressReference } from "./reference/goalProgress";
import { goalProjectionReference } from "./reference/goalProjection";
import { goalStatusReference } from "./reference/goalStatus";
import { growthReference } from "./reference/growth";
import { mentionsReference } from "./reference/mentions";
import { netSentimentReference } from "./reference/netSentiment";
import { nextReviewReference } from "./reference/nextReview";
import { npsReference } from "./reference/nps";
import { responseRateReference } from "./reference/responseRate";
import { roasReference } from "./reference/roas";
import { roiReference } from "./reference/roi";
import { sentimentReference } from "./reference/sentiment";
import { shareOfVoiceReference } from "./reference/shareOfVoice";
import { videoViewRateReference } from "./reference/videoViewRate";
import { viralityRateReference } from "./reference/viralityRate";

export type { KpiId };

const references: Readonly<Record<KpiId, KpiReference>> = {
  ENGAGEMENTS: engagementsReference,
  ENGAGEMENT_RATE: engagementRateReference,
  CTR: ctrReference,
  CONVERSION_RATE: conversionRateReference,
  AVERAGE_FREQUENCY: frequencyReference,
  FOLLOWER_GROWTH: followerGrowthReference,
  GROWTH_RATE: growthReference,
  CSAT: csatReference,
  NPS: npsReference,
  SHARE_OF_VOICE: shareOfVoiceReference,
  MENTIONS: mentionsReference,
  SENTIMENT: sentimentReference,
  NET_SENTIMENT: netSentimentReference,
  AMPLIFICATION_RATE: amplificationRateReference,
  VIRALITY_RATE: viralityRateReference,
  APPLAUSE_RATE: applauseRateReference,
  CONVERSATION_RATE: conversationRateReference,
  RESPONSE_RATE: responseRateReference,
  VIDEO_VIEW_RATE: videoViewRateReference,
  COMPLETION_RATE: completionRateReference,
  CPC: cpcReference,
  CPM: cpmReference,
  CPA: cpaReference,
  CPE: cpeReference,
  ROAS: roasReference,
  ROI: roiReference,
  GOAL_PROGRESS: goalProgressReference,
  GOAL_PACE: goalPaceReference,
  GOAL_PROJECTION: goalProjectionReference,
  GOAL_STATUS: goalStatusReference,
  NEXT_REVIEW: nextReviewReference,
};

/**
 * Every KPI the add-in exposes with all it knows about it, in the order of the docs, keyed by its
 * permanent id: the French metadata, the help page, the docs, the task pane and the conversion to
 * native formulas read it. The custom functions read {@link kpiFunctions} alone, so functions.js
 * carries no help text, example or native formula.
 */
export const kpiRegistry = Object.fromEntries(
  (Object.keys(kpiFunctions) as KpiId[]).map((id) => [
    id,
    documentKpi(kpiFunctions[id], references[id]),
  ])
) as Readonly<Record<KpiId, KpiDefinition>>;
