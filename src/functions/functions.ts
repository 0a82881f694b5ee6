/* eslint-disable @typescript-eslint/no-explicit-any --
 * The metadata generator reads these signatures without a type checker: only a literal `any[][]`
 * becomes an "any matrix" argument, the one kind that accepts both a value and a range. */
import { kpiFunctions } from "../domain/kpi/kpiFunctions";
import { evaluateKpi } from "./evaluateKpi";
import { kpiContext } from "./kpiContext";

// The JSDoc below is what Excel shows users while they type a formula: it is written for
// marketers, and tests check it against the registry, which also feeds the French metadata.
// Help links point at the generated help page (rewritten to the production URL at build time).

/**
 * Total engagements: likes + comments + shares, plus saves and clicks when given.
 * @customfunction ENGAGEMENTS
 * @param likes Likes or reactions: a number or a range.
 * @param comments Comments or replies: a number or a range of the same shape.
 * @param shares Shares, retweets or reposts: a number or a range of the same shape.
 * @param saves Saves (optional).
 * @param clicks Clicks (optional).
 * @returns A count per element.
 * @helpurl https://localhost:3000/help.html#engagements
 */
export function engagements(
  likes: any[][],
  comments: any[][],
  shares: any[][],
  saves?: any[][],
  clicks?: any[][]
): any[][] {
  return evaluateKpi(
    kpiFunctions.ENGAGEMENTS,
    [likes, comments, shares, saves ?? null, clicks ?? null],
    kpiContext()
  );
}

/**
 * Engagement rate: engagements divided by reach, impressions or followers, as a fraction (format as %).
 * @customfunction ENGAGEMENT_RATE
 * @param engagements Engagements (likes, comments, shares…): a number or a range.
 * @param base Reach, impressions or followers: a number or a range of the same shape.
 * @returns A fraction per element (format as %).
 * @helpurl https://localhost:3000/help.html#engagement_rate
 */
export function engagementRate(engagements: any[][], base: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.ENGAGEMENT_RATE, [engagements, base], kpiContext());
}

/**
 * Click-through rate: clicks divided by impressions, as a fraction (format as %).
 * @customfunction CTR
 * @param clicks Clicks (link or all clicks, as you choose): a number or a range.
 * @param impressions Impressions: a number or a range of the same shape.
 * @returns A fraction per element (format as %).
 * @helpurl https://localhost:3000/help.html#ctr
 */
export function ctr(clicks: any[][], impressions: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.CTR, [clicks, impressions], kpiContext());
}

/**
 * Conversion rate: conversions divided by visits, as a fraction (format as %).
 * @customfunction CONVERSION_RATE
 * @param conversions Conversions (sales, sign-ups, key events): a number or a range.
 * @param visits Visits, sessions or clicks that could convert: a number or a range of the same shape.
 * @returns A fraction per element (format as %).
 * @helpurl https://localhost:3000/help.html#conversion_rate
 */
export function conversionRate(conversions: any[][], visits: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.CONVERSION_RATE, [conversions, visits], kpiContext());
}

/**
 * Average frequency: impressions divided by reach, the average number of times each person saw the content.
 * @customfunction AVERAGE_FREQUENCY
 * @param impressions Impressions: a number or a range.
 * @param reach Reach (unique people): a number or a range of the same shape.
 * @returns A ratio per element.
 * @helpurl https://localhost:3000/help.html#average_frequency
 */
export function averageFrequency(impressions: any[][], reach: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.AVERAGE_FREQUENCY, [impressions, reach], kpiContext());
}

/**
 * Follower growth rate: (end − start) ÷ start followers, as a fraction (format as %).
 * @customfunction FOLLOWER_GROWTH
 * @param start_followers Followers at the start of the period: a number or a range.
 * @param end_followers Followers at the end of the period: a number or a range of the same shape.
 * @returns A fraction per element (format as %).
 * @helpurl https://localhost:3000/help.html#follower_growth
 */
export function followerGrowth(start_followers: any[][], end_followers: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.FOLLOWER_GROWTH, [start_followers, end_followers], kpiContext());
}

/**
 * Growth rate from one period to the next: (current − previous) ÷ |previous|, as a fraction (format as %).
 * @customfunction GROWTH_RATE
 * @param previous Value of the previous period: a number or a range.
 * @param current Value of the current period: a number or a range of the same shape.
 * @returns A fraction per element (format as %).
 * @helpurl https://localhost:3000/help.html#growth_rate
 */
