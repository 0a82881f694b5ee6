import fc from "fast-check";
import { progressFraction } from "../../src/domain/progress";

describe("progress", () => {
  it("is the share of the phase done, between 0 and 1", () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom("parse", "write"), (a, b, phase) => {
        const [done, total] = a <= b ? [a, b] : [b, a];
        fc.pre(total > 0);
        expect(progressFraction({ phase, done, total })).toBeCloseTo(done / total, 12);
      })
    );
  });

  it("counts a phase with nothing to do as complete", () => {
    expect(progressFraction({ phase: "write", done: 0, total: 0 })).toBe(1);
  });

  it("stays within 0 and 1 when a count overshoots", () => {
    expect(progressFraction({ phase: "parse", done: 12, total: 10 })).toBe(1);
    expect(progressFraction({ phase: "parse", done: -1, total: 10 })).toBe(0);
  });
});
