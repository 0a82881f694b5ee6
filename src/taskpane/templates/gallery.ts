import type { Language } from "../../domain/common/language";
import { BUDGET_TEMPLATE_ID, budgetTemplate } from "../../domain/templates/budget";
import { CADENCE_TEMPLATE_ID, cadenceTemplate } from "../../domain/templates/cadence";
import {
  CONTENT_TEMPLATE_ID,
  contentTemplate,
  DEFAULT_GROUP_ROWS,
} from "../../domain/templates/content";
import { DASHBOARD_TEMPLATE_ID, dashboardTemplate } from "../../domain/templates/dashboard";
import { DEFAULT_GOAL_ROWS, GOALS_TEMPLATE_ID, goalsTemplate } from "../../domain/templates/goals";
import type { TemplateBuilder } from "../../office/host";

/**
 * The templates the pane offers, in the gallery's order, keyed by the id each one's sheet is
 * remembered under: a card's template is the one `readAppliedTemplates` reports under that id.
 * `rows` is the row count chosen in the pane, for the builders that take one.
 */
const BUILDERS = {
  [DASHBOARD_TEMPLATE_ID]: (language) => (tables) => dashboardTemplate(tables, language),
  [GOALS_TEMPLATE_ID]: (language, rows) => (tables) => goalsTemplate(tables, language, { rows }),
  [CADENCE_TEMPLATE_ID]: (language) => (tables) => cadenceTemplate(tables, language),
  [BUDGET_TEMPLATE_ID]: (language) => (tables) => budgetTemplate(tables, language),
  [CONTENT_TEMPLATE_ID]: (language, rows) => (tables) =>
    contentTemplate(tables, language, { groupRows: rows }),
} as const satisfies Readonly<
  Record<string, (language: Language, rows: number | undefined) => TemplateBuilder>
>;

export type TemplateId = keyof typeof BUILDERS;

export const TEMPLATE_IDS = Object.keys(BUILDERS) as readonly TemplateId[];

/** How many rows a template's table offers, for the templates whose builder takes it. */
export interface RowOption {
  readonly initial: number;
  readonly min: number;
  readonly max: number;
}

// The maximums keep one template's write well inside Excel on the web's 5 MB request limit (a
// goal row weighs about 13 KB); the other templates take their choices in the sheet's cells.
const ROWS = {
  [GOALS_TEMPLATE_ID]: { initial: DEFAULT_GOAL_ROWS, min: 1, max: 100 },
  [CONTENT_TEMPLATE_ID]: { initial: DEFAULT_GROUP_ROWS, min: 1, max: 50 },
} as const satisfies Readonly<Partial<Record<TemplateId, RowOption>>>;

export type RowsTemplateId = keyof typeof ROWS;

export const ROW_OPTIONS: Readonly<Record<RowsTemplateId, RowOption>> = ROWS;

export const hasRows = (id: TemplateId): id is RowsTemplateId => id in ROWS;

/**
 * A row count as typed in the pane: a whole number within the option's bounds, else undefined.
 *
 * @example
 * parseRows(" 12 ", { initial: 20, min: 1, max: 100 }) //=> 12
 * parseRows("2.5", { initial: 20, min: 1, max: 100 }) //=> undefined
 */
export function parseRows(typed: string, { min, max }: RowOption): number | undefined {
  const trimmed = typed.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const rows = Number(trimmed);
  return rows >= min && rows <= max ? rows : undefined;
}

/**
 * A template's builder in a language, with the row count chosen in the pane (undefined for the
 * templates that take none); the host calls it with the tables' current names.
 *
 * @example
 * await host.applyTemplate(templateBuilder("goals", "fr", 5)); // "Objectifs", 5 goal rows
 */
export const templateBuilder = (
  id: TemplateId,
  language: Language,
  rows: number | undefined
): TemplateBuilder => BUILDERS[id](language, rows);