export function growthRate(previous: any[][], current: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.GROWTH_RATE, [previous, current], kpiContext());
}

/**
 * Customer satisfaction: share of scores at or above the threshold (top-2-box on 1–5 by default).
 * @customfunction CSAT
 * @param scores Survey scores: a range.
 * @param threshold Lowest satisfied score (optional, default scale_max − 1).
 * @param scale_max Highest score of the scale (optional, default 5).
 * @returns A fraction per element (format as %).
 * @helpurl https://localhost:3000/help.html#csat
 */
export function csat(scores: any[][], threshold?: any[][], scale_max?: any[][]): any[][] {
  return evaluateKpi(
    kpiFunctions.CSAT,
    [scores, threshold ?? null, scale_max ?? null],
    kpiContext()
  );
}

/**
 * Net Promoter Score: % promoters (9–10) − % detractors (0–6), from −100 to 100.
 * @customfunction NPS
 * @param scores Answers on the 0–10 scale: a range.
 * @returns A score.
 * @helpurl https://localhost:3000/help.html#nps
 */
export function nps(scores: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.NPS, [scores], kpiContext());
}

/**
 * Share of voice: brand mentions ÷ (brand + competitors' mentions), as a fraction (format as %).
 * @customfunction SHARE_OF_VOICE
 * @param brand_mentions The brand's mentions: a number, or a column (one per period).
 * @param competitor_mentions Competitors' mentions: a number or a range, summed across competitors.
 * @returns A fraction per element (format as %).
 * @helpurl https://localhost:3000/help.html#share_of_voice
 */
export function shareOfVoice(brand_mentions: any[][], competitor_mentions: any[][]): any[][] {
  return evaluateKpi(
    kpiFunctions.SHARE_OF_VOICE,
    [brand_mentions, competitor_mentions],
    kpiContext()
  );
}

/**
 * How many texts mention any of the terms, ignoring case and accents (whole words).
 * @customfunction MENTIONS
 * @param texts Posts, comments or mentions to search: a range.
 * @param terms Brand names, handles or hashtags to find: a value or a range.
 * @returns A count per element.
 * @helpurl https://localhost:3000/help.html#mentions
 */
export function mentions(texts: any[][], terms: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.MENTIONS, [texts, terms], kpiContext());
}

/**
 * Sentiment of a text from −1 (negative) to 1 (positive), English or French, with negations and emoji.
 * @customfunction SENTIMENT
 * @param text Text of a post, comment or mention: a value or a range.
 * @param language "en" or "fr" (optional: detected from the text).
 * @returns A number per element.
 * @helpurl https://localhost:3000/help.html#sentiment
 */
export function sentiment(text: any[][], language?: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.SENTIMENT, [text, language ?? null], kpiContext());
}

/**
 * Net sentiment: (positive − negative) ÷ all mentions, from −1 to 1.
 * @customfunction NET_SENTIMENT
 * @param positive Positive mentions: a number or a range.
 * @param negative Negative mentions: a number or a range of the same shape.
 * @param neutral Neutral mentions (optional, 0 if omitted).
 * @returns A number per element.
 * @helpurl https://localhost:3000/help.html#net_sentiment
 */
export function netSentiment(positive: any[][], negative: any[][], neutral?: any[][]): any[][] {
  return evaluateKpi(
    kpiFunctions.NET_SENTIMENT,
    [positive, negative, neutral ?? null],
    kpiContext()
  );
}

/**
 * Amplification rate: shares divided by followers, as a fraction (format as %).
 * @customfunction AMPLIFICATION_RATE
 * @param shares Shares, retweets or reposts: a number or a range.
 * @param followers Followers: a number or a range of the same shape.
 * @returns A fraction per element (format as %).
 * @helpurl https://localhost:3000/help.html#amplification_rate
 */
export function amplificationRate(shares: any[][], followers: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.AMPLIFICATION_RATE, [shares, followers], kpiContext());
}

/**
 * Virality rate: shares divided by impressions, as a fraction (format as %).
 * @customfunction VIRALITY_RATE
 * @param shares Shares, retweets or reposts: a number or a range.
 * @param impressions Impressions: a number or a range of the same shape.
 * @returns A fraction per element (format as %).
 * @helpurl https://localhost:3000/help.html#virality_rate
 */
export function viralityRate(shares: any[][], impressions: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.VIRALITY_RATE, [shares, impressions], kpiContext());
}

