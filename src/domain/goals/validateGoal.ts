import { isoToSerial } from "../common/excelDate";
import type { Language } from "../common/language";
import { SOCIAL_PLATFORMS } from "../import/schema";
import { type GoalMetric, goalMetricNames } from "../templates/goals";
import { MAX_WRITTEN_TEXT } from "../workbook/literalText";
import { GOAL_ISSUE, type GoalField, type GoalIssue } from "./goalIssue";
import { goalMetricUnit } from "./goalMetric";
import type { GoalMeasure } from "./measureGoalMetric";
import { readGoalNumber } from "./readGoalNumber";
import type { GoalPlatform, SmartGoal } from "./smartGoal";

/** The goal form's fields in the order the form shows them: S, M, A, R, T. */
export const GOAL_FIELDS = [
  "specific",
  "owner",
  "metric",
  "platform",
  "baseline",
  "target",
  "current",
  "achievableNote",
  "relevantTo",
  "start",
  "deadline",
] as const satisfies readonly GoalField[];

/**
 * The goal form as typed: every field is text. `metric` is a {@link GoalMetric} id, `platform` a
 * social network or blank for all, dates `YYYY-MM-DD` (what a date input gives).
 */
export type GoalDraft = Readonly<Record<GoalField, string>>;

export const EMPTY_GOAL_DRAFT: GoalDraft = Object.fromEntries(
  GOAL_FIELDS.map((field) => [field, ""])
) as Record<GoalField, string>;

export type GoalValidation =
  | { readonly ok: true; readonly goal: SmartGoal }
  | { readonly ok: false; readonly issues: readonly GoalIssue[] };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const isPlatform = (text: string): text is GoalPlatform =>
  (SOCIAL_PLATFORMS as readonly string[]).includes(text);

/** A typed `YYYY-MM-DD` as an Excel serial; undefined when it is not a date Excel has. */
const readDate = (typed: string): number | undefined =>
  DATE_ONLY.test(typed) ? isoToSerial(typed) : undefined;

const readMetric = (typed: string, language: Language): GoalMetric | undefined =>
  Object.hasOwn(goalMetricNames(language), typed) ? (typed as GoalMetric) : undefined;

/**
 * What a draft asks to measure — its KPI, platform and dates — as soon as those fields are valid,
 * before the rest of the goal is: the form shows the current value while the user is typing.
 *
 * @example
 * draftMeasure({ ...EMPTY_GOAL_DRAFT, metric: "CTR", start: "2026-01-05", deadline: "2026-02-05" }, "en")
 * //=> { metric: "CTR", start: 46027, deadline: 46058 }
 */
export function draftMeasure(
  draft: GoalDraft,
  language: Language
): Omit<GoalMeasure, "asOf"> | undefined {
  const metric = readMetric(draft.metric, language);
  const platform = draft.platform.trim();
  const start = readDate(draft.start.trim());
  const deadline = readDate(draft.deadline.trim());
  if (!metric || start === undefined || deadline === undefined || deadline <= start)
    return undefined;
  if (platform !== "" && !isPlatform(platform)) return undefined;
  return { metric, ...(platform !== "" ? { platform } : {}), start, deadline };
}

/**
 * Checks a goal before it is written, every field at once, so the form can show each problem
 * where it is: issues come in the order of {@link GOAL_FIELDS}. Numbers are read in the user's
 * language ({@link readGoalNumber}); a rate must be typed as a percentage or a fraction.
 *
 * @example
 * validateGoal({ ...draft, target: draft.baseline }, "en")
 * //=> { ok: false, issues: [{ code: GOAL_ISSUE.TARGET_EQUALS_BASELINE, field: "target", params: {} }] }
 */
export function validateGoal(draft: GoalDraft, language: Language): GoalValidation {
  const issues: GoalIssue[] = [];
  const text = (
    field: GoalField,
    required?: typeof GOAL_ISSUE.EMPTY_WORDING | typeof GOAL_ISSUE.EMPTY_OBJECTIVE
  ): string => {
    const value = draft[field].trim();
    if (value === "" && required) issues.push({ code: required, field, params: {} });
    if (value.length > MAX_WRITTEN_TEXT) {
      issues.push({ code: GOAL_ISSUE.TEXT_TOO_LONG, field, params: { max: MAX_WRITTEN_TEXT } });
    }
    return value;
  };

  const specific = text("specific", GOAL_ISSUE.EMPTY_WORDING);
  const owner = text("owner");

  const metric = readMetric(draft.metric, language);
  if (!metric) {
    issues.push({ code: GOAL_ISSUE.UNKNOWN_KPI, field: "metric", params: { name: draft.metric } });
  }
  const platformText = draft.platform.trim();
  const platform = isPlatform(platformText) ? platformText : undefined;
  if (platformText !== "" && !platform) {
    issues.push({
      code: GOAL_ISSUE.UNKNOWN_PLATFORM,
      field: "platform",
      params: { name: platformText },
    });
  }

  const isRate = metric !== undefined && goalMetricUnit(metric) === "fraction";
  const number = (field: GoalField, required: boolean): number | undefined => {
    const typed = readGoalNumber(draft[field], language);
    if (typed.kind === "empty") {
      if (required) issues.push({ code: GOAL_ISSUE.NUMBER_MISSING, field, params: {} });
      return undefined;
    }
    if (typed.kind === "invalid") {
      issues.push({
        code: GOAL_ISSUE.NUMBER_INVALID,
        field,
        params: { text: draft[field].trim() },
      });
      return undefined;
    }
    if (isRate && !typed.percent && Math.abs(typed.value) > 1) {
      issues.push({
        code: GOAL_ISSUE.RATE_WITHOUT_PERCENT,
        field,
        params: { percent: typed.value },
      });
      return undefined;
    }
    return typed.value;
  };
  const baseline = number("baseline", true);
  const target = number("target", true);
  if (baseline !== undefined && target !== undefined && baseline === target) {
    issues.push({ code: GOAL_ISSUE.TARGET_EQUALS_BASELINE, field: "target", params: {} });
  }
  const current = number("current", false);
  const achievableNote = text("achievableNote");
  const relevantTo = text("relevantTo", GOAL_ISSUE.EMPTY_OBJECTIVE);

  const date = (field: "start" | "deadline"): number | undefined => {
    const typed = draft[field].trim();
    if (typed === "") {
      issues.push({ code: GOAL_ISSUE.DATE_MISSING, field, params: {} });
      return undefined;
    }
    const serial = readDate(typed);
    if (serial === undefined) {
      issues.push({ code: GOAL_ISSUE.DATE_INVALID, field, params: { text: typed } });
    }
    return serial;
  };
  const start = date("start");
  const deadline = date("deadline");
  if (start !== undefined && deadline !== undefined && deadline <= start) {
    issues.push({ code: GOAL_ISSUE.DEADLINE_NOT_AFTER_START, field: "deadline", params: {} });
  }

  if (
    issues.length > 0 ||
    metric === undefined ||
    baseline === undefined ||
    target === undefined ||
    start === undefined ||
    deadline === undefined
  ) {
    return { ok: false, issues };
  }
  return {
    ok: true,
    goal: {
      specific,
      owner,
      metric,
      ...(platform ? { platform } : {}),
      baseline,
      target,
      achievableNote,
      relevantTo,
      start,
      deadline,
      ...(current !== undefined ? { current } : {}),
    },
  };
}
