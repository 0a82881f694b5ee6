import { addMonths, dateToSerial, serialToDate } from "../common/excelDate";
import { foldText } from "./foldText";
import type { KpiFunction } from "./kpiDefinition";
import { kpiError, type KpiResult } from "./kpiError";
import { param } from "./param";

export type Cadence = { readonly days: 7 } | { readonly months: 1 | 3 | 12 };

/** Cadence names as people type them, in English and French (folded: no accents, lower case). */
export const cadences: Readonly<Record<string, Cadence>> = {
  weekly: { days: 7 },
  hebdomadaire: { days: 7 },
  monthly: { months: 1 },
  mensuel: { months: 1 },
  mensuelle: { months: 1 },
  quarterly: { months: 3 },
  trimestriel: { months: 3 },
  trimestrielle: { months: 3 },
  annual: { months: 12 },
  annuel: { months: 12 },
  annuelle: { months: 12 },
};

// Without an anchor, weeks start on Monday and months, quarters and years on 1 January's grid.
export const A_MONDAY = dateToSerial(2026, 1, 5);
export const A_FIRST_OF_JANUARY = dateToSerial(2026, 1, 1);

/**
 * The first review date on or after `fromDate` for a review cadence. Reviews fall on the anchor
 * plus a whole number of periods (month ends clamp, as EDATE does: an anchor on the 31st reviews
 * on 28 or 29 February); without an anchor, weekly reviews are on Mondays and the others on the
 * first day of the month, quarter or year.
 *
 * @example
 * nextReview("monthly", dateToSerial(2026, 3, 10))   //=> serial of 2026-04-01
 * nextReview("weekly", dateToSerial(2026, 3, 10))    //=> serial of 2026-03-16 (a Monday)
 */
export function nextReview(cadence: string, fromDate: number, anchorDate?: number): KpiResult {
  const period = cadences[foldText(cadence).trim()];
  if (!period) {
    return kpiError("INVALID_ARGUMENT", {
      en: `Unknown cadence "${cadence}": use weekly, monthly, quarterly or annual (hebdomadaire, mensuel, trimestriel, annuel).`,
      fr: `Cadence inconnue « ${cadence} » : utilisez hebdomadaire, mensuel, trimestriel ou annuel (weekly, monthly, quarterly, annual).`,
    });
  }
  const from = Math.floor(fromDate);
  if ("days" in period) {
    const anchor = Math.floor(anchorDate ?? A_MONDAY);
    return from + ((((anchor - from) % period.days) + period.days) % period.days);
  }
  const anchor = Math.floor(anchorDate ?? A_FIRST_OF_JANUARY);
  const a = serialToDate(anchor);
  const f = serialToDate(from);
  const monthsApart = (f.year - a.year) * 12 + (f.month - a.month);
  const k = Math.floor(monthsApart / period.months);
  const candidate = addMonths(anchor, k * period.months);
  return candidate >= from ? candidate : addMonths(anchor, (k + 1) * period.months);
}

export const nextReviewKpi: KpiFunction = {
  id: "NEXT_REVIEW",
  params: [
    param("text", "cadence", "cadence"),
    param("date", "from_date", "a_partir_du"),
    param("date", "anchor_date", "date_reference", { optional: true }),
  ],
  compute: nextReview,
};
