import { dateToSerial, serialToDateTime } from "../common/excelDate";

/**
 * Dates as exports write them, to ISO `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`: the local time as
 * exported, never shifted (no Date object, no time zone is involved anywhere).
 */

/** Whether `12/03/2025` is 3 December (US, Meta, LinkedIn) or 12 March (UK, Dutch UA). */
export type DateOrder = "mdy" | "dmy";

/** A parsed date; `year` is null for year-less dates (`February 28`) until placed. */
export interface DateParts {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
  readonly hour: number | null;
  readonly minute: number | null;
}

// Month names in the UI languages exports come in, lower-case, without the trailing dot.
// Each list is January..December; abbreviations are matched by prefix (3+ letters).
const MONTH_NAMES: readonly (readonly string[])[] = [
  [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ],
  [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  [
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
  ],
  [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
  ],
  [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
  ],
  [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
  ],
  [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  // Russian and Bulgarian month names inflect; the genitive ("18 января") is what dates use.
  [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
  ],
  [
    "януари",
    "февруари",
    "март",
    "април",
    "май",
    "юни",
    "юли",
    "август",
    "септември",
    "октомври",
    "ноември",
    "декември",
  ],
];

// Vietnamese spells months as "tháng" + an ordinal word (TikTok: "18 tháng Tám").
const VIETNAMESE_MONTHS = [
  "một",
  "hai",
  "ba",
  "tư",
  "năm",
  "sáu",
  "bảy",
  "tám",
  "chín",
  "mười",
  "mười một",
  "mười hai",
];

/**
 * The month (1–12) a name stands for, in any of the supported languages, or 0.
 *
 * @example
 * monthFromName("Aug") //=> 8
 * monthFromName("févr.") //=> 2
 * monthFromName("tháng Tám") //=> 8
 */
export function monthFromName(name: string): number {
  const word = name.trim().toLowerCase().replace(/\.$/, "");
  const vietnamese = /^tháng\s+(.+)$/.exec(word);
  if (vietnamese) {
    const ordinal = vietnamese[1] ?? "";
    const index = VIETNAMESE_MONTHS.indexOf(ordinal);
    return index !== -1
      ? index + 1
      : Number(ordinal) >= 1 && Number(ordinal) <= 12
        ? Number(ordinal)
        : 0;
  }
  if (word.length < 3) return 0;
  for (const names of MONTH_NAMES) {
    const exact = names.indexOf(word);
    if (exact !== -1) return exact + 1;
  }
  for (const names of MONTH_NAMES) {
    const index = names.findIndex((full) => full.startsWith(word));
    if (index !== -1) return index + 1;
  }
  return 0;
}

const daysInMonth = (year: number | null, month: number): number =>
  month === 2
    ? year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

function parts(
  year: number | null,
  month: number,
  day: number,
  hour: number | null = null,
  minute: number | null = null
): DateParts | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour !== null && (hour > 23 || minute === null || minute > 59)) return null;
  return { year, month, day, hour, minute };
}

/** Two-digit years: 70–99 are 19xx, the rest 20xx (exports start in the 2000s). */
const fullYear = (text: string): number => {
  const year = Number(text);
  return text.length === 2 ? (year >= 70 ? 1900 + year : 2000 + year) : year;
};

const to24h = (hour: number, meridiem: string | undefined): number => {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase() === "pm";
  return (hour % 12) + (pm ? 12 : 0);
};

/**
 * The date of an Excel serial number left in an export (fraction = time of day): seconds are
 * dropped, and a time of 00:00 is no time.
 *
 * @example
 * fromExcelSerial(45658) //=> { year: 2025, month: 1, day: 1, hour: null, minute: null }
 * fromExcelSerial(45658.75) //=> { year: 2025, month: 1, day: 1, hour: 18, minute: 0 }
 */
