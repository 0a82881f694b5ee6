import type { Language } from "../common/language";
import { PLATFORM_NAMES } from "../import/platformNames";
import type { InputCellSpec, SheetSpec } from "../templates/sheetSpec";
import {
  DEFAULT_GOAL_ROWS,
  FIRST_GOAL_ROW,
  GOAL_COLUMNS,
  GOAL_INPUT_COLUMNS,
  GOALS_HEADER_ROW,
  goalMetricNames,
  goalsSheetLanguage,
} from "../templates/goals";
import type { WorkbookCell } from "../workbook/workbookCell";
import type { SmartGoal } from "./smartGoal";

/** 0-based index of a column letter within A:L, the columns a goal row is read from. */
const index = (column: string): number => column.charCodeAt(0) - 65;
const CURRENT = index(GOAL_COLUMNS.current);

/** Where a new goal goes on an existing goals sheet. */
export interface GoalRowPlan {
  /** The sheet row (1-based) the goal is written to. */
  readonly row: number;
  /**
   * Set when every goal row is taken: the sheet is applied again with this many goal rows, the
   * goal in the first new one, so the new rows get their formulas, rules and chart.
   */
  readonly growTo?: number;
  /** The language the sheet was generated in, when its headings still say. */
  readonly language?: Language;
}

/**
 * Finds the row for a new goal from the goals sheet's columns A:L as Excel gives their
 * `formulas` (`top` is the 0-based sheet row of the first line): the first goal row — one whose
 * current-value cell holds the template's formula — with all its input cells empty. A row with
 * anything typed in it is never chosen, so no goal is overwritten. When every goal row is taken,
 * the goal goes to the first empty row below them and the sheet grows by {@link DEFAULT_GOAL_ROWS}.
 *
 * @example
 * planGoalRow(formulasOfAtoL, 0) //=> { row: 7, language: "en" }
 */
export function planGoalRow(formulas: readonly (readonly unknown[])[], top: number): GoalRowPlan {
  const line = (row: number) => formulas[row - 1 - top];
  const language = goalsSheetLanguage(line(GOALS_HEADER_ROW)?.[index(GOAL_COLUMNS.goal)]);
  const withLanguage = language ? { language } : {};
  const isEmpty = (row: number) =>
    GOAL_INPUT_COLUMNS.every((column) => (line(row)?.[index(column)] ?? "") === "");
  const isGoalRow = (row: number) => {
    const formula = line(row)?.[CURRENT];
    return typeof formula === "string" && formula.startsWith("=");
  };

  let row = FIRST_GOAL_ROW;
  for (; isGoalRow(row); row++) if (isEmpty(row)) return { row, ...withLanguage };
  const goalRows = row - FIRST_GOAL_ROW;
  while (!isEmpty(row)) row++;
  return {
    row,
    growTo: Math.max(goalRows + DEFAULT_GOAL_ROWS, row - FIRST_GOAL_ROW + 1),
    ...withLanguage,
  };
}

/**
 * A goal as the input cells of its row, A to K, the KPI by its name in the sheet's language
 * (what the sheet's drop-down and formulas know it by) and the platform by its name.
 *
 * @example
 * goalRowValues(goal, "fr")[1] //=> "TAUX_ENGAGEMENT"
 */
export function goalRowValues(goal: SmartGoal, language: Language): WorkbookCell[] {
  const byColumn: Record<(typeof GOAL_INPUT_COLUMNS)[number], WorkbookCell> = {
    [GOAL_COLUMNS.goal]: goal.specific,
    [GOAL_COLUMNS.kpi]: goalMetricNames(language)[goal.metric] ?? goal.metric,
    [GOAL_COLUMNS.platform]: goal.platform ? PLATFORM_NAMES[goal.platform] : "",
    [GOAL_COLUMNS.owner]: goal.owner,
    [GOAL_COLUMNS.relevant]: goal.relevantTo,
    [GOAL_COLUMNS.achievable]: goal.achievableNote,
    [GOAL_COLUMNS.baseline]: goal.baseline,
    [GOAL_COLUMNS.target]: goal.target,
    [GOAL_COLUMNS.start]: goal.start,
    [GOAL_COLUMNS.deadline]: goal.deadline,
    [GOAL_COLUMNS.typed]: goal.current ?? "",
  };
  return GOAL_INPUT_COLUMNS.map((column) => byColumn[column]);
}

/** The input cells of a goal row, `A7:K7`: where {@link goalRowValues} are written. */
export const goalRowRange = (row: number): string =>
  `${GOAL_COLUMNS.goal}${row}:${GOAL_COLUMNS.typed}${row}`;

/**
 * The goals sheet with a goal as the initial content of row `row`'s input cells: applying it
 * writes the goal where that row is new, and keeps whatever a user typed everywhere else.
 */
export function withGoalAt(
  spec: SheetSpec,
  row: number,
  values: readonly WorkbookCell[]
): SheetSpec {
  const initials = new Map(
    GOAL_INPUT_COLUMNS.map((column, i) => [`${column}${row}`, values[i] ?? ""])
  );
  const inputs = (spec.inputs ?? []).map((input): InputCellSpec => ({
    ...input,
    initial: initials.get(input.at) ?? input.initial,
  }));
  return { ...spec, inputs };
}
