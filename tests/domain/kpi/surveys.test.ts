import { csat } from "../../../src/domain/kpi/csat";
import { nps } from "../../../src/domain/kpi/nps";

describe("csat", () => {
  it("counts 4s and 5s on a 1–5 scale by default (top-2-box)", () => {
    expect(csat([5, 4, 3, 5, 2])).toBe(0.6);
  });

  it("defaults the threshold to scale_max − 1 on other scales", () => {
    expect(csat([10, 9, 8, 7], undefined, 10)).toBe(0.5);
  });

  it("uses an explicit threshold", () => {
    expect(csat([5, 4, 3, 5, 2], 5)).toBe(0.4);
  });

  it("ignores text and blanks, as Excel's COUNT does", () => {
    expect(csat([5, "n/a", null, 1, true])).toBe(0.5);
  });

  it("returns OUT_OF_RANGE for a score outside the scale", () => {
    expect(csat([5, 6])).toMatchObject({
      code: "OUT_OF_RANGE",
      message: { en: expect.stringContaining("6"), fr: expect.stringContaining("6") },
    });
    expect(csat([0, 5])).toMatchObject({ code: "OUT_OF_RANGE" });
  });

  it("returns OUT_OF_RANGE for a threshold outside the scale", () => {
    expect(csat([5], 7)).toMatchObject({ code: "OUT_OF_RANGE" });
  });

  it("returns DIV_BY_ZERO without any numeric score", () => {
    expect(csat(["n/a", null])).toMatchObject({ code: "DIV_BY_ZERO" });
  });
});

describe("nps", () => {
  it("is % promoters − % detractors, passives in the denominator", () => {
    expect(nps([10, 9, 8, 7, 6, 3, 10, 9, 9, 5])).toBe(20);
  });

  it("spans −100 to 100", () => {
    expect(nps([0, 1, 6])).toBe(-100);
    expect(nps([9, 10])).toBe(100);
    expect(nps([7, 8])).toBe(0);
  });

  it("counts 6 as a detractor and 9 as a promoter, not the reverse of a vendor's typo", () => {
    expect(nps([6, 9])).toBe(0);
  });

  it("returns OUT_OF_RANGE outside 0–10 and DIV_BY_ZERO without answers", () => {
    expect(nps([11])).toMatchObject({ code: "OUT_OF_RANGE" });
    expect(nps([-1])).toMatchObject({ code: "OUT_OF_RANGE" });
    expect(nps([])).toMatchObject({ code: "DIV_BY_ZERO" });
  });
});