export function fromExcelSerial(serial: number): DateParts & { year: number } {
  const { year, month, day, hour, minute } = serialToDateTime(serial);
  const hasTime = hour > 0 || minute > 0;
  return { year, month, day, hour: hasTime ? hour : null, minute: hasTime ? minute : null };
}

type Reader = (match: RegExpExecArray, order: DateOrder) => DateParts | null;
const TIME = String.raw`(?:,?\s+(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*([AaPp][Mm])?)?`;
const num = (match: RegExpExecArray, index: number): number => Number(match[index] ?? "");
const hourOf = (match: RegExpExecArray, index: number): number | null =>
  match[index] === undefined ? null : to24h(num(match, index), match[index + 2]);
const minuteOf = (match: RegExpExecArray, index: number): number | null =>
  match[index] === undefined ? null : num(match, index);

// The formats observed in real exports (docs/import-formats.md §2.11), most frequent first.
const FORMATS: ReadonlyArray<readonly [RegExp, Reader]> = [
  // 2025-01-01, 2025-01-01T01:00:00, 2016-12-23 18:50 +0000, 2020-09-22T07:07:36.000
  [
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?$/,
    (m) =>
      parts(
        num(m, 1),
        num(m, 2),
        num(m, 3),
        m[4] === undefined ? null : num(m, 4),
        m[5] === undefined ? null : num(m, 5)
      ),
  ],
  // 04/02/2024 04:32, 02/19/2014 04:29:18 AM, 3/18/2025 2:39, 16/04/2015, 17-09-14, 03/15/2024 10:05 am
  [
    new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})${TIME}$`),
    (m, order) => {
      const [month, day] = order === "mdy" ? [num(m, 1), num(m, 2)] : [num(m, 2), num(m, 1)];
      return parts(fullYear(m[3] ?? ""), month, day, hourOf(m, 4), minuteOf(m, 5));
    },
  ],
  // 2025/10/31, 2025/10/31 18:19:10
  [
    new RegExp(String.raw`^(\d{4})/(\d{1,2})/(\d{1,2})${TIME}$`),
    (m) => parts(num(m, 1), num(m, 2), num(m, 3), hourOf(m, 4), minuteOf(m, 5)),
  ],
  // 20250101 (GA4)
  [/^(\d{4})(\d{2})(\d{2})$/, (m) => parts(num(m, 1), num(m, 2), num(m, 3))],
  // Sat, Aug 22, 2026 · Mar 30, 2023 · January 5 2025 10:00 AM
  [
    new RegExp(
      String.raw`^(?:\p{L}{2,}\.?,\s*)?(\p{L}{3,})\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}$`,
      "u"
    ),
    (m) => parts(num(m, 3), monthFromName(m[1] ?? ""), num(m, 2), hourOf(m, 4), minuteOf(m, 5)),
  ],
  // 27-Apr-23 (Excel re-save), 18 January 2025, 5 févr. 2025, 22. August 2026
  [
    /^(\d{1,2})\.?[-\s]+([\p{L}]{3,}\.?)[-\s,]+(\d{4}|\d{2})$/u,
    (m) => parts(fullYear(m[3] ?? ""), monthFromName(m[2] ?? ""), num(m, 1)),
  ],
  // February 28, Feb 28 (TikTok Studio: no year)
  [/^(\p{L}{3,}\.?)\s+(\d{1,2})$/u, (m) => parts(null, monthFromName(m[1] ?? ""), num(m, 2))],
  // 18 января, 18 tháng Tám, 13 févr.
  [/^(\d{1,2})\.?\s+(\p{L}[\p{L}. ]*)$/u, (m) => parts(null, monthFromName(m[2] ?? ""), num(m, 1))],
  // 9月13日 (Chinese, Japanese), 9월 13일 (Korean)
  [/^(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]$/, (m) => parts(null, num(m, 1), num(m, 2))],
  // 2025年9月13日, 2026년 8월 22일 (토) (Korean UI, a weekday may follow)
  [
    /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?:\s*\(\p{L}\))?$/u,
    (m) => parts(num(m, 1), num(m, 2), num(m, 3)),
  ],
  // 2026. 8. 22. (Korean numeric dates)
  [/^(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?$/, (m) => parts(num(m, 1), num(m, 2), num(m, 3))],
  // An Excel serial left in a date column by a re-save (1970–2119).
  [
    /^(\d{5})(?:\.\d+)?$/,
    (m) => (num(m, 1) >= 25569 && num(m, 1) < 80000 ? fromExcelSerial(Number(m[0])) : null),
  ],
];

/** The index in FORMATS of the last format that matched (a column repeats one format). */
let lastFormat = 0;

const ZERO = 48;
const DASH = 45;
const SLASH = 47;
const COLON = 58;
const SPACE = 32;
const LETTER_T = 84;

/** Whether `value` is a whole number from 0 to `max`, written with `max`'s digits when padded. */
const isDigits = (value: number | null, max: number): value is number =>
  value !== null && value >= 0 && value <= max && Math.floor(value) === value;
const tens = (value: number): number => ZERO + ((value / 10) | 0);
const ones = (value: number): number => ZERO + (value % 10);

/** The value of `length` digits of `text` from `at`, or -1 when one of them is not a digit. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    // NaN past the end of the text fails too.
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The two shapes that fill the date columns of large exports, read without a regular expression
 * (whose match arrays and captured substrings are most of a 100,000-row import's garbage):
 * `YYYY-MM-DD`, optionally with `[T ]HH:mm[:ss]`, and `M/D/YYYY`, optionally with ` H:mm[:ss]`.
 * They read as the first two FORMATS do; `undefined` for any other text, which the FORMATS read.
 */
function parseCommonDate(text: string, order: DateOrder): DateParts | null | undefined {
  const length = text.length;
  if (length >= 10 && text.charCodeAt(4) === DASH && text.charCodeAt(7) === DASH) {
    const year = digitsAt(text, 0, 4);
    const month = digitsAt(text, 5, 2);
    const day = digitsAt(text, 8, 2);
    if (year < 0 || month < 0 || day < 0) return undefined;
    if (length === 10) {
      lastFormat = 0;
      return parts(year, month, day);
    }
    const separator = text.charCodeAt(10);
    if (length !== 16 && length !== 19) return undefined;
    if ((separator !== LETTER_T && separator !== SPACE) || text.charCodeAt(13) !== COLON)
      return undefined;
    if (length === 19 && (text.charCodeAt(16) !== COLON || digitsAt(text, 17, 2) < 0)) {
      return undefined;
    }
    const hour = digitsAt(text, 11, 2);
    const minute = digitsAt(text, 14, 2);
    if (hour < 0 || minute < 0) return undefined;
    lastFormat = 0;
    return parts(year, month, day, hour, minute);
  }
  // M/D/YYYY or MM/DD/YYYY, then nothing or a space and H:mm or HH:mm, then nothing or :ss.
  const first = text.charCodeAt(1) === SLASH ? 1 : text.charCodeAt(2) === SLASH ? 2 : 0;
  if (first === 0) return undefined;
  const second =
    text.charCodeAt(first + 2) === SLASH
      ? first + 2
      : text.charCodeAt(first + 3) === SLASH
        ? first + 3
        : 0;
  if (second === 0) return undefined;
  const a = digitsAt(text, 0, first);
  const b = digitsAt(text, first + 1, second - first - 1);
  const year = digitsAt(text, second + 1, 4);
  if (a < 0 || b < 0 || year < 0) return undefined;
  const [month, day] = order === "mdy" ? [a, b] : [b, a];
  const dateEnd = second + 5;
  if (length === dateEnd) {
    lastFormat = 1;
    return parts(year, month, day);
  }
  if (text.charCodeAt(dateEnd) !== SPACE) return undefined;
  const colon =
    text.charCodeAt(dateEnd + 2) === COLON
      ? dateEnd + 2
      : text.charCodeAt(dateEnd + 3) === COLON
        ? dateEnd + 3
        : 0;
  if (colon === 0) return undefined;
  const end = colon + 3;
  if (length !== end && (length !== end + 3 || text.charCodeAt(end) !== COLON)) return undefined;
  if (length !== end && digitsAt(text, end + 1, 2) < 0) return undefined;
  const hour = digitsAt(text, dateEnd + 1, colon - dateEnd - 1);
  const minute = digitsAt(text, colon + 1, 2);
  if (hour < 0 || minute < 0) return undefined;
  lastFormat = 1;
  return parts(year, month, day, hour, minute);
}

/**
 * Reads a date cell in any of the observed export formats. Returns null for text that is not a
 * date; `year` is null when the export wrote none (see {@link placeYearlessDates}).
 *
 * @param raw - the cell
 * @param order - how to read all-numeric day/month dates ({@link inferDateOrder})
 *
 * @example
 * parseDate("02/19/2014 04:29:18 PM", "mdy") //=> { year: 2014, month: 2, day: 19, hour: 16, minute: 29 }
 * parseDate("Sat, Aug 22, 2026", "mdy") //=> { year: 2026, month: 8, day: 22, hour: null, minute: null }
 * parseDate("February 28", "mdy") //=> { year: null, month: 2, day: 28, hour: null, minute: null }
 */
export function parseDate(raw: string, order: DateOrder): DateParts | null {
  const text = raw.trim();
  const common = parseCommonDate(text, order);
  if (common !== undefined) return common;
  // A column repeats one format: the last one that matched is tried first.
  const [pattern, read] = FORMATS[lastFormat] ?? FORMATS[0] ?? [];
  const match = pattern?.exec(text);
  if (match && read) return read(match, order);
  for (let index = 0; index < FORMATS.length; index++) {
    const [pattern, read] = FORMATS[index] ?? [];
    const match = pattern?.exec(text);
    if (match && read) {
      lastFormat = index;
      return read(match, order);
    }
  }
  return null;
}

/**
 * Decides how to read all-numeric dates of a column: a first number above 12 (`16/04/2015`)
 * proves day-first, a second above 12 proves month-first; without proof, `fallback`.
 *
 * @example
 * inferDateOrder(["16/04/2015", "17/04/2015"], "mdy") //=> "dmy"
 * inferDateOrder(["04/02/2024 04:32"], "mdy") //=> "mdy"
 */
export function inferDateOrder(cells: Iterable<string>, fallback: DateOrder): DateOrder {
  for (const cell of cells) {
    const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/.exec(cell);
    if (!match) continue;
    if (Number(match[1]) > 12) return "dmy";
    if (Number(match[2]) > 12) return "mdy";
  }
  return fallback;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, "0"));
const pad = (value: number, width = 2): string =>
  width === 2 && value < 100 ? (TWO_DIGITS[value] ?? "") : String(value).padStart(width, "0");

/**
 * Formats parsed parts as ISO: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` with a time and `withTime`.
 *
 * @example
 * toIsoDate({ year: 2024, month: 4, day: 2, hour: 4, minute: 32 }) //=> "2024-04-02T04:32"
 * toIsoDate({ year: 2024, month: 4, day: 2, hour: 4, minute: 32 }, false) //=> "2024-04-02"
 */
