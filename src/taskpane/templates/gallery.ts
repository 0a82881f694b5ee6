import type { Language } from "../../domain/common/language";
import { SOCIAL_PLATFORMS } from "../../domain/import/schema";
import { BUDGET_TEMPLATE_ID, budgetTemplate } from "../../domain/templates/budget";
import { CADENCE_TEMPLATE_ID, cadenceTemplate } from "../../domain/templates/cadence";
import {
  CONTENT_TEMPLATE_ID,
  contentTemplate,
  DEFAULT_GROUP_ROWS,
} from "../../domain/templates/content";
import {
  DASHBOARD_TEMPLATE_ID,
  type DashboardPlatform,
  dashboardTemplate,
} from "../../domain/templates/dashboard";
import { DEFAULT_GOAL_ROWS, GOALS_TEMPLATE_ID, goalsTemplate } from "../../domain/templates/goals";
import { type PeriodReading, readPeriod, type TemplatePeriod } from "../../domain/templates/period";
import type { TemplateBuilder } from "../../office/host";

/**
 * What the pane hands a template's builder. Each builder reads the choices it takes; one left
 * undefined leaves the sheet's cell as it is.
 */
export interface TemplateChoices {
  readonly rows?: number;
  readonly period?: TemplatePeriod;
  readonly platform?: DashboardPlatform;
  /** An ISO 4217 code. */
  readonly currency?: string;
}

/**
 * The templates the pane offers, in the gallery's order, keyed by the id each one's sheet is
 * remembered under: a card's template is the one `readAppliedTemplates` reports under that id.
 */
const BUILDERS = {
  [DASHBOARD_TEMPLATE_ID]:
    (language, { period, platform }) =>
    (tables) =>
      dashboardTemplate(tables, language, { period, platform }),
  [GOALS_TEMPLATE_ID]:
    (language, { rows }) =>
    (tables) =>
      goalsTemplate(tables, language, { rows }),
  [CADENCE_TEMPLATE_ID]: (language) => (tables) => cadenceTemplate(tables, language),
  [BUDGET_TEMPLATE_ID]:
    (language, { currency }) =>
    (tables) =>
      budgetTemplate(tables, language, { currency }),
  [CONTENT_TEMPLATE_ID]:
    (language, { rows, period }) =>
    (tables) =>
      contentTemplate(tables, language, { groupRows: rows, period }),
} as const satisfies Readonly<
  Record<string, (language: Language, choices: TemplateChoices) => TemplateBuilder>
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
// goal row weighs about 13 KB).
const ROWS = {
  [GOALS_TEMPLATE_ID]: { initial: DEFAULT_GOAL_ROWS, min: 1, max: 100 },
  [CONTENT_TEMPLATE_ID]: { initial: DEFAULT_GROUP_ROWS, min: 1, max: 50 },
} as const satisfies Readonly<Partial<Record<TemplateId, RowOption>>>;

export type RowsTemplateId = keyof typeof ROWS;

export const ROW_OPTIONS: Readonly<Record<RowsTemplateId, RowOption>> = ROWS;

export const hasRows = (id: TemplateId): id is RowsTemplateId => id in ROWS;

/** The templates whose period the pane can choose (both have a start and an end cell). */
export const hasPeriod = (id: TemplateId): boolean =>
  id === DASHBOARD_TEMPLATE_ID || id === CONTENT_TEMPLATE_ID;

/** The templates whose platform filter the pane can choose. */
export const hasPlatform = (id: TemplateId): boolean => id === DASHBOARD_TEMPLATE_ID;

/** The templates whose currency the pane can choose. */
export const hasCurrency = (id: TemplateId): boolean => id === BUDGET_TEMPLATE_ID;

/** The platforms the dashboard's filter offers, every platform first. */
export const PLATFORM_CHOICES = [
  "all",
  ...SOCIAL_PLATFORMS,
] as const satisfies readonly DashboardPlatform[];

/** The currencies the budget card offers, as ISO 4217 codes. */
export const CURRENCY_CHOICES = ["EUR", "USD", "GBP", "CHF", "CAD"] as const;
export type CurrencyChoice = (typeof CURRENCY_CHOICES)[number];

/**
 * A card's options as its fields hold them: text as typed, and `""` for a select left on
 * "as on the sheet" / "from the data".
 */
export interface TypedChoices {
  readonly rows: string;
  readonly start: string;
  readonly end: string;
  readonly platform: DashboardPlatform | "";
  readonly currency: CurrencyChoice | "";
}

/** A card's fields before the user touches them: every choice left to the sheet. */
export const initialTypedChoices = (id: TemplateId): TypedChoices => ({
  rows: hasRows(id) ? String(ROW_OPTIONS[id].initial) : "",
  start: "",
  end: "",
  platform: "",
  currency: "",
});

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

/** Why a card's options cannot be applied, by field. */
export interface ChoiceProblems {
  readonly rows?: true;
  readonly period?: Exclude<PeriodReading, { kind: "none" | "period" }>;
}

/** A card's typed options read: the builder's choices, or what stops them. */
export type ReadChoices =
  | { readonly ok: true; readonly choices: TemplateChoices }
  | { readonly ok: false; readonly problems: ChoiceProblems };

/**
 * The choices a card's fields make for its template; fields of options the template does not
 * take are ignored.
 *
 * @example
 * readChoices("dashboard", { ...initialTypedChoices("dashboard"), platform: "x" })
 * //=> { ok: true, choices: { platform: "x" } }
 */
export function readChoices(id: TemplateId, typed: TypedChoices): ReadChoices {
  let choices: TemplateChoices = {};
  let problems: ChoiceProblems = {};
  if (hasRows(id)) {
    const rows = parseRows(typed.rows, ROW_OPTIONS[id]);
    if (rows === undefined) problems = { ...problems, rows: true };
    else choices = { ...choices, rows };
  }
  if (hasPeriod(id)) {
    const reading = readPeriod(typed.start, typed.end);
    if (reading.kind === "period") choices = { ...choices, period: reading.period };
    else if (reading.kind !== "none") problems = { ...problems, period: reading };
  }
  if (hasPlatform(id) && typed.platform !== "") choices = { ...choices, platform: typed.platform };
  if (hasCurrency(id) && typed.currency !== "") choices = { ...choices, currency: typed.currency };
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, choices };
}

/**
 * A template's builder in a language, with the choices made in the pane; the host calls it with
 * the tables' current names.
 *
 * @example
 * await host.applyTemplate(templateBuilder("goals", "fr", { rows: 5 })); // "Objectifs", 5 goal rows
 */
export const templateBuilder = (
  id: TemplateId,
  language: Language,
  choices: TemplateChoices
): TemplateBuilder => BUILDERS[id](language, choices);
