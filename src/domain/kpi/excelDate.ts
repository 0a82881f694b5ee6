// Excel stores dates as days since 1899-12-30, except that it believes 1900 was a leap year
// (serial 60 is the fictitious 1900-02-29, inherited from Lotus 1-2-3): serials below 61 are one
// day off from the true calendar, and the conversions below honour that.
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const FIRST_TRUE_SERIAL = 61;

export interface CalendarDate {
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
  readonly day: number;
}

/**
 * The calendar date of an Excel serial (its time of day is ignored).
 *
 * @example
 * serialToDate(46027) //=> { year: 2026, month: 1, day: 5 }
 */
export function serialToDate(serial: number): CalendarDate {
  const days = Math.floor(serial);
  const date = new Date(EPOCH_MS + (days < FIRST_TRUE_SERIAL ? days + 1 : days) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The Excel serial of a calendar date; months and days out of range roll over as in DATE().
 *
 * @example
 * dateToSerial(2026, 1, 5) //=> 46027
 */
export function dateToSerial(year: number, month: number, day: number): number {
  const days = Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / DAY_MS);
  return days < FIRST_TRUE_SERIAL ? days - 1 : days;
}

/**
 * EDATE: the same day `months` later (or earlier), clamped to the end of shorter months.
 *
 * @example
 * addMonths(dateToSerial(2026, 1, 31), 1) //=> serial of 2026-02-28
 */
export function addMonths(serial: number, months: number): number {
  const { year, month, day } = serialToDate(serial);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return dateToSerial(year, month + months, Math.min(day, lastDay));
}
