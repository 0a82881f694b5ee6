import fc from "fast-check";
import {
  addMonths,
  dateToSerial,
  daysInMonth,
  isoToSerial,
  serialToDate,
  serialToDateTime,
  serialToIso,
} from "../../../src/domain/common/excelDate";

const d = (year: number, month: number, day: number) => dateToSerial(year, month, day);

/** The last serial Excel shows as a date: 9999-12-31. */
const LAST_SERIAL = 2_958_465;
const DAY_MS = 86_400_000;

/** A day of Excel's calendar (1900-02-29 included), as year, month and day. */
const calendarDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => day <= daysInMonth(year, month));

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const isoDate = ({ year, month, day }: { year: number; month: number; day: number }) =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

describe("Excel serial dates", () => {
  it.each([
    [2026, 1, 5, 46027],
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 2, 29, 60],
    [1900, 3, 1, 61],
    [2000, 2, 29, 36585],
    [9999, 12, 31, LAST_SERIAL],
  ])("gives %d-%d-%d the serial %d, as Excel does", (year, month, day, serial) => {
    expect(dateToSerial(year, month, day)).toBe(serial);
    expect(serialToDate(serial)).toEqual({ year, month, day });
  });

  it("counts true days from 1899-12-30 from serial 61 on, and from 1899-12-31 below 60", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: LAST_SERIAL }), (serial) => {
        fc.pre(serial !== 60);
        const trueDays = serial < 60 ? serial + 1 : serial;
        const expected = new Date(Date.UTC(1899, 11, 30) + trueDays * DAY_MS);
        expect(serialToIso(serial, false)).toBe(expected.toISOString().slice(0, 10));
      })
    );
  });

  it("has the phantom 1900-02-29 as serial 60, between February 28 and March 1", () => {
    expect(isoToSerial("1900-02-29")).toBe(60);
    expect(serialToIso(60, false)).toBe("1900-02-29");
    expect(daysInMonth(1900, 2)).toBe(29);
    expect(d(1900, 2, 30)).toBe(d(1900, 3, 1));
    expect(d(1900, 3, 0)).toBe(60);
  });

  it("round-trips every ISO date through its serial", () => {
    fc.assert(
      fc.property(calendarDate, (date) => {
        const serial = isoToSerial(isoDate(date));
        expect(serial).toBe(dateToSerial(date.year, date.month, date.day));
        expect(serialToIso(serial ?? Number.NaN, false)).toBe(isoDate(date));
      })
    );
  });

  it("round-trips every serial through its ISO date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: LAST_SERIAL }), (serial) => {
        expect(isoToSerial(serialToIso(serial, false))).toBe(serial);
      })
    );
  });

  it("round-trips ISO date-times, to the second", () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 1, max: 86_399 }), (date, seconds) => {
        const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
        const iso = `${isoDate(date)}T${pad(h)}:${pad(m)}${s === 0 ? "" : `:${pad(s)}`}`;
        expect(serialToIso(isoToSerial(iso) ?? Number.NaN, true)).toBe(iso);
      })
    );
  });

  it("orders serials as the dates they stand for", () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (a, b) => {
        const [serialA, serialB] = [d(a.year, a.month, a.day), d(b.year, b.month, b.day)];
        // ISO dates sort as text in calendar order.
        const [isoA, isoB] = [isoDate(a), isoDate(b)];
        expect(Math.sign(serialA - serialB)).toBe(isoA < isoB ? -1 : isoA > isoB ? 1 : 0);
      })
    );
  });

  it("gives each next day the next serial", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: LAST_SERIAL - 1 }), (serial) => {
        const { year, month, day } = serialToDate(serial);
        expect(d(year, month, day + 1)).toBe(serial + 1);
      })
    );
  });

  it("rolls months and days over as DATE() does", () => {
    expect(d(2026, 13, 1)).toBe(d(2027, 1, 1));
    expect(d(2026, 0, 1)).toBe(d(2025, 12, 1));
    expect(d(2026, 3, 0)).toBe(d(2026, 2, 28));
    expect(d(2026, 1, 32)).toBe(d(2026, 2, 1));
  });

  it("keeps text that is not an ISO date of Excel's calendar out", () => {
    for (const text of ["2026-02-30", "1899-12-31", "2026-01-05T24:00", "2026-1-5", "05/01/2026"])
      expect(isoToSerial(text)).toBeUndefined();
  });

  it("rounds a time to the second, a time that rounds to midnight being the next day", () => {
    expect(serialToDateTime(46027.75)).toEqual({
      year: 2026,
      month: 1,
      day: 5,
      hour: 18,
      minute: 0,
      second: 0,
    });
    expect(serialToIso(46027 + 36.4 / 86_400, true)).toBe("2026-01-05T00:00:36");
    expect(serialToIso(46027.999999999, true)).toBe("2026-01-06");
  });

  it("adds months like EDATE, clamping to the end of shorter months", () => {
    expect(addMonths(d(2026, 1, 31), 1)).toBe(d(2026, 2, 28));
    expect(addMonths(d(2024, 1, 31), 1)).toBe(d(2024, 2, 29));
    expect(addMonths(d(2026, 3, 31), -1)).toBe(d(2026, 2, 28));
    expect(addMonths(d(2026, 11, 15), 3)).toBe(d(2027, 2, 15));
    expect(addMonths(d(1900, 1, 31), 1)).toBe(60);
  });
});
