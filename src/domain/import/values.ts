import { type DateOrder, type DateParts, parseDate, toIsoDate } from "./dates";
import {
  type DecimalSeparator,
  isMissing,
  parseDuration,
  parseNumber,
  parseShare,
  type ShareScale,
} from "./numbers";
import type { PlatformId } from "./schema";

/** One cell of an export as read: a value, `null` for "no value", or `undefined` for "not readable". */
export type ExportCell = string | number | null | undefined;

/** A numeric cell read: a number, `null` for "no value", or `undefined` for "not a number". */
export type NumericValue = number | null | undefined;

/**
 * Reads an id exactly as exported, only trimmed (YouTube writes ids that start with `-` after a
 * space); `null` when empty. A re-saved `1213499430137060.00` loses its `.00`, so the digits that
 * survived can still merge ({@link isReformattedId} tells the caller to warn).
 *
 * @example
 * readId(" -HHGH-TTqYM") //=> "-HHGH-TTqYM"
 * readId("1213499430137060.00") //=> "1213499430137060"
 */
export function readId(raw: string): string | null {
  const id = raw.trim();
  if (id === "") return null;
  return id.includes(".") && /^\d+\.0+$/.test(id) ? id.replace(/\.0+$/, "") : id;
}

/**
 * Whether a spreadsheet re-formatted a numeric id (`1.00E+14`, `1213499430137060.00`): Excel keeps
 * 15 significant digits, so the last digits of such ids may be lost.
 *
 * @example
 * isReformattedId("1.00E+14") //=> true
 * isReformattedId("1213499430137063") //=> false
 */
export function isReformattedId(raw: string): boolean {
  if (!raw.includes(".") && !raw.includes("E") && !raw.includes("e")) return false;
  return /^\s*\d+\.0+\s*$/.test(raw) || /^\s*\d(?:[.,]\d+)?E\+?\d+\s*$/i.test(raw);
}

/** Reads a count or amount; NaN becomes `undefined` (unreadable). */
export function readNumber(raw: string, decimal: DecimalSeparator): NumericValue {
  const value = parseNumber(raw, decimal);
  return value !== null && Number.isNaN(value) ? undefined : value;
}

/** Reads a duration in seconds (`0:03:11` or `34.9`). */
export function readSeconds(raw: string, decimal: DecimalSeparator): NumericValue {
  const value = parseDuration(raw, decimal);
  return value !== null && Number.isNaN(value) ? undefined : value;
}

/** Reads a share as a fraction 0–1. */
export function readShare(raw: string, scale: ShareScale, decimal: DecimalSeparator): NumericValue {
  const value = parseShare(raw, scale, decimal);
  return value !== null && Number.isNaN(value) ? undefined : value;
}

/**
 * Reads a date cell to ISO; `withTime` keeps the time of day when the export gave one.
 * Year-less dates are not readable here: the table reader places them first.
 *
 * @example
 * readDate("04/02/2024 04:32", "mdy", true) //=> "2024-04-02T04:32"
 * readDate("2025-01-01T01:00:00", "mdy", false) //=> "2025-01-01"
 */
export function readDate(raw: string, order: DateOrder, withTime: boolean): ExportCell {
  if (isMissing(raw)) return null;
  const date = parseDate(raw, order);
  if (!date || date.year === null) return undefined;
  return toIsoDate(date as DateParts & { year: number }, withTime);
}

const NETWORKS: ReadonlyArray<readonly [RegExp, PlatformId]> = [
  [/^facebook/i, "facebook"],
  [/^instagram/i, "instagram"],
  [/^(?:x|twitter)\b/i, "x"],
  [/^linkedin/i, "linkedin"],
  [/^tiktok/i, "tiktok"],
  [/^youtube/i, "youtube"],
];

/** The platform a network name stands for (`Instagram`, `Twitter`, `LinkedIn Page`…), if known. */
export function platformOfNetwork(name: string): PlatformId | null {
  return NETWORKS.find(([pattern]) => pattern.test(name.trim()))?.[1] ?? null;
}
