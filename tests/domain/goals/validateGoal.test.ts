import fc from "fast-check";
import { dateToSerial } from "../../../src/domain/common/excelDate";
import type { Language } from "../../../src/domain/common/language";
import { GOAL_ISSUE } from "../../../src/domain/goals/goalIssue";
import { goalIssueMessage } from "../../../src/domain/goals/messages";
import {
  EMPTY_GOAL_DRAFT,
  GOAL_FIELDS,
  type GoalDraft,
  validateGoal,
} from "../../../src/domain/goals/validateGoal";

const draft: GoalDraft = {
  ...EMPTY_GOAL_DRAFT,
  specific: "Raise Instagram engagement rate from 3% to 4.5% by June",
  owner: "Ana",
  metric: "ENGAGEMENT_RATE",
  platform: "instagram",
  baseline: "3%",
  target: "4.5%",
  achievableNote: "Our best quarter reached 4.2%",
  relevantTo: "Brand awareness",
  start: "2026-01-05",
  deadline: "2026-06-30",
};

const issuesOf = (d: GoalDraft, language: Language = "en") => {
  const result = validateGoal(d, language);
  return result.ok ? [] : result.issues.map(({ code, field }) => ({ code, field }));
};

describe("validateGoal", () => {
  it("accepts a complete goal, rates as fractions and dates as Excel serials", () => {
    expect(validateGoal(draft, "en")).toEqual({
      ok: true,
      goal: {
        specific: draft.specific,
        owner: "Ana",
        metric: "ENGAGEMENT_RATE",
        platform: "instagram",
        baseline: 0.03,
        target: 0.045,
        achievableNote: "Our best quarter reached 4.2%",
        relevantTo: "Brand awareness",
        start: dateToSerial(2026, 1, 5),
        deadline: dateToSerial(2026, 6, 30),
      },
    });
  });

  it("leaves the platform out when the goal covers every platform, and keeps a typed current value", () => {
    const result = validateGoal(
      { ...draft, metric: "CPA", platform: "", baseline: "40", target: "30", current: "35,5" },
      "fr"
    );
    expect(result).toMatchObject({ ok: true, goal: { metric: "CPA", current: 35.5 } });
    expect(result.ok && "platform" in result.goal).toBe(false);
  });

  it("refuses an empty wording, a KPI it does not know and a missing objective", () => {
    expect(issuesOf({ ...draft, specific: "  ", metric: "GOAL_STATUS", relevantTo: "" })).toEqual([
      { code: GOAL_ISSUE.EMPTY_WORDING, field: "specific" },
      { code: GOAL_ISSUE.UNKNOWN_KPI, field: "metric" },
      { code: GOAL_ISSUE.EMPTY_OBJECTIVE, field: "relevantTo" },
    ]);
  });

  it("refuses a target equal to the baseline, however each is written", () => {
    expect(issuesOf({ ...draft, baseline: "4.5%", target: "0.045" })).toEqual([
      { code: GOAL_ISSUE.TARGET_EQUALS_BASELINE, field: "target" },
    ]);
  });

  it("refuses a deadline that does not come after the start", () => {
    expect(issuesOf({ ...draft, deadline: draft.start })).toEqual([
      { code: GOAL_ISSUE.DEADLINE_NOT_AFTER_START, field: "deadline" },
    ]);
    expect(issuesOf({ ...draft, deadline: "2025-12-31" })).toEqual([
      { code: GOAL_ISSUE.DEADLINE_NOT_AFTER_START, field: "deadline" },
    ]);
  });

  it("refuses missing and impossible dates", () => {
    expect(issuesOf({ ...draft, start: "", deadline: "2026-02-30" })).toEqual([
      { code: GOAL_ISSUE.DATE_MISSING, field: "start" },
      { code: GOAL_ISSUE.DATE_INVALID, field: "deadline" },
    ]);
  });

  it("refuses missing numbers and text that is not one", () => {
    expect(issuesOf({ ...draft, baseline: "", target: "lots", current: "?" })).toEqual([
      { code: GOAL_ISSUE.NUMBER_MISSING, field: "baseline" },
      { code: GOAL_ISSUE.NUMBER_INVALID, field: "target" },
      { code: GOAL_ISSUE.NUMBER_INVALID, field: "current" },
    ]);
  });

  it("asks for a percentage when a rate is typed as a plain number above 1", () => {
    const result = validateGoal({ ...draft, target: "4.5" }, "en");
    expect(result.ok ? [] : result.issues).toEqual([
      { code: GOAL_ISSUE.RATE_WITHOUT_PERCENT, field: "target", params: { percent: 4.5 } },
    ]);
    expect(result.ok ? "" : goalIssueMessage(result.issues[0]!, "en")).toBe(
      "This KPI is a rate: type 4.5% (with the % sign), or the fraction 0.045."
    );
    expect(issuesOf({ ...draft, metric: "IMPRESSIONS", baseline: "4.5", target: "9" })).toEqual([]);
  });

  it("refuses a platform that is not a social network", () => {
    expect(issuesOf({ ...draft, platform: "myspace" })).toEqual([
      { code: GOAL_ISSUE.UNKNOWN_PLATFORM, field: "platform" },
    ]);
  });

  it("refuses text longer than a cell holds", () => {
    expect(issuesOf({ ...draft, achievableNote: "x".repeat(40_000) })).toEqual([
      { code: GOAL_ISSUE.TEXT_TOO_LONG, field: "achievableNote" },
    ]);
  });

  it("lists an empty form's issues in the order of the form, S to T", () => {
    const fields = issuesOf(EMPTY_GOAL_DRAFT).map((issue) => issue.field);
    expect(fields).toEqual([
      "specific",
      "metric",
      "baseline",
      "target",
      "relevantTo",
      "start",
      "deadline",
    ]);
    const order = fields.map((field) => GOAL_FIELDS.indexOf(field));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("says every issue in English and French", () => {
    const issues = validateGoal(EMPTY_GOAL_DRAFT, "en");
    expect(issues.ok).toBe(false);
    for (const issue of issues.ok ? [] : issues.issues) {
      expect(goalIssueMessage(issue, "en")).not.toBe(goalIssueMessage(issue, "fr"));
    }
    expect(
      goalIssueMessage(
        { code: GOAL_ISSUE.DEADLINE_NOT_AFTER_START, field: "deadline", params: {} },
        "fr"
      )
    ).toBe("L'échéance doit suivre le début.");
  });

  it("accepts any goal with distinct numbers and a deadline after its start, and gives them back", () => {
    const iso = (serial: number) => {
      const d = new Date(Date.UTC(1899, 11, 30 + serial));
      return d.toISOString().slice(0, 10);
    };
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 400, max: 80_000 }),
        fc.integer({ min: 1, max: 3_000 }),
        fc.constantFrom<Language>("en", "fr"),
        (baseline, target, start, length, language) => {
          fc.pre(baseline !== target);
          const result = validateGoal(
            {
              ...draft,
              metric: "IMPRESSIONS",
              baseline: String(baseline),
              target: String(target),
              start: iso(start),
              deadline: iso(start + length),
            },
            language
          );
          expect(result).toMatchObject({
            ok: true,
            goal: { baseline, target, start, deadline: start + length },
          });
        }
      )
    );
  });

  it("never accepts a goal whose target equals its baseline or whose deadline is not after its start", () => {
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(GOAL_FIELDS.map((f) => [f, fc.string({ maxLength: 12 })]))),
        fc.constantFrom<Language>("en", "fr"),
        (typed, language) => {
          const result = validateGoal({ ...draft, ...typed }, language);
          if (!result.ok) return;
          expect(result.goal.target).not.toBe(result.goal.baseline);
          expect(result.goal.deadline).toBeGreaterThan(result.goal.start);
          expect(result.goal.specific.trim()).not.toBe("");
        }
      )
    );
  });
});