export function toIsoDate(date: DateParts & { year: number }, withTime = true): string {
  const { year, month, day: dayOfMonth, hour } = date;
  const minute = date.minute ?? 0;
  if (isDigits(year, 9999) && isDigits(month, 99) && isDigits(dayOfMonth, 99)) {
    // One flat string: concatenating the parts leaves a chain of string pieces per date, which a
    // large import keeps for every record.
    const y1 = ZERO + ((year / 1000) | 0);
    const y2 = ZERO + (((year / 100) | 0) % 10);
    const y3 = ZERO + (((year / 10) | 0) % 10);
    const y4 = ZERO + (year % 10);
    const m1 = tens(month);
    const m2 = ones(month);
    const d1 = tens(dayOfMonth);
    const d2 = ones(dayOfMonth);
    if (!withTime || hour === null) {
      return String.fromCharCode(y1, y2, y3, y4, DASH, m1, m2, DASH, d1, d2);
    }
    if (isDigits(hour, 99) && isDigits(minute, 99)) {
      const h1 = tens(hour);
      const h2 = ones(hour);
      const n1 = tens(minute);
      const n2 = ones(minute);
      return String.fromCharCode(
        y1,
        y2,
        y3,
        y4,
        DASH,
        m1,
        m2,
        DASH,
        d1,
        d2,
        LETTER_T,
        h1,
        h2,
        COLON,
        n1,
        n2
      );
    }
  }
  const day = `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
  return withTime && date.hour !== null ? `${day}T${pad(date.hour)}:${pad(date.minute ?? 0)}` : day;
}

/** The latest year in which month/day falls on or before `limit`. */
function latestYearNotAfter(
  month: number,
  day: number,
  limit: DateParts & { year: number }
): number {
  const limitDay = dateToSerial(limit.year, limit.month, limit.day);
  for (let year = limit.year; year > limit.year - 8; year--) {
    if (day <= daysInMonth(year, month) && dateToSerial(year, month, day) <= limitDay) return year;
  }
  return limit.year - 1;
}

/**
 * Gives year-less dates (TikTok Studio writes `February 28`) their year. Dates are a sequence in
 * file order, newest first or oldest first (told by the first steps between them); the newest is
 * placed in the latest year that keeps it on or before `anchor` (the export date, or today), and
 * each older one in the latest year that keeps it on or before the one after it, so a 365-day
 * series running `February 28` … `February 27` crosses the new year correctly. Dates that are not a
 * series (post times in a list sorted by views) are each placed on or before `anchor` alone.
 *
 * @param dates - the column's dates in file order (null for empty cells); dates with a year are kept
 * @param anchor - the latest possible date
 * @param series - whether the dates are a day-by-day series (a daily export's key column)
 * @returns the same dates with years
 *
 * @example
 * // exported on 2026-02-28: "February 28" … "February 27" is 2025-02-28 … 2026-02-27
 * placeYearlessDates([feb28, mar1, …, feb27], { year: 2026, month: 2, day: 28, … })
 */
export function placeYearlessDates(
  dates: ReadonlyArray<DateParts | null>,
  anchor: DateParts & { year: number },
  series = true
): Array<(DateParts & { year: number }) | null> {
  const indices = dates.flatMap((date, index) => (date ? [index] : []));
  let steps = 0;
  for (let k = 1; k < Math.min(indices.length, 8); k++) {
    const a = dates[indices[k - 1] ?? 0];
    const b = dates[indices[k] ?? 0];
    if (!a || !b) continue;
    // Day-of-year difference modulo a year: small forward steps mean oldest-first.
    const diff =
      (dateToSerial(2001, b.month, Math.min(b.day, 28)) -
        dateToSerial(2001, a.month, Math.min(a.day, 28)) +
        365) %
      365;
    if (diff !== 0) steps += diff < 183 ? 1 : -1;
  }
  const newestFirst = steps < 0;
  const order = newestFirst ? indices : [...indices].reverse();
  const placed: Array<(DateParts & { year: number }) | null> = dates.map(() => null);
  let limit = anchor;
  for (const index of order) {
    const date = dates[index];
    if (!date) continue;
    const year = date.year ?? latestYearNotAfter(date.month, date.day, limit);
    const withYear = { ...date, year };
    placed[index] = withYear;
    if (series) limit = withYear;
  }
  return placed;
}
