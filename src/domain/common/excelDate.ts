/**
 * Excel's dates (the 1900 date system): a date is a serial number of days, a time of day its
 * fraction. Day 1 is 1900-01-01, but Excel believes 1900 was a leap year (inherited from Lotus
 * 1-2-3): serial 60 is the phantom 1900-02-29, so serials below 61 are one day off from a count
 * of true days, and from 61 (1900-03-01) on, a serial is the days since 1899-12-30. Everything
 * here follows Excel, phantom day included, with integer calendar arithmetic: no Date object,
 * so no time zone can shift a date.
 */

export interface CalendarDate {
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
  readonly day: number;
}

/** A date and a time of day, to the second. */
export interface CalendarDateTime extends CalendarDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const SECONDS_PER_DAY = 86_400;
const PHANTOM_LEAP_DAY = 60;
const FIRST_TRUE_SERIAL = 61;

// Days since 1970-01-01 of a civil date and back (Howard Hinnant's algorithms); `month` 1–12.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day 0 of the serials from 1900-03-01 on. */
const EPOCH = daysFromCivil(1899, 12, 30);

/**
 * The Excel serial of a date, as DATE(year, month, day): months and days out of range roll over,
 * through the phantom 1900-02-29 like Excel's.
 *
 * @example
 * dateToSerial(2026, 1, 5) //=> 46027
 * dateToSerial(1900, 2, 29) //=> 60
 * dateToSerial(2026, 13, 1) //=> 46388 (2027-01-01)
 */
export function dateToSerial(year: number, month: number, day: number): number {
  const months = year * 12 + month - 1;
  const firstDay =
    daysFromCivil(Math.floor(months / 12), (((months % 12) + 12) % 12) + 1, 1) - EPOCH;
  // The first of a month is never the phantom day; before March 1900 it is one day off.
  const first = firstDay < FIRST_TRUE_SERIAL ? firstDay - 1 : firstDay;
  return first + day - 1;
}

/**
 * The date of an Excel serial (its time of day is ignored), as YEAR, MONTH and DAY see it.
 *
 * @example
 * serialToDate(46027) //=> { year: 2026, month: 1, day: 5 }
 * serialToDate(60) //=> { year: 1900, month: 2, day: 29 }
 */
export function serialToDate(serial: number): CalendarDate {
  const days = Math.floor(serial);
  if (days === PHANTOM_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  return civilFromDays(EPOCH + (days < PHANTOM_LEAP_DAY ? days + 1 : days));
}

/**
 * The date and time of day of an Excel serial, rounded to the second: serials carry float noise,
 * and a time that rounds up to midnight is the next day's midnight.
 *
 * @example
 * serialToDateTime(46027.75) //=> { year: 2026, month: 1, day: 5, hour: 18, minute: 0, second: 0 }
 */
export function serialToDateTime(serial: number): CalendarDateTime {
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * SECONDS_PER_DAY);
  if (seconds === SECONDS_PER_DAY) {
    days += 1;
    seconds = 0;
  }
  return {
    ...serialToDate(days),
    hour: Math.floor(seconds / 3600),
    minute: Math.floor(seconds / 60) % 60,
    second: seconds % 60,
  };
}

/**
 * How many days a month has in Excel's calendar (29 for February 1900).
 *
 * @example
 * daysInMonth(2024, 2) //=> 29
 * daysInMonth(1900, 2) //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  return dateToSerial(year, month + 1, 1) - dateToSerial(year, month, 1);
}

/**
 * EDATE: the same day `months` later (or earlier), clamped to the end of shorter months.
 *
 * @example
 * addMonths(dateToSerial(2026, 1, 31), 1) //=> serial of 2026-02-28
 */
export function addMonths(serial: number, months: number): number {
  const { year, month, day } = serialToDate(serial);
  return dateToSerial(year, month + months, Math.min(day, daysInMonth(year, month + months)));
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The serial of an ISO date (`YYYY-MM-DD`) or date-time (`THH:mm`, `THH:mm:ss`, or a space for
 * the `T`), or undefined when the text is not one or is before 1900, where Excel has no dates.
 *
 * @example
 * isoToSerial("2026-01-05") //=> 46027
 * isoToSerial("2026-01-05T12:00") //=> 46027.5
 * isoToSerial("2026-02-30") //=> undefined
 */
export function isoToSerial(text: string): number | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = m
    .slice(1)
    .map((part) => Number(part ?? 0));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return dateToSerial(year, month, day) + (hour * 3600 + minute * 60 + second) / SECONDS_PER_DAY;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * The ISO text of a serial: `YYYY-MM-DD`, plus `THH:mm` (and `:ss` when not zero) when
 * `withTime` and the serial has a time of day.
 *
 * @example
 * serialToIso(46027.5, true) //=> "2026-01-05T12:00"
 * serialToIso(46027.5, false) //=> "2026-01-05"
 */
export function serialToIso(serial: number, withTime: boolean): string {
  const { year, month, day, hour, minute, second } = serialToDateTime(serial);
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!withTime || hour + minute + second === 0) return date;
  const time = `${pad(hour)}:${pad(minute)}`;
  return second === 0 ? `${date}T${time}` : `${date}T${time}:${pad(second)}`;
}
