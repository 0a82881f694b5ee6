import fc from "fast-check";
import { goalPace } from "../../../src/domain/kpi/goalPace";
import { goalProgress } from "../../../src/domain/kpi/goalProgress";
import { goalProjection } from "../../../src/domain/kpi/goalProjection";
import { goalStatus } from "../../../src/domain/kpi/goalStatus";
import type { KpiContext } from "../../../src/domain/kpi/kpiDefinition";
import { dateToSerial } from "../../../src/domain/common/excelDate";

const start = dateToSerial(2026, 1, 1);
const deadline = dateToSerial(2026, 1, 31);
const midway = dateToSerial(2026, 1, 16);
const en: KpiContext = { today: midway, language: "en" };
const fr: KpiContext = { today: midway, language: "fr" };

describe("goalProgress", () => {
  it("is the share of the way from baseline to target", () => {
    expect(goalProgress(10000, 12000, 11000)).toBe(0.5);
  });

  it("works for goals that decrease", () => {
    expect(goalProgress(40, 30, 35)).toBe(0.5);
    expect(goalProgress(40, 30, 45)).toBe(-0.5);
  });

  it("exceeds 1 when the target is beaten", () => {
    expect(goalProgress(100, 200, 250)).toBe(1.5);
  });

  it("returns INVALID_ARGUMENT when the target equals the baseline", () => {
    expect(goalProgress(5, 5, 6)).toMatchObject({ code: "INVALID_ARGUMENT" });
  });
});

describe("goalPace", () => {
  it("follows a straight line from baseline to target", () => {
    expect(goalPace(10000, 12000, start, deadline, midway)).toBe(11000);
  });

  it("is the baseline before the start and the target after the deadline", () => {
    expect(goalPace(10000, 12000, start, deadline, start - 10)).toBe(10000);
    expect(goalPace(10000, 12000, start, deadline, deadline + 10)).toBe(12000);
  });

  it("steps from baseline to target on a one-day goal", () => {
    expect(goalPace(0, 10, start, start, start - 1)).toBe(0);
    expect(goalPace(0, 10, start, start, start)).toBe(10);
  });

  it("returns INVALID_ARGUMENT for a deadline before the start", () => {
    expect(goalPace(0, 10, deadline, start, midway)).toMatchObject({ code: "INVALID_ARGUMENT" });
  });

  it("never leaves the interval between baseline and target", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer(),
        fc.integer({ min: -100, max: 100 }),
        (baseline, target, offset) => {
          const pace = goalPace(baseline, target, start, deadline, midway + offset) as number;
          expect(pace).toBeGreaterThanOrEqual(Math.min(baseline, target) - 1e-6);
          expect(pace).toBeLessThanOrEqual(Math.max(baseline, target) + 1e-6);
        }
      )
    );
  });
});

describe("goalProjection", () => {
  it("extends the pace so far to the deadline", () => {
    expect(goalProjection(10000, 10500, start, deadline, dateToSerial(2026, 1, 11))).toBeCloseTo(
      11500,
      9
    );
  });

  it("is the current value once the deadline has passed", () => {
    expect(goalProjection(10000, 10500, start, deadline, deadline + 5)).toBe(10500);
  });

  it("returns NOT_AVAILABLE before any time has passed", () => {
    expect(goalProjection(1, 2, start, deadline, start)).toMatchObject({ code: "NOT_AVAILABLE" });
  });
});

describe("goalStatus", () => {
  const status = (current: number, asOf: number, context = en) =>
    goalStatus(10000, 12000, current, start, deadline, asOf, context);

  it("is Not started before the start, even if the value already moved", () => {
    expect(status(12500, start - 1)).toBe("Not started");
  });

  it("is Achieved as soon as progress reaches 1, even after the deadline", () => {
    expect(status(12000, midway)).toBe("Achieved");
    expect(status(12000, deadline + 3)).toBe("Achieved");
  });

  it("is Missed after the deadline otherwise", () => {
    expect(status(11999, deadline + 1)).toBe("Missed");
  });

  it("is On track when progress keeps up with the time elapsed", () => {
    expect(status(11000, midway)).toBe("On track");
  });

  it("is At risk when behind by less than 0.1 and Behind beyond", () => {
    expect(status(10900, midway)).toBe("At risk");
    expect(status(10700, midway)).toBe("Behind");
  });

  it("speaks French to a French Excel", () => {
    expect(status(10900, midway, fr)).toBe("À risque");
    expect(status(11000, midway, fr)).toBe("En bonne voie");
  });

  it("handles goals that decrease", () => {
    expect(goalStatus(40, 30, 34, start, deadline, midway, en)).toBe("On track");
    expect(goalStatus(40, 30, 39, start, deadline, midway, en)).toBe("Behind");
  });
});
