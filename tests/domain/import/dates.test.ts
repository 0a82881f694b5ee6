import fc from "fast-check";
import {
  type DateParts,
  fromExcelSerial,
  inferDateOrder,
  monthFromName,
  parseDate,
  placeYearlessDates,
  toIsoDate,
} from "../../../src/domain/import/dates";

const iso = (raw: string, order: "mdy" | "dmy" = "mdy"): string | null => {
  const date = parseDate(raw, order);
  return date && date.year !== null ? toIsoDate({ ...date, year: date.year }) : null;
};

// Date formats observed in real exports (docs/import-formats.md §2.11), with where each was seen.
const formats: ReadonlyArray<{
  input: string;
  order?: "mdy" | "dmy";
  expected: string;
  notes: string;
}> = [
  { input: "1/1/2014", expected: "2014-01-01", notes: "M/D/YYYY, classic Facebook page CSV" },
  {
    input: "02/19/2014 04:29:18 AM",
    expected: "2014-02-19T04:29",
    notes: "classic Facebook post CSV",
  },
  { input: "02/18/2014 12:58:24 PM", expected: "2014-02-18T12:58", notes: "12 PM stays 12" },
  { input: "02/18/2014 12:05:00 AM", expected: "2014-02-18T00:05", notes: "12 AM is midnight" },
  { input: "04/02/2024 04:32", expected: "2024-04-02T04:32", notes: "MM/DD/YYYY HH:MM, MBS" },
  {
    input: "2016-12-23 18:50 +0000",
    expected: "2016-12-23T18:50",
    notes: "X legacy, kept as written",
  },
  { input: "Sat, Aug 22, 2026", expected: "2026-08-22", notes: "x.com content export" },
  { input: "2025-01-01T01:00:00", expected: "2025-01-01T01:00", notes: "MBS daily series" },
  { input: "20250101", expected: "2025-01-01", notes: "GA4 YYYYMMDD" },
  { input: "Mar 30, 2023", expected: "2023-03-30", notes: "YouTube publish time" },
  { input: "2025-10-31", expected: "2025-10-31", notes: "ISO" },
  { input: "2025/10/31 18:19:10", expected: "2025-10-31T18:19", notes: "TikTok business" },
  { input: "17-09-14", order: "dmy", expected: "2014-09-17", notes: "dd-mm-yy, UA Dutch" },
  { input: "16/04/2015", order: "dmy", expected: "2015-04-16", notes: "UA UK day index" },
  { input: "27-Apr-23", expected: "2023-04-27", notes: "Excel re-save" },
  { input: "3/18/2025 2:39", expected: "2025-03-18T02:39", notes: "Excel re-save" },
  { input: "03/15/2024 10:05 am", expected: "2024-03-15T10:05", notes: "Sprout Social" },
  {
    input: "2020-09-22T07:07:36.000",
    expected: "2020-09-22T07:07",
    notes: "SpreadsheetML DateTime",
  },
  { input: "43924", expected: "2020-04-03", notes: "Excel serial left by a re-save" },
  { input: "2025年9月13日", expected: "2025-09-13", notes: "CJK with year" },
  { input: "2026년 8월 22일", expected: "2026-08-22", notes: "Korean UI" },
  { input: "2026년 8월 22일 (토)", expected: "2026-08-22", notes: "Korean UI with weekday" },
  { input: "2026. 8. 22.", expected: "2026-08-22", notes: "Korean numeric" },
  { input: "22. August 2026", expected: "2026-08-22", notes: "German UI" },
];

describe("parseDate", () => {
  it.each(formats)("reads $input ($notes) as $expected", ({ input, order, expected }) => {
    expect(iso(input, order ?? "mdy")).toBe(expected);
  });

  it.each([
    ["February 28", 2, 28],
    ["Feb 28", 2, 28],
    ["18 января", 1, 18],
    ["18 tháng Tám", 8, 18],
    ["9月13日", 9, 13],
    ["13 févr.", 2, 13],
  ] as const)("reads the year-less %p as month %p, day %p, year unknown", (raw, month, day) => {
    expect(parseDate(raw, "mdy")).toEqual({ year: null, month, day, hour: null, minute: null });
  });

  it.each(["Lifetime", "", "2025-02-30", "13/13/2025", "Dec 14 - Dec 20", "hello world", "99999"])(
    "gives null for %p, which is no date",
    (raw) => {
      expect(parseDate(raw, "mdy")).toBeNull();
    }
  );
});