/**
 * Applause rate: likes divided by followers, as a fraction (format as %).
 * @customfunction APPLAUSE_RATE
 * @param likes Likes or reactions: a number or a range.
 * @param followers Followers: a number or a range of the same shape.
 * @returns A fraction per element (format as %).
 * @helpurl https://localhost:3000/help.html#applause_rate
 */
export function applauseRate(likes: any[][], followers: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.APPLAUSE_RATE, [likes, followers], kpiContext());
}

/**
 * Conversation rate: comments divided by followers, as a fraction (format as %).
 * @customfunction CONVERSATION_RATE
 * @param comments Comments or replies: a number or a range.
 * @param followers Followers: a number or a range of the same shape.
 * @returns A fraction per element (format as %).
 * @helpurl https://localhost:3000/help.html#conversation_rate
 */
export function conversationRate(comments: any[][], followers: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.CONVERSATION_RATE, [comments, followers], kpiContext());
}

/**
 * Response rate: messages answered divided by messages received, as a fraction (format as %).
 * @customfunction RESPONSE_RATE
 * @param responded Messages or comments answered: a number or a range.
 * @param received Messages or comments received: a number or a range of the same shape.
 * @returns A fraction per element (format as %).
 * @helpurl https://localhost:3000/help.html#response_rate
 */
export function responseRate(responded: any[][], received: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.RESPONSE_RATE, [responded, received], kpiContext());
}

/**
 * Video view rate: views divided by impressions, as a fraction (format as %).
 * @customfunction VIDEO_VIEW_RATE
 * @param views Video views: a number or a range.
 * @param impressions Impressions: a number or a range of the same shape.
 * @returns A fraction per element (format as %).
 * @helpurl https://localhost:3000/help.html#video_view_rate
 */
export function videoViewRate(views: any[][], impressions: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.VIDEO_VIEW_RATE, [views, impressions], kpiContext());
}

/**
 * Completion rate: plays watched to the end divided by plays, as a fraction (format as %).
 * @customfunction COMPLETION_RATE
 * @param completions Plays watched to the end: a number or a range.
 * @param plays Plays (or impressions): a number or a range of the same shape.
 * @returns A fraction per element (format as %).
 * @helpurl https://localhost:3000/help.html#completion_rate
 */
export function completionRate(completions: any[][], plays: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.COMPLETION_RATE, [completions, plays], kpiContext());
}

/**
 * Cost per click: spend divided by clicks, in the currency of the spend.
 * @customfunction CPC
 * @param spend Amount spent: a number or a range.
 * @param clicks Clicks: a number or a range of the same shape.
 * @returns An amount per element, in the currency of the spend.
 * @helpurl https://localhost:3000/help.html#cpc
 */
export function cpc(spend: any[][], clicks: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.CPC, [spend, clicks], kpiContext());
}

/**
 * Cost per mille: spend per 1,000 impressions, in the currency of the spend.
 * @customfunction CPM
 * @param spend Amount spent: a number or a range.
 * @param impressions Impressions: a number or a range of the same shape.
 * @returns An amount per element, in the currency of the spend.
 * @helpurl https://localhost:3000/help.html#cpm
 */
export function cpm(spend: any[][], impressions: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.CPM, [spend, impressions], kpiContext());
}

/**
 * Cost per acquisition: spend divided by conversions, in the currency of the spend.
 * @customfunction CPA
 * @param spend Amount spent: a number or a range.
 * @param conversions Conversions (sales, leads, sign-ups): a number or a range of the same shape.
 * @returns An amount per element, in the currency of the spend.
 * @helpurl https://localhost:3000/help.html#cpa
 */
export function cpa(spend: any[][], conversions: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.CPA, [spend, conversions], kpiContext());
}

/**
 * Cost per engagement: spend divided by engagements, in the currency of the spend.
 * @customfunction CPE
 * @param spend Amount spent: a number or a range.
 * @param engagements Engagements: a number or a range of the same shape.
 * @returns An amount per element, in the currency of the spend.
 * @helpurl https://localhost:3000/help.html#cpe
 */
export function cpe(spend: any[][], engagements: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.CPE, [spend, engagements], kpiContext());
}

/**
 * Return on ad spend: revenue divided by spend, as a ratio (4 means 4× the spend).
 * @customfunction ROAS
 * @param revenue Revenue (conversion value): a number or a range.
 * @param spend Ad spend: a number or a range of the same shape.
 * @returns A ratio per element.
 * @helpurl https://localhost:3000/help.html#roas
 */
export function roas(revenue: any[][], spend: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.ROAS, [revenue, spend], kpiContext());
}

