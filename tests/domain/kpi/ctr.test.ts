import { ctr } from "../../../src/domain/kpi/ctr";

describe("ctr", () => {
  it("is clicks divided by impressions, as a fraction", () => {
    expect(ctr(34, 1000)).toBe(0.034);
  });

  it("is 0 without clicks", () => {
    expect(ctr(0, 1000)).toBe(0);
  });

  it("returns DIV_BY_ZERO without impressions", () => {
    expect(ctr(5, 0)).toMatchObject({ code: "DIV_BY_ZERO" });
  });

  it("returns NEGATIVE_COUNT for negative clicks or impressions", () => {
    expect(ctr(-1, 10)).toMatchObject({
      code: "NEGATIVE_COUNT",
      message: expect.stringContaining("Clicks"),
    });
    expect(ctr(1, -10)).toMatchObject({
      code: "NEGATIVE_COUNT",
      message: expect.stringContaining("Impressions"),
    });
  });
});
