import { valueError } from "../../common/nativeFormula";
import type { KpiReference } from "../kpiDefinition";
import { A_FIRST_OF_JANUARY, A_MONDAY, type Cadence, cadences } from "../nextReview";

const cadenceNames = (matches: (period: Cadence) => boolean): string[] =>
  Object.entries(cadences)
    .filter(([, period]) => matches(period))
    .map(([name]) => name);

/** `nextReview` (../nextReview.ts) as a native formula: EDATE on the anchor's grid, MOD for weeks. */
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

export const nextReviewReference: KpiReference = {
  frenchName: "PROCHAINE_REVUE",
  description: {
    en: "Next review date on or after a date, for a weekly, monthly, quarterly or annual cadence.",
    fr: "Prochaine date de revue à partir d'une date, pour une cadence hebdomadaire, mensuelle, trimestrielle ou annuelle.",
  },
  params: {
    cadence: {
      en: "weekly, monthly, quarterly or annual (or hebdomadaire, mensuel, trimestriel, annuel).",
      fr: "hebdomadaire, mensuel, trimestriel ou annuel (ou weekly, monthly, quarterly, annual).",
    },
    from_date: {
      en: "Date to look from: a date or a range.",
      fr: "Date de départ : une date ou une plage.",
    },
    anchor_date: {
      en: "A date reviews fall on (optional: Mondays, or the 1st of the month/quarter/year).",
      fr: "Une date de revue de référence (facultatif : le lundi, ou le 1er du mois/trimestre/année).",
    },
  },
  unit: "date",
  nativeFormula: ([cadence = '""', from = "0", anchor]) => nativeNextReview(cadence, from, anchor),
  example: { formula: '=KPI.NEXT_REVIEW("monthly", DATE(2026,3,10))', result: "2026-04-01" },
};
