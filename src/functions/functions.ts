/* eslint-disable @typescript-eslint/no-explicit-any --
 * The metadata generator reads these signatures without a type checker: only a literal `any[][]`
 * becomes an "any matrix" argument, the one kind that accepts both a value and a range. */
import { kpiRegistry } from "../domain/kpi/registry";
import { evaluateKpi } from "./evaluateKpi";

// The JSDoc below is what Excel shows users while they type a formula: it is written for
// marketers, and tests check it against the registry's English text.

/**
 * Click-through rate: clicks divided by impressions, as a fraction (format as %).
 * @customfunction CTR
 * @param clicks Clicks: a number or a range.
 * @param impressions Impressions: a number or a range of the same shape.
 * @returns The click-through rate of each element.
 */
export function ctr(clicks: any[][], impressions: any[][]): any[][] {
  return evaluateKpi(kpiRegistry.CTR, [clicks, impressions]);
}

/**
 * Engagement rate: engagements divided by reach, impressions or followers, as a fraction (format as %).
 * @customfunction ENGAGEMENT_RATE
 * @param engagements Engagements (likes, comments, shares…): a number or a range.
 * @param base Reach, impressions or followers: a number or a range of the same shape.
 * @returns The engagement rate of each element.
 */
export function engagementRate(engagements: any[][], base: any[][]): any[][] {
  return evaluateKpi(kpiRegistry.ENGAGEMENT_RATE, [engagements, base]);
}