// The numeric shapes of large exports are read without regular expressions; these are the
// regular expressions they must agree with, for any text made of a date's characters.
const ISO_SHAPE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?$/;
const SLASH_SHAPE =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*([AaPp][Mm])?)?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** What a numeric date means, by the rules of the formats table: null when it is no date. */
function expectedParts(text: string, order: "mdy" | "dmy"): DateParts | null | "other" {
  const iso = ISO_SHAPE.exec(text);
  const slash = iso ? null : SLASH_SHAPE.exec(text);
  const match = iso ?? slash;
  if (!match) return "other";
  const n = (index: number) => (match[index] === undefined ? null : Number(match[index]));
  let [year, month, day] = [n(1) ?? 0, n(2) ?? 0, n(3) ?? 0];
  if (slash) {
    [month, day, year] =
      order === "mdy" ? [n(1) ?? 0, n(2) ?? 0, n(3) ?? 0] : [n(2) ?? 0, n(1) ?? 0, n(3) ?? 0];
    if ((match[3] ?? "").length === 2) year += year >= 70 ? 1900 : 2000;
  }
  let hour = n(4);
  const meridiem = slash ? match[6] : undefined;
  if (hour !== null && meridiem) hour = (hour % 12) + (meridiem.toLowerCase() === "pm" ? 12 : 0);
  const minute = n(5);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour !== null && (hour > 23 || minute === null || minute > 59)) return null;
  return { year, month, day, hour, minute };
}

describe("parseDate on numeric dates", () => {
  const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, "0"));
  const someDigits = fc.integer({ min: 0, max: 99 }).map(String);
  const year = fc.integer({ min: 1900, max: 2100 }).map(String);
  const seconds = fc.option(
    twoDigits.map((s) => `:${s}`),
    { nil: "" }
  );
  const isoDate = fc
    .tuple(
      year,
      twoDigits,
      twoDigits,
      fc.option(fc.tuple(fc.constantFrom("T", " "), twoDigits, twoDigits, seconds))
    )
    .map(
      ([y, m, d, time]) =>
        `${y}-${m}-${d}${time ? `${time[0]}${time[1]}:${time[2]}${time[3]}` : ""}`
    );
  const slashDate = fc
    .tuple(
      someDigits,
      someDigits,
      fc.oneof(year, twoDigits),
      fc.option(fc.tuple(someDigits, twoDigits, seconds))
    )
    .map(([a, b, y, time]) => `${a}/${b}/${y}${time ? ` ${time[0]}:${time[1]}${time[2]}` : ""}`);
  // Near misses: any text of a date's characters, and dates with a character changed.
  const nearMiss = fc.oneof(
    fc.string({ unit: fc.constantFrom(..."0123456789/-: T.APM"), maxLength: 22 }),
    fc
      .tuple(fc.oneof(isoDate, slashDate), fc.nat(), fc.constantFrom(..."0123456789/-: T.xAM"))
      .map(
        ([text, at, char]) =>
          text.slice(0, at % (text.length + 1)) + char + text.slice((at % (text.length + 1)) + 1)
      )
  );

  it("reads every ISO and slashed date as the formats table says, whatever the order", () => {
    fc.assert(
      fc.property(
        fc.oneof(isoDate, slashDate, nearMiss),
        fc.constantFrom("mdy" as const, "dmy" as const),
        (text, order) => {
          const expected = expectedParts(text.trim(), order);
          // Other text is for the other formats, tested above.
          if (expected !== "other") expect(parseDate(text, order)).toEqual(expected);
        }
      ),
      { numRuns: 3000 }
    );
  });

  it("writes every date as zero-padded ISO, with the time only when asked and known", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))),
        fc.boolean(),
        (year, month, day, time, withTime) => {
          const [hour, minute] = time ?? [null, null];
          const pad = (n: number, width = 2) => String(n).padStart(width, "0");
          const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          const expected =
            withTime && hour !== null ? `${date}T${pad(hour)}:${pad(minute ?? 0)}` : date;
          expect(toIsoDate({ year, month, day, hour, minute }, withTime)).toBe(expected);
        }
      )
    );
  });
});

