import fc from "fast-check";
import { dateToSerial, serialToIso } from "../../../src/domain/common/excelDate";
import { measureGoalMetric } from "../../../src/domain/goals/measureGoalMetric";
import { engagementRate } from "../../../src/domain/kpi/engagementRate";
import { followerGrowth } from "../../../src/domain/kpi/followerGrowth";
import { day, post } from "../../support/builders/records";

const start = dateToSerial(2026, 3, 1);
const deadline = dateToSerial(2026, 3, 31);
const asOf = dateToSerial(2026, 3, 20);
const on = (serial: number, time = "T10:00") => `${serialToIso(serial, false)}${time}`;
const window = { start, deadline, asOf };

describe("measureGoalMetric", () => {
  const posts = [
    post(1, { publishedAt: on(start), engagements: 30, impressions: 1000, linkClicks: 10 }),
    post(2, { publishedAt: on(asOf, "T23:59"), engagements: 90, impressions: 2000, linkClicks: 5 }),
    post(3, { publishedAt: on(asOf + 1), engagements: 500, impressions: 600 }),
    post(4, { publishedAt: on(start - 1), engagements: 500, impressions: 600 }),
    post(5, {
      publishedAt: on(start + 3),
      engagements: 70,
      impressions: 700,
      platform: "instagram",
    }),
  ];

  it("measures engagement rate as the ratio of sums over the posts from the start to today", () => {
    expect(measureGoalMetric({ posts, daily: [] }, { metric: "ENGAGEMENT_RATE", ...window })).toBe(
      engagementRate(30 + 90 + 70, 1000 + 2000 + 700)
    );
  });

  it("keeps to the goal's platform", () => {
    expect(
      measureGoalMetric({ posts, daily: [] }, { metric: "CTR", platform: "x", ...window })
    ).toBe(15 / 3000);
    expect(
      measureGoalMetric(
        { posts, daily: [] },
        { metric: "IMPRESSIONS", platform: "instagram", ...window }
      )
    ).toBe(700);
  });

  it("ends the window on the deadline once it has passed", () => {
    expect(
      measureGoalMetric(
        { posts, daily: [] },
        { metric: "ENGAGEMENTS", start, deadline: asOf - 1, asOf: asOf + 30 }
      )
    ).toBe(30 + 70);
  });

  it("measures follower growth between the window's first and last days, accounts summed", () => {
    const daily = [
      day(serialToIso(start - 5, false), { followers: 1 }),
      day(serialToIso(start + 2, false), { followers: 10_000 }),
      day(serialToIso(start + 2, false), { followers: 2_000, account: "Second page" }),
      day(serialToIso(start + 9, false), { followers: 12_600 }),
      day(serialToIso(start + 9, false), { followers: 0, platform: "linkedin" }),
    ];
    expect(measureGoalMetric({ posts: [], daily }, { metric: "FOLLOWER_GROWTH", ...window })).toBe(
      followerGrowth(12_000, 12_600)
    );
  });

  it("does not cover a KPI the tables do not hold, a window without data or a rate without a base", () => {
    const records = { posts, daily: [] };
    expect(measureGoalMetric(records, { metric: "CPA", ...window })).toBeUndefined();
    expect(
      measureGoalMetric(records, {
        metric: "REACH",
        ...window,
        start: deadline + 10,
        deadline: deadline + 20,
      })
    ).toBeUndefined();
    expect(
      measureGoalMetric(
        { posts: [post(1, { publishedAt: on(start), impressions: 0 })], daily: [] },
        { metric: "ENGAGEMENT_RATE", ...window }
      )
    ).toBeUndefined();
    expect(measureGoalMetric(records, { metric: "FOLLOWER_GROWTH", ...window })).toBeUndefined();
  });

  it("is not moved by posts outside the window or on another platform", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            offset: fc.integer({ min: -40, max: 60 }),
            engagements: fc.nat(1000),
            impressions: fc.integer({ min: 1, max: 10_000 }),
            platform: fc.constantFrom("x" as const, "tiktok" as const),
          }),
          { maxLength: 30 }
        ),
        (drawn) => {
          const all = drawn.map((d, i) => post(i, { ...d, publishedAt: on(start + d.offset) }));
          const inside = all.filter(
            (p, i) =>
              drawn[i]!.platform === "x" &&
              drawn[i]!.offset >= 0 &&
              start + drawn[i]!.offset <= asOf
          );
          const query = { metric: "ENGAGEMENT_RATE" as const, platform: "x" as const, ...window };
          const sum = (field: "engagements" | "impressions") =>
            inside.reduce((total, p) => total + (p[field] ?? 0), 0);
          const expected =
            inside.length === 0
              ? undefined
              : engagementRate(sum("engagements"), sum("impressions"));
          expect(measureGoalMetric({ posts: all, daily: [] }, query)).toBe(expected);
        }
      )
    );
  });
});
