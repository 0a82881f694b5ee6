import fc from "fast-check";
import { amplificationRate } from "../../../src/domain/kpi/amplificationRate";
import { applauseRate } from "../../../src/domain/kpi/applauseRate";
import { completionRate } from "../../../src/domain/kpi/completionRate";
import { conversationRate } from "../../../src/domain/kpi/conversationRate";
import { conversionRate } from "../../../src/domain/kpi/conversionRate";
import { cpa } from "../../../src/domain/kpi/cpa";
import { cpc } from "../../../src/domain/kpi/cpc";
import { cpe } from "../../../src/domain/kpi/cpe";
import { cpm } from "../../../src/domain/kpi/cpm";
import { ctr } from "../../../src/domain/kpi/ctr";
import { engagementRate } from "../../../src/domain/kpi/engagementRate";
import { frequency } from "../../../src/domain/kpi/frequency";
import type { KpiResult } from "../../../src/domain/kpi/kpiError";
import { responseRate } from "../../../src/domain/kpi/responseRate";
import { roas } from "../../../src/domain/kpi/roas";
import { videoViewRate } from "../../../src/domain/kpi/videoViewRate";
import { viralityRate } from "../../../src/domain/kpi/viralityRate";

// [name, function, numerator, denominator, expected]: worked examples of the usual definitions
// (most are also the examples of docs/functions.md), e.g. CPM $50 / 10,000 impressions = $5.
const cases: Array<[string, (n: number, d: number) => KpiResult, number, number, number]> = [
  ["ctr", ctr, 34, 1000, 0.034],
  ["engagementRate", engagementRate, 150, 5000, 0.03],
  ["conversionRate", conversionRate, 45, 1500, 0.03],
  ["frequency", frequency, 12000, 4000, 3],
  ["amplificationRate", amplificationRate, 25, 10000, 0.0025],
  ["viralityRate", viralityRate, 30, 12000, 0.0025],
  ["applauseRate", applauseRate, 240, 12000, 0.02],
  ["conversationRate", conversationRate, 36, 12000, 0.003],
  ["responseRate", responseRate, 45, 50, 0.9],
  ["videoViewRate", videoViewRate, 5, 1000, 0.005],
  ["completionRate", completionRate, 420, 1800, 420 / 1800],
  ["cpc", cpc, 250, 500, 0.5],
  ["cpm", cpm, 50, 10000, 5],
  ["cpa", cpa, 1200, 40, 30],
  ["cpe", cpe, 300, 1500, 0.2],
  ["roas", roas, 4800, 1200, 4],
];

describe.each(cases)("%s", (_name, kpi, numerator, denominator, expected) => {
  it("computes the worked example", () => {
    expect(kpi(numerator, denominator)).toBeCloseTo(expected, 12);
  });

  it("is 0 when the numerator is 0", () => {
    expect(kpi(0, denominator)).toBe(0);
  });

  it("returns DIV_BY_ZERO when the base is 0", () => {
    expect(kpi(numerator, 0)).toMatchObject({ code: "DIV_BY_ZERO" });
  });

  it("returns NEGATIVE_COUNT for a negative amount on either side", () => {
    expect(kpi(-1, denominator)).toMatchObject({ code: "NEGATIVE_COUNT" });
    expect(kpi(numerator, -1)).toMatchObject({ code: "NEGATIVE_COUNT" });
  });

  it("scales linearly: doubling the numerator doubles the result", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (n, d) => {
        expect(kpi(2 * n, d)).toBeCloseTo(2 * (kpi(n, d) as number), 6);
      })
    );
  });
});

describe("error messages", () => {
  it("name the argument that is wrong, in English and in French", () => {
    expect(ctr(-1, 10)).toMatchObject({
      message: { en: expect.stringContaining("Clicks"), fr: expect.stringContaining("Clics") },
    });
    expect(cpm(5, -10)).toMatchObject({
      message: {
        en: expect.stringContaining("Impressions"),
        fr: expect.stringContaining("Impressions"),
      },
    });
  });
});
