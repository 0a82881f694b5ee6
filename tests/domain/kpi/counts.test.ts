import { engagements } from "../../../src/domain/kpi/engagements";
import { followerGrowth } from "../../../src/domain/kpi/followerGrowth";
import { growth } from "../../../src/domain/kpi/growth";
import { netSentiment } from "../../../src/domain/kpi/netSentiment";
import { roi } from "../../../src/domain/kpi/roi";
import { shareOfVoice } from "../../../src/domain/kpi/shareOfVoice";

describe("engagements", () => {
  it("adds likes, comments, shares, saves and clicks", () => {
    expect(engagements(120, 14, 9, 30, 0)).toBe(173);
  });

  it("returns NEGATIVE_COUNT naming the negative count", () => {
    expect(engagements(1, -2, 0, 0, 0)).toMatchObject({
      code: "NEGATIVE_COUNT",
      message: {
        en: expect.stringContaining("Comments"),
        fr: expect.stringContaining("Commentaires"),
      },
    });
  });
});

describe("followerGrowth", () => {
  it("is the change over the starting audience", () => {
    expect(followerGrowth(10000, 10800)).toBeCloseTo(0.08, 12);
  });

  it("is negative when followers were lost", () => {
    expect(followerGrowth(10000, 9500)).toBeCloseTo(-0.05, 12);
  });

  it("returns DIV_BY_ZERO for a new account and says what to report instead", () => {
    expect(followerGrowth(0, 120)).toMatchObject({
      code: "DIV_BY_ZERO",
      message: {
        en: expect.stringContaining("absolute gain"),
        fr: expect.stringContaining("gain absolu"),
      },
    });
  });

  it("returns NEGATIVE_COUNT for a negative audience", () => {
    expect(followerGrowth(-5, 10)).toMatchObject({ code: "NEGATIVE_COUNT" });
  });
});

describe("growth", () => {
  it("is (current − previous) ÷ previous", () => {
    expect(growth(200, 250)).toBe(0.25);
    expect(growth(200, 150)).toBe(-0.25);
  });

  it("divides by the absolute previous value so a shrinking loss is growth", () => {
    expect(growth(-100, -50)).toBe(0.5);
  });

  it("returns DIV_BY_ZERO when the previous value is 0", () => {
    expect(growth(0, 5)).toMatchObject({ code: "DIV_BY_ZERO" });
  });
});

describe("roi", () => {
  it("is the gain over the cost", () => {
    expect(roi(5000, 2000)).toBe(1.5);
  });

  it("is negative when revenue does not cover the cost, even with a positive ROAS", () => {
    expect(roi(1500, 2000)).toBe(-0.25);
  });

  it("returns DIV_BY_ZERO without cost", () => {
    expect(roi(100, 0)).toMatchObject({ code: "DIV_BY_ZERO" });
  });
});

describe("netSentiment", () => {
  it("dilutes the balance by neutral mentions", () => {
    expect(netSentiment(60, 15, 25)).toBeCloseTo(0.45, 12);
    expect(netSentiment(60, 15, 0)).toBeCloseTo(0.6, 12);
  });

  it("returns DIV_BY_ZERO without mentions", () => {
    expect(netSentiment(0, 0, 0)).toMatchObject({ code: "DIV_BY_ZERO" });
  });
});

describe("shareOfVoice", () => {
  it("is the brand's share of all mentions", () => {
    expect(shareOfVoice(300, 700)).toBe(0.3);
  });

  it("is 1 when no competitor is mentioned", () => {
    expect(shareOfVoice(10, 0)).toBe(1);
  });

  it("returns DIV_BY_ZERO when nobody is mentioned", () => {
    expect(shareOfVoice(0, 0)).toMatchObject({ code: "DIV_BY_ZERO" });
  });
});
