import { engagementRate } from "../../../src/domain/kpi/engagementRate";

describe("engagementRate", () => {
  it("is engagements divided by the base, as a fraction", () => {
    expect(engagementRate(150, 5000)).toBe(0.03);
  });

  it("can exceed 1 when a post is engaged with more than it was seen, as reported", () => {
    expect(engagementRate(120, 100)).toBe(1.2);
  });

  it("returns DIV_BY_ZERO for a base of 0", () => {
    expect(engagementRate(3, 0)).toMatchObject({ code: "DIV_BY_ZERO" });
  });

  it("returns NEGATIVE_COUNT for negative engagements", () => {
    expect(engagementRate(-3, 10)).toMatchObject({ code: "NEGATIVE_COUNT" });
  });
});
