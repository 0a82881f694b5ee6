import fc from "fast-check";
import { nextReview } from "../../../src/domain/kpi/nextReview";
import { dateToSerial } from "../../../src/domain/common/excelDate";

const d = (year: number, month: number, day: number) => dateToSerial(year, month, day);

describe("nextReview", () => {
  it("puts weekly reviews on Mondays by default", () => {
    expect(nextReview("weekly", d(2026, 3, 10))).toBe(d(2026, 3, 16));
    expect(nextReview("weekly", d(2026, 3, 16))).toBe(d(2026, 3, 16));
  });

  it("puts monthly, quarterly and annual reviews on the first day of the period", () => {
    expect(nextReview("monthly", d(2026, 3, 10))).toBe(d(2026, 4, 1));
    expect(nextReview("monthly", d(2026, 4, 1))).toBe(d(2026, 4, 1));
    expect(nextReview("quarterly", d(2026, 5, 20))).toBe(d(2026, 7, 1));
    expect(nextReview("annual", d(2026, 5, 20))).toBe(d(2027, 1, 1));
  });

  it("follows an anchor date, before or after the start", () => {
    expect(nextReview("weekly", d(2026, 3, 10), d(2026, 1, 2))).toBe(d(2026, 3, 13));
    expect(nextReview("monthly", d(2026, 3, 10), d(2026, 6, 15))).toBe(d(2026, 3, 15));
    expect(nextReview("quarterly", d(2026, 3, 10), d(2025, 2, 10))).toBe(d(2026, 5, 10));
  });

  it("clamps an anchor on the 31st to shorter months, as EDATE does", () => {
    expect(nextReview("monthly", d(2026, 2, 1), d(2026, 1, 31))).toBe(d(2026, 2, 28));
    expect(nextReview("monthly", d(2026, 3, 1), d(2026, 1, 31))).toBe(d(2026, 3, 31));
  });

  it("understands French cadences, with or without accents and capitals", () => {
    expect(nextReview("Hebdomadaire", d(2026, 3, 10))).toBe(d(2026, 3, 16));
    expect(nextReview("mensuelle", d(2026, 3, 10))).toBe(d(2026, 4, 1));
    expect(nextReview(" TRIMESTRIEL ", d(2026, 3, 10))).toBe(d(2026, 4, 1));
    expect(nextReview("annuel", d(2026, 3, 10))).toBe(d(2027, 1, 1));
  });

  it("returns INVALID_ARGUMENT for an unknown cadence", () => {
    expect(nextReview("fortnightly", d(2026, 3, 10))).toMatchObject({ code: "INVALID_ARGUMENT" });
  });

  it("always returns the first review on or after the date", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("weekly", "monthly", "quarterly", "annual"),
        fc.integer({ min: 40_000, max: 50_000 }),
        fc.option(fc.integer({ min: 40_000, max: 50_000 }), { nil: undefined }),
        (cadence, from, anchor) => {
          const review = nextReview(cadence, from, anchor) as number;
          expect(review).toBeGreaterThanOrEqual(from);
          // the review before it is before the date
          const step = cadence === "weekly" ? -7 : undefined;
          if (step) expect(review + step).toBeLessThan(from);
          else
            expect(review - from).toBeLessThan(
              cadence === "monthly" ? 31 : cadence === "quarterly" ? 92 : 366
            );
        }
      )
    );
  });
});
