import type { SOCIAL_PLATFORMS } from "../import/schema";
import type { GoalMetric } from "../templates/goals";

/** A social network a goal can be limited to. */
export type GoalPlatform = (typeof SOCIAL_PLATFORMS)[number];

/**
 * A goal that passed validation ({@link validateGoal}), ready to be written as a row of the goals
 * sheet: Specific (the wording, its owner), Measurable (a KPI, a platform), Achievable (baseline,
 * target, why it is realistic), Relevant (the business objective) and Time-bound (two dates).
 */
export interface SmartGoal {
  /** One sentence naming the KPI and the number to reach. */
  readonly specific: string;
  readonly owner: string;
  readonly metric: GoalMetric;
  /** Undefined: every platform. */
  readonly platform?: GoalPlatform;
  /** Values in the KPI's own unit: a rate is a fraction (0.045 for 4.5 %). */
  readonly baseline: number;
  readonly target: number;
  /** Why the target is realistic; may be empty. */
  readonly achievableNote: string;
  /** The business objective the goal serves. */
  readonly relevantTo: string;
  /** Excel serial dates; the deadline is after the start. */
  readonly start: number;
  readonly deadline: number;
  /** The value today, typed for a KPI the imported tables do not measure. */
  readonly current?: number;
}
