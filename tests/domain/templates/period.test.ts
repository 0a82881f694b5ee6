import fc from "fast-check";
import { dateToSerial, serialToIso } from "../../../src/domain/common/excelDate";
import { periodSets, readPeriod } from "../../../src/domain/templates/period";

/** Days from 1900-03-01 (past Excel's phantom leap day), far enough from 9999-12-31 to add ten years. */
const day = fc.integer({ min: dateToSerial(1900, 3, 1), max: dateToSerial(9979, 12, 31) });
const iso = (serial: number) => serialToIso(serial, false);

describe("reading a period from two typed dates", () => {
  it("makes a period of any two dates in order, each its whole day, one day included", () => {
    fc.assert(
      fc.property(day, fc.nat({ max: 3660 }), (start, length) => {
        const end = start + length;
        expect(readPeriod(iso(start), iso(end))).toEqual({
          kind: "period",
          period: { start, end },
        });
      })
    );
  });

  it("refuses an end before the start", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 3660 }), (end, gap) => {
        fc.pre(end - gap >= dateToSerial(1900, 3, 1));
        expect(readPeriod(iso(end), iso(end - gap))).toEqual({ kind: "endBeforeStart" });
      })
    );
  });

  it("drops a time of day, so the end day stays whole", () => {
    expect(readPeriod("2026-01-05T18:30", "2026-01-05 09:00")).toEqual({
      kind: "period",
      period: { start: dateToSerial(2026, 1, 5), end: dateToSerial(2026, 1, 5) },
    });
  });

  it("makes no period when both dates are blank, and says when only one is", () => {
    expect(readPeriod("", " ")).toEqual({ kind: "none" });
    expect(readPeriod("2026-01-05", "")).toEqual({ kind: "incomplete", missing: "end" });
    expect(readPeriod("", "2026-01-05")).toEqual({ kind: "incomplete", missing: "start" });
  });

  it("refuses what is not a date Excel has (no such day, before 1900, not ISO), saying which", () => {
    for (const [start, end, date] of [
      ["2026-02-30", "2026-03-01", "start"],
      ["1899-12-31", "2026-01-01", "start"],
      ["2026-01-05", "05/01/2026", "end"],
      ["yesterday", "today", "start"],
    ] as const) {
      expect(readPeriod(start, end)).toEqual({ kind: "invalid", date });
    }
  });
});

describe("a period's two input cells", () => {
  it("set nothing without a period, so the cells keep what they hold", () => {
    expect(periodSets(undefined)).toEqual([{}, {}]);
  });

  it("set the first and last day as whole-day serials", () => {
    fc.assert(
      fc.property(
        day,
        fc.nat({ max: 400 }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (start, length, time) => {
          expect(periodSets({ start: start + time, end: start + length + time })).toEqual([
            { set: start },
            { set: start + length },
          ]);
        }
      )
    );
  });
});