/**
 * Return on investment: (revenue − cost) ÷ cost, as a fraction (format as %).
 * @customfunction ROI
 * @param revenue Revenue attributed to the investment: a number or a range.
 * @param cost Total cost: a number or a range of the same shape.
 * @returns A fraction per element (format as %).
 * @helpurl https://localhost:3000/help.html#roi
 */
export function roi(revenue: any[][], cost: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.ROI, [revenue, cost], kpiContext());
}

/**
 * Progress toward a goal: (current − baseline) ÷ (target − baseline); 1 = reached, works for goals that decrease.
 * @customfunction GOAL_PROGRESS
 * @param baseline Value when the goal was set: a number or a range.
 * @param target Value to reach (may be below the baseline for goals that decrease).
 * @param current Value today.
 * @returns A fraction per element (format as %).
 * @helpurl https://localhost:3000/help.html#goal_progress
 */
export function goalProgress(baseline: any[][], target: any[][], current: any[][]): any[][] {
  return evaluateKpi(kpiFunctions.GOAL_PROGRESS, [baseline, target, current], kpiContext());
}

/**
 * Value a goal should have reached by a date, on a straight line from baseline to target.
 * @customfunction GOAL_PACE
 * @param baseline Value when the goal was set: a number or a range.
 * @param target Value to reach (may be below the baseline for goals that decrease).
 * @param start_date Date the goal starts.
 * @param deadline Date the goal must be reached.
 * @param as_of Date to evaluate at (optional, default today).
 * @returns A number per element.
 * @volatile
 * @helpurl https://localhost:3000/help.html#goal_pace
 */
export function goalPace(
  baseline: any[][],
  target: any[][],
  start_date: any[][],
  deadline: any[][],
  as_of?: any[][]
): any[][] {
  return evaluateKpi(
    kpiFunctions.GOAL_PACE,
    [baseline, target, start_date, deadline, as_of ?? null],
    kpiContext()
  );
}

/**
 * Value a goal will reach at its deadline if the pace so far continues.
 * @customfunction GOAL_PROJECTION
 * @param baseline Value when the goal was set: a number or a range.
 * @param current Value today.
 * @param start_date Date the goal starts.
 * @param deadline Date the goal must be reached.
 * @param as_of Date to evaluate at (optional, default today).
 * @returns A number per element.
 * @volatile
 * @helpurl https://localhost:3000/help.html#goal_projection
 */
export function goalProjection(
  baseline: any[][],
  current: any[][],
  start_date: any[][],
  deadline: any[][],
  as_of?: any[][]
): any[][] {
  return evaluateKpi(
    kpiFunctions.GOAL_PROJECTION,
    [baseline, current, start_date, deadline, as_of ?? null],
    kpiContext()
  );
}

/**
 * Status of a goal: Not started, On track, At risk, Behind, Achieved or Missed.
 * @customfunction GOAL_STATUS
 * @param baseline Value when the goal was set: a number or a range.
 * @param target Value to reach (may be below the baseline for goals that decrease).
 * @param current Value today.
 * @param start_date Date the goal starts.
 * @param deadline Date the goal must be reached.
 * @param as_of Date to evaluate at (optional, default today).
 * @returns A label per element.
 * @volatile
 * @helpurl https://localhost:3000/help.html#goal_status
 */
export function goalStatus(
  baseline: any[][],
  target: any[][],
  current: any[][],
  start_date: any[][],
  deadline: any[][],
  as_of?: any[][]
): any[][] {
  return evaluateKpi(
    kpiFunctions.GOAL_STATUS,
    [baseline, target, current, start_date, deadline, as_of ?? null],
    kpiContext()
  );
}

/**
 * Next review date on or after a date, for a weekly, monthly, quarterly or annual cadence.
 * @customfunction NEXT_REVIEW
 * @param cadence weekly, monthly, quarterly or annual (or hebdomadaire, mensuel, trimestriel, annuel).
 * @param from_date Date to look from: a date or a range.
 * @param anchor_date A date reviews fall on (optional: Mondays, or the 1st of the month/quarter/year).
 * @returns A date per element (format as a date).
 * @helpurl https://localhost:3000/help.html#next_review
 */
export function nextReview(cadence: any[][], from_date: any[][], anchor_date?: any[][]): any[][] {
  return evaluateKpi(
    kpiFunctions.NEXT_REVIEW,
    [cadence, from_date, anchor_date ?? null],
    kpiContext()
  );
}
