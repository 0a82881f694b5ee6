import { addMonths, dateToSerial, serialToDate } from "../common/excelDate";
import { valueError } from "../common/nativeFormula";
import { foldText } from "./foldText";
import type { KpiDefinition } from "./kpiDefinition";
import { kpiError, type KpiResult } from "./kpiError";
import { param } from "./param";

type Cadence = { readonly days: 7 } | { readonly months: 1 | 3 | 12 };

/** Cadence names as people type them, in English and French (folded: no accents, lower case). */
const cadences: Readonly<Record<string, Cadence>> = {
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
const A_MONDAY = dateToSerial(2026, 1, 5);
const A_FIRST_OF_JANUARY = dateToSerial(2026, 1, 1);

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

const cadenceNames = (matches: (period: Cadence) => boolean): string[] =>
  Object.entries(cadences)
    .filter(([, period]) => matches(period))
    .map(([name]) => name);

/** {@link nextReview} as a native formula: EDATE on the anchor's grid, MOD for weeks. */
export function nativeNextReview(
  cadence: string,
  from: string,
  anchor: string | undefined
): string {
  const isOneOf = (names: string[]) =>
    `OR(${names.map((name) => `TRIM(${cadence})="${name}"`).join(",")})`;
  const anchorOr = (fallback: number) =>
    anchor ? `IF(${anchor}="",${fallback},${anchor})` : String(fallback);
  const everyMonths = (n: number) => {
    const a = anchorOr(A_FIRST_OF_JANUARY);
    const k = `INT(((YEAR(${from})-YEAR(${a}))*12+MONTH(${from})-MONTH(${a}))/${n})`;
    return `IF(EDATE(${a},${n}*${k})>=INT(${from}),EDATE(${a},${n}*${k}),EDATE(${a},${n}*(${k}+1)))`;
  };
  const weekly = `INT(${from})+MOD(${anchorOr(A_MONDAY)}-INT(${from}),7)`;
  const branches = [
    [isOneOf(cadenceNames((period) => "days" in period)), weekly],
    ...([1, 3, 12] as const).map((n) => [
      isOneOf(cadenceNames((period) => "months" in period && period.months === n)),
      everyMonths(n),
    ]),
  ];
  // An unknown cadence is #VALUE!, as in the custom function.
  return `=${branches.reduceRight((otherwise, [test, value]) => `IF(${test},${value},${otherwise})`, valueError("cadence"))}`;
}

export const nextReviewKpi: KpiDefinition = {
  id: "NEXT_REVIEW",
  name: { en: "NEXT_REVIEW", fr: "PROCHAINE_REVUE" },
  description: {
    en: "Next review date on or after a date, for a weekly, monthly, quarterly or annual cadence.",
    fr: "Prochaine date de revue à partir d'une date, pour une cadence hebdomadaire, mensuelle, trimestrielle ou annuelle.",
  },
  params: [
    param("text", "cadence", "cadence", [
      "weekly, monthly, quarterly or annual (or hebdomadaire, mensuel, trimestriel, annuel).",
      "hebdomadaire, mensuel, trimestriel ou annuel (ou weekly, monthly, quarterly, annual).",
    ]),
    param("date", "from_date", "a_partir_du", [
      "Date to look from: a date or a range.",
      "Date de départ : une date ou une plage.",
    ]),
    param(
      "date",
      "anchor_date",
      "date_reference",
      [
        "A date reviews fall on (optional: Mondays, or the 1st of the month/quarter/year).",
        "Une date de revue de référence (facultatif : le lundi, ou le 1er du mois/trimestre/année).",
      ],
      { optional: true }
    ),
  ],
  unit: "date",
  compute: nextReview,
  nativeFormula: ([cadence = '""', from = "0", anchor]) => nativeNextReview(cadence, from, anchor),
  example: { formula: '=KPI.NEXT_REVIEW("monthly", DATE(2026,3,10))', result: "2026-04-01" },
};