describe("inferDateOrder", () => {
  it("proves day-first from a first number above 12", () => {
    expect(inferDateOrder(["01/04/2015", "16/04/2015"], "mdy")).toBe("dmy");
  });

  it("proves month-first from a second number above 12", () => {
    expect(inferDateOrder(["04/16/2015"], "dmy")).toBe("mdy");
  });

  it("keeps the fallback without proof", () => {
    expect(inferDateOrder(["01/02/2015", "Lifetime"], "dmy")).toBe("dmy");
  });
});

describe("monthFromName", () => {
  it.each([
    ["Aug", 8],
    ["août", 8],
    ["März", 3],
    ["mayo", 5],
    ["gennaio", 1],
    ["декабря", 12],
    ["tháng Mười Hai", 12],
    ["xyz", 0],
  ] as const)("reads %p as month %p", (name, month) => {
    expect(monthFromName(name)).toBe(month);
  });
});

describe("fromExcelSerial", () => {
  it("computes dates without time-zone shift, seconds dropped not rounded up", () => {
    expect(fromExcelSerial(45658)).toEqual({
      year: 2025,
      month: 1,
      day: 1,
      hour: null,
      minute: null,
    });
    expect(fromExcelSerial(44096 + (7 * 3600 + 7 * 60 + 36) / 86400)).toEqual({
      year: 2020,
      month: 9,
      day: 22,
      hour: 7,
      minute: 7,
    });
  });

  it("follows Excel's calendar: the phantom 1900-02-29, and float noise before midnight is midnight", () => {
    expect(fromExcelSerial(60)).toMatchObject({ year: 1900, month: 2, day: 29 });
    expect(fromExcelSerial(45658.99999999)).toEqual({
      year: 2025,
      month: 1,
      day: 2,
      hour: null,
      minute: null,
    });
  });
});

describe("placeYearlessDates", () => {
  const md = (month: number, day: number): DateParts => ({
    year: null,
    month,
    day,
    hour: null,
    minute: null,
  });
  const anchor = { year: 2026, month: 2, day: 28, hour: null, minute: null };
  const isoOf = (dates: ReturnType<typeof placeYearlessDates>) =>
    dates.map((date) => (date ? toIsoDate(date) : null));

  it("places an oldest-first series ending on the anchor across the new year", () => {
    const series = [md(2, 28), md(3, 1), md(12, 31), md(1, 1), md(2, 27)];
    expect(isoOf(placeYearlessDates(series, anchor))).toEqual([
      "2025-02-28",
      "2025-03-01",
      "2025-12-31",
      "2026-01-01",
      "2026-02-27",
    ]);
  });

  it("places a newest-first series", () => {
    expect(isoOf(placeYearlessDates([md(1, 2), md(1, 1), md(12, 31)], anchor))).toEqual([
      "2026-01-02",
      "2026-01-01",
      "2025-12-31",
    ]);
  });

  it("places dates that are no series each on or before the anchor", () => {
    expect(isoOf(placeYearlessDates([md(7, 16), md(2, 27), md(12, 30)], anchor, false))).toEqual([
      "2025-07-16",
      "2026-02-27",
      "2025-12-30",
    ]);
  });

  it("keeps empty cells empty and dates with a year as they are", () => {
    const dated = { year: 2020, month: 5, day: 5, hour: null, minute: null };
    expect(isoOf(placeYearlessDates([null, dated], anchor))).toEqual([null, "2020-05-05"]);
  });

  it("puts February 29 in the latest leap year", () => {
    expect(isoOf(placeYearlessDates([md(2, 29)], anchor))).toEqual(["2024-02-29"]);
  });
});
