/** A number format for `rows` consecutive data rows of one column. */
export interface FormatRun {
  readonly column: number;
  readonly row: number;
  readonly rows: number;
  readonly format: string;
}

/** A column's format: fixed, chosen per record, or none (text keeps General). */
export type ColumnFormat<R> = string | ((record: R) => string) | undefined;

export interface FormatPlanInput<R> {
  /** Per column of ours, in spec order. */
  readonly formats: readonly ColumnFormat<R>[];
  /** Per column of ours, its position in the table. */
  readonly positions: readonly number[];
  /** Positions from here on are columns added by this import (empty until now in every row). */
  readonly firstNewColumn: number;
  /** The data rows this import appends, `to` excluded. */
  readonly appended: { readonly from: number; readonly to: number };
  /** Every row written (appended or updated) and the record it holds. */
  readonly written: readonly { readonly row: number; readonly record: R }[];
}

/** Runs of consecutive rows sharing a format, from (row, format) pairs in any order. */
function runsOf(column: number, cells: { row: number; format: string }[]): FormatRun[] {
  const runs: FormatRun[] = [];
  for (const { row, format } of [...cells].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.format === format && last.row + last.rows === row) {
      runs[runs.length - 1] = { ...last, rows: last.rows + 1 };
    } else {
      runs.push({ column, row, rows: 1, format });
    }
  }
  return runs;
}

/**
 * The number formats an import sets, once, after its values: a fixed format covers the appended
 * rows in one range per column (rows already in the table have it, and a user's reformatting of
 * them is kept) — or the whole column when the column is new; a per-record format (money in the
 * row's currency) covers every written row, in runs of equal formats.
 *
 * @example
 * planFormats({ formats: ["#,##0"], positions: [3], firstNewColumn: 9, appended: { from: 10, to: 15 }, written })
 * //=> [{ column: 3, row: 10, rows: 5, format: "#,##0" }]
 */
export function planFormats<R>(input: FormatPlanInput<R>): FormatRun[] {
  const { from, to } = input.appended;
  return input.formats.flatMap((format, j) => {
    const column = input.positions[j] ?? 0;
    if (typeof format === "string") {
      const start = column >= input.firstNewColumn ? 0 : from;
      return to > start ? [{ column, row: start, rows: to - start, format }] : [];
    }
    if (!format) return [];
    return runsOf(
      column,
      input.written.map((w) => ({ row: w.row, format: format(w.record) }))
    );
  });
}
