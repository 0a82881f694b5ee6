import { parseDate, toIsoDate } from "./dates";

export interface Period {
  readonly periodStart: string;
  readonly periodEnd: string;
}

// Date tokens of the names platforms give their exports: Meta `Jan-14-2025_Apr-14-2025_<id>.csv`,
// X `…_20161201_20170101_en.csv` and `account_analytics_content_2026-05-25_2026-08-22.csv`,
// classic Facebook `… - 2014-01-01 - 2014-02-27.csv`, UA `… 20150406-20150406.csv`.
const TOKEN = String.raw`(\d{4}-\d{2}-\d{2}|\d{8}|[A-Z][a-z]{2}-\d{2}-\d{4})`;
const PAIR = new RegExp(`(?:^|[^\\d])${TOKEN}\\s*[-_ ]+\\s*${TOKEN}(?:[^\\d]|$)`);

const isoOf = (token: string): string | null => {
  const date = parseDate(token.replace(/^([A-Z][a-z]{2})-(\d{2})-(\d{4})$/, "$1 $2, $3"), "mdy");
  return date && date.year !== null ? toIsoDate({ ...date, year: date.year }, false) : null;
};

/**
 * The reporting period a platform wrote into the file's name, when it did. Used only when the
 * content does not state it: it does not take part in recognising the format.
 *
 * @example
 * periodFromFileName("Jan-14-2025_Apr-14-2025_1396269028466733.csv")
 * //=> { periodStart: "2025-01-14", periodEnd: "2025-04-14" }
 * periodFromFileName("Follows.csv") //=> null
 */
export function periodFromFileName(name: string): Period | null {
  const match = PAIR.exec(name);
  if (!match) return null;
  const [start, end] = [isoOf(match[1] ?? ""), isoOf(match[2] ?? "")];
  return start && end && start <= end ? { periodStart: start, periodEnd: end } : null;
}
