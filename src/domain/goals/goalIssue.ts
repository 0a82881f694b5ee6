import type { NoParams } from "../catalogue";

/**
 * Why a goal cannot be written yet. Codes are stable: the form shows their messages
 * (messages.ts) under the field they name, and tests assert them. Use these constants, never the
 * code's text.
 */
export const GOAL_ISSUE = {
  /** No wording: the S of SMART is what the goal says. */
  EMPTY_WORDING: "EMPTY_WORDING",
  /** Longer than an Excel cell holds. */
  TEXT_TOO_LONG: "TEXT_TOO_LONG",
  /** Not a KPI the goals sheet measures. */
  UNKNOWN_KPI: "UNKNOWN_KPI",
  /** Not one of the social networks (blank means all of them). */
  UNKNOWN_PLATFORM: "UNKNOWN_PLATFORM",
  /** A baseline or target left empty. */
  NUMBER_MISSING: "NUMBER_MISSING",
  NUMBER_INVALID: "NUMBER_INVALID",
  /** A rate typed as 4.5 rather than 4.5 % (or 0.045): it would mean 450 %. */
  RATE_WITHOUT_PERCENT: "RATE_WITHOUT_PERCENT",
  /** Progress toward a target equal to the baseline is undefined (GOAL_PROGRESS refuses it). */
  TARGET_EQUALS_BASELINE: "TARGET_EQUALS_BASELINE",
  /** No business objective: the R of SMART. */
  EMPTY_OBJECTIVE: "EMPTY_OBJECTIVE",
  DATE_MISSING: "DATE_MISSING",
  /** Not a `YYYY-MM-DD` date Excel has (from 1900 on). */
  DATE_INVALID: "DATE_INVALID",
  DEADLINE_NOT_AFTER_START: "DEADLINE_NOT_AFTER_START",
} as const;

export type GoalIssueCode = (typeof GOAL_ISSUE)[keyof typeof GOAL_ISSUE];

/** The parameters of each code's message. */
export interface GoalIssueParams {
  readonly EMPTY_WORDING: NoParams;
  readonly TEXT_TOO_LONG: { readonly max: number };
  readonly UNKNOWN_KPI: { readonly name: string };
  readonly UNKNOWN_PLATFORM: { readonly name: string };
  readonly NUMBER_MISSING: NoParams;
  readonly NUMBER_INVALID: { readonly text: string };
  /** The number as typed, read as a percentage: what the user most likely meant. */
  readonly RATE_WITHOUT_PERCENT: { readonly percent: number };
  readonly TARGET_EQUALS_BASELINE: NoParams;
  readonly EMPTY_OBJECTIVE: NoParams;
  readonly DATE_MISSING: NoParams;
  readonly DATE_INVALID: { readonly text: string };
  readonly DEADLINE_NOT_AFTER_START: NoParams;
}

/** A field of the goal form, as {@link GoalDraft} names it. */
export type GoalField =
  | "specific"
  | "owner"
  | "metric"
  | "platform"
  | "baseline"
  | "target"
  | "current"
  | "achievableNote"
  | "relevantTo"
  | "start"
  | "deadline";

/** One problem with a goal, on the field that must change. */
export type GoalIssue = {
  [C in GoalIssueCode]: {
    readonly code: C;
    readonly field: GoalField;
    readonly params: GoalIssueParams[C];
  };
}[GoalIssueCode];
