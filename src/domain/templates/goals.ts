import type { Language, Localized } from "../common/language";
import { NA_ERROR, textLiteral } from "../common/nativeFormula";
import { PLATFORM_NAMES } from "../import/platformNames";
import { SOCIAL_PLATFORMS } from "../import/schema";
import { type GoalStatus, goalStatusLabels } from "../kpi/goalStatus";
import type { NativeKpiReference } from "../kpi/kpiDefinition";
import { goalPaceReference } from "../kpi/reference/goalPace";
import { goalProgressReference } from "../kpi/reference/goalProgress";
import { goalProjectionReference } from "../kpi/reference/goalProjection";
import { goalStatusReference } from "../kpi/reference/goalStatus";
import { nativeElapsedShare } from "../kpi/reference/nativeElapsedShare";
import { type KpiId, kpiRegistry } from "../kpi/registry";
import type { OwnedTable } from "../workbook/tableNames";
import { tableRef } from "../workbook/tableRef";
import type {
  CellSpec,
  ConditionalFormatSpec,
  InputCellSpec,
  SheetSpec,
  ValidationSpec,
} from "./sheetSpec";

/** The template's permanent id: the workbook remembers its sheet under it. */
export const GOALS_TEMPLATE_ID = "goals";

export interface GoalsOptions {
  /** How many goal rows the table offers. */
  readonly rows?: number;
}

/** How many goal rows the sheet offers unless told otherwise, and how many more it grows by when full. */
export const DEFAULT_GOAL_ROWS = 20;
/** The row of the goals table's headings; goal rows start below it. */
export const GOALS_HEADER_ROW = 4;
/** The first goal row. */
export const FIRST_GOAL_ROW = GOALS_HEADER_ROW + 1;
const HEADER_ROW = GOALS_HEADER_ROW;
const FIRST_ROW = FIRST_GOAL_ROW;
/** The cell holding the date every goal is evaluated on. */
const AS_OF = "$B$2";

/** What a goal is measured by: a registry KPI, or a volume the KPI functions do not compute. */
export type GoalMetric = KpiId | "IMPRESSIONS" | "REACH";

/** Volumes goals are often set on, named like the KPI functions so the drop-down reads as one list. */
const VOLUMES: Readonly<Record<"IMPRESSIONS" | "REACH", Localized>> = {
  IMPRESSIONS: { en: "IMPRESSIONS", fr: "IMPRESSIONS" },
  REACH: { en: "REACH", fr: "PORTEE" },
};

/** Registry entries that are not something a goal measures: the goal arithmetic itself, reviews, text. */
const NOT_METRICS: ReadonlySet<KpiId> = new Set<KpiId>([
  "GOAL_PROGRESS",
  "GOAL_PACE",
  "GOAL_PROJECTION",
  "GOAL_STATUS",
  "NEXT_REVIEW",
  "SENTIMENT",
]);

/**
 * The KPI drop-down's entries in the user's language: every registry KPI a goal can measure (by
 * its function name, as the user sees it in the function list), then impressions and reach.
 *
 * @example
 * goalMetricNames("fr").ENGAGEMENT_RATE //=> "TAUX_ENGAGEMENT"
 */
export function goalMetricNames(language: Language): Readonly<Partial<Record<GoalMetric, string>>> {
  const names: Partial<Record<GoalMetric, string>> = {};
  for (const [id, kpi] of Object.entries(kpiRegistry) as [KpiId, (typeof kpiRegistry)[KpiId]][]) {
    if (!NOT_METRICS.has(id)) names[id] = kpi.name[language];
  }
  for (const [id, name] of Object.entries(VOLUMES) as [keyof typeof VOLUMES, Localized][]) {
    names[id] = name[language];
  }
  return names;
}

/** The platforms a goal can be limited to; a blank platform means all of them. */

const TEXT = {
  en: {
    sheetName: "Goals",
    title: "SMART goals",
    asOf: "As of",
    headers: [
      "Specific goal",
      "KPI",
      "Platform (blank: all)",
      "Owner",
      "Relevant to (business objective)",
      "Achievable (note)",
      "Baseline",
      "Target",
      "Start",
      "Deadline",
      "Current (typed)",
      "Current",
      "Progress",
      "Expected by today",
      "Projection at deadline",
      "Status",
    ],
    chartHeaders: ["Goal", "Progress", "Expected by today"],
    metricsHeader: "KPIs",
    chartTitle: "Progress against pace",
    kpiPrompt:
      "KPIs the imported tables cover are measured from them; type the others in 'Current (typed)'.",
    datePrompt: "A date.",
  },
  fr: {
    sheetName: "Objectifs",
    title: "Objectifs SMART",
    asOf: "Au",
    headers: [
      "Objectif spécifique",
      "KPI",
      "Plateforme (vide : toutes)",
      "Responsable",
      "Pertinent pour (objectif métier)",
      "Atteignable (note)",
      "Départ",
      "Cible",
      "Début",
      "Échéance",
      "Actuel (saisi)",
      "Actuel",
      "Progression",
      "Attendu à ce jour",
      "Projection à l'échéance",
      "Statut",
    ],
    chartHeaders: ["Objectif", "Progression", "Attendu à ce jour"],
    metricsHeader: "KPI",
    chartTitle: "Progression par rapport au rythme",
    kpiPrompt:
      "Les KPI couverts par les tables importées en sont calculés ; saisissez les autres dans « Actuel (saisi) ».",
    datePrompt: "Une date.",
  },
} as const satisfies Record<Language, unknown>;

/** Status colours: green when done or on track, amber at risk, red behind or missed, grey not started. */
const STATUS_LOOK: Readonly<Record<GoalStatus, { fill: string; fontColor: string }>> = {
  achieved: { fill: "#C6EFCE", fontColor: "#006100" },
  onTrack: { fill: "#E2EFDA", fontColor: "#375623" },
  atRisk: { fill: "#FFEB9C", fontColor: "#9C5700" },
  behind: { fill: "#FFC7CE", fontColor: "#9C0006" },
  missed: { fill: "#F4B6B6", fontColor: "#9C0006" },
  notStarted: { fill: "#EDEDED", fontColor: "#595959" },
};

const DATE_FORMAT = "yyyy-mm-dd";

/** Column letters of the goals table, left to right. */
export const GOAL_COLUMNS = {
  goal: "A",
  kpi: "B",
  platform: "C",
  owner: "D",
  relevant: "E",
  achievable: "F",
  baseline: "G",
  target: "H",
  start: "I",
  deadline: "J",
  typed: "K",
  current: "L",
  progress: "M",
  pace: "N",
  projection: "O",
  status: "P",
} as const;
const COL = GOAL_COLUMNS;
/** The columns a user fills in, left to right: the specific goal to the typed current value. */
export const GOAL_INPUT_COLUMNS = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"] as const;
const INPUT_COLUMNS = GOAL_INPUT_COLUMNS;
const HEADER_COLUMNS = Object.values(COL);
/** The chart's source block and the drop-down's list, right of the printed page. */
const CHART_COLUMNS = ["R", "S", "T"] as const;
const METRICS_COLUMN = "V";

/**
 * The native formula of a goal's current value from the imported tables, for the metrics they
 * cover, over the goal's window — its start to today, or to the deadline once that has passed —
 * and its platform (blank: all). Rates are ratios of sums, never averages of rates. `#N/A` when the
 * metric is not covered or the window holds no data, so the caller falls back to the typed value.
 * Only tables the workbook has are referenced: a formula naming a missing table is refused by
 * Excel, and the template must apply before the first import.
 */
function measuredFormula(
  row: number,
  tables: Partial<Record<OwnedTable, string>>,
  names: Readonly<Partial<Record<GoalMetric, string>>>
): string | undefined {
  const start = `$${COL.start}${row}`;
  const end = `MIN(${AS_OF},$${COL.deadline}${row})+1`;
  // The cell holds a platform's name (LinkedIn) and the tables its id (linkedin): criteria ignore
  // case, and a name is its id but for case (platformNames.ts), so the cell is the criterion.
  const platform = `IF($${COL.platform}${row}="","*",$${COL.platform}${row})`;
  const cases: string[] = [];
  const when = (metric: GoalMetric, formula: string) => {
    const name = names[metric];
    if (name !== undefined) cases.push(`${textLiteral(name)},${formula}`);
  };

  if (tables.posts !== undefined) {
    const posts = tableRef("posts", tables.posts);
    const window = `${posts.column("Published")},">="&${start},${posts.column("Published")},"<"&(${end}),${posts.column("Platform")},${platform}`;
    const sum = (column: "Engagements" | "Impressions" | "Reach" | "Link Clicks") =>
      `SUMIFS(${posts.column(column)},${window})`;
    const ifAnyPost = (formula: string) => `IF(COUNTIFS(${window})=0,${NA_ERROR},${formula})`;
    when("ENGAGEMENT_RATE", `${sum("Engagements")}/${sum("Impressions")}`);
    when("CTR", `${sum("Link Clicks")}/${sum("Impressions")}`);
    when("ENGAGEMENTS", ifAnyPost(sum("Engagements")));
    when("IMPRESSIONS", ifAnyPost(sum("Impressions")));
    when("REACH", ifAnyPost(sum("Reach")));
  }
  if (tables.daily !== undefined) {
    const daily = tableRef("daily", tables.daily);
    const byPlatform = `${daily.column("Platform")},${platform}`;
    const inWindow = `${daily.column("Date")},">="&${start},${daily.column("Date")},"<"&(${end}),${byPlatform}`;
    // Followers is the audience on a day: growth compares the window's first and last days.
    const followersOn = (day: string) =>
      `SUMIFS(${daily.column("Followers")},${daily.column("Date")},${day},${byPlatform})`;
    const first = followersOn(`MINIFS(${daily.column("Date")},${inWindow})`);
    const last = followersOn(`MAXIFS(${daily.column("Date")},${inWindow})`);
    when("FOLLOWER_GROWTH", `(${last}-${first})/${first}`);
  }
  if (cases.length === 0) return undefined;
  return `IF(COUNT($${COL.start}${row}:$${COL.deadline}${row})<2,${NA_ERROR},SWITCH($${COL.kpi}${row},${cases.join(",")},${NA_ERROR}))`;
}

/** A KPI's native formula (its reference's) as an expression to nest, without its `=`. */
function nativeExpression(
  kpi: NativeKpiReference,
  refs: readonly string[],
  language: Language
): string {
  return kpi.nativeFormula(refs, language).replace(/^=/, "");
}

function goalRowCells(
  row: number,
  tables: Partial<Record<OwnedTable, string>>,
  language: Language
): CellSpec[] {
  const ref = (column: keyof typeof COL) => `$${COL[column]}${row}`;
  const [baseline, target, start, deadline, typed, current] = [
    ref("baseline"),
    ref("target"),
    ref("start"),
    ref("deadline"),
    ref("typed"),
    ref("current"),
  ];
  const incomplete = `COUNT(${baseline},${target},${start},${deadline})<4`;
  const blankIfIncomplete = (formula: string, needsCurrent: boolean) =>
    `=IF(${needsCurrent ? `OR(${incomplete},${current}="")` : incomplete},"",${formula})`;
  const typedOrBlank = `IF(${typed}="","",${typed})`;
  const measured = measuredFormula(row, tables, goalMetricNames(language));

  const [label, progress, expected] = CHART_COLUMNS;
  return [
    {
      at: `${COL.current}${row}`,
      formula:
        measured === undefined ? `=${typedOrBlank}` : `=IFERROR(${measured},${typedOrBlank})`,
    },
    {
      at: `${COL.progress}${row}`,
      formula: blankIfIncomplete(
        nativeExpression(goalProgressReference, [baseline, target, current], language),
        true
      ),
      numberFormat: "0%",
    },
    {
      at: `${COL.pace}${row}`,
      formula: blankIfIncomplete(
        nativeExpression(goalPaceReference, [baseline, target, start, deadline, AS_OF], language),
        false
      ),
    },
    {
      at: `${COL.projection}${row}`,
      // No pace before any time has passed: blank rather than #N/A on a goal not started yet.
      formula: blankIfIncomplete(
        `IFERROR(${nativeExpression(goalProjectionReference, [baseline, current, start, deadline, AS_OF], language)},"")`,
        true
      ),
    },
    {
      at: `${COL.status}${row}`,
      formula: blankIfIncomplete(
        nativeExpression(
          goalStatusReference,
          [baseline, target, current, start, deadline, AS_OF],
          language
        ),
        true
      ),
    },
    { at: `${label}${row}`, formula: `=IF(${ref("progress")}="","",${ref("goal")}&"")` },
    { at: `${progress}${row}`, formula: `=${ref("progress")}`, numberFormat: "0%" },
    {
      at: `${expected}${row}`,
      formula: `=IF(${ref("progress")}="","",${nativeElapsedShare(start, deadline, AS_OF)})`,
      numberFormat: "0%",
    },
  ];
}

/**
 * The SMART goals sheet: one row per goal the user types (specific goal, KPI from a drop-down,
 * platform, owner, relevance, achievability note, baseline, target, start, deadline), with its
 * current value measured from the imported tables where they cover the KPI and typed otherwise,
 * progress, the value expected by today, the projection at the deadline and the status — each by
 * the native formula of the KPI function of the same name (GOAL_PROGRESS, GOAL_PACE,
 * GOAL_PROJECTION, GOAL_STATUS), so goals that decrease score as they do there — and a chart of
 * each goal's progress against the share of its period elapsed. `tables` are the tables' actual
 * names (`readTableNames()`); a table absent from it is not referenced.
 *
 * @example
 * goalsTemplate({ posts: "Posts" }, "fr").sheetName //=> "Objectifs"
 */
export function goalsTemplate(
  tables: Partial<Record<OwnedTable, string>>,
  language: Language,
  options: GoalsOptions = {}
): SheetSpec {
  const text = TEXT[language];
  const rows = Math.max(1, options.rows ?? DEFAULT_GOAL_ROWS);
  const lastRow = FIRST_ROW + rows - 1;
  const metrics = Object.values(goalMetricNames(language));
  const lastMetricRow = FIRST_ROW + metrics.length - 1;
  const goalRows = Array.from({ length: rows }, (_, i) => FIRST_ROW + i);
  const span = (column: string) => `${column}${FIRST_ROW}:${column}${lastRow}`;
  const chartTop = lastRow + 2;
  const chartBottom = chartTop + 18;

  const cells: CellSpec[] = [
    { at: "A1", value: text.title, bold: true },
    { at: "A2", value: text.asOf, bold: true },
    { at: "B2", formula: "=TODAY()", numberFormat: DATE_FORMAT },
    ...HEADER_COLUMNS.map((column, i) => ({
      at: `${column}${HEADER_ROW}`,
      value: text.headers[i] ?? "",
      bold: true as const,
    })),
    ...CHART_COLUMNS.map((column, i) => ({
      at: `${column}${HEADER_ROW}`,
      value: text.chartHeaders[i] ?? "",
      bold: true as const,
    })),
    { at: `${METRICS_COLUMN}${HEADER_ROW}`, value: text.metricsHeader, bold: true },
    ...metrics.map((name, i) => ({ at: `${METRICS_COLUMN}${FIRST_ROW + i}`, value: name })),
    ...goalRows.flatMap((row) => goalRowCells(row, tables, language)),
  ];

  const inputs: InputCellSpec[] = goalRows.flatMap((row) =>
    INPUT_COLUMNS.map((column) => ({
      at: `${column}${row}`,
      initial: "",
      ...(column === COL.start || column === COL.deadline ? { numberFormat: DATE_FORMAT } : {}),
    }))
  );

  const validations: ValidationSpec[] = [
    {
      range: span(COL.kpi),
      rule: {
        kind: "listRange",
        range: `${METRICS_COLUMN}${FIRST_ROW}:${METRICS_COLUMN}${lastMetricRow}`,
      },
      prompt: text.kpiPrompt,
    },
    {
      range: span(COL.platform),
      rule: { kind: "list", items: SOCIAL_PLATFORMS.map((id) => PLATFORM_NAMES[id]) },
    },
    {
      range: `${COL.start}${FIRST_ROW}:${COL.deadline}${lastRow}`,
      rule: { kind: "date", min: 1 },
      prompt: text.datePrompt,
    },
  ];

  const labels = goalStatusLabels[language];
  const conditionalFormats: ConditionalFormatSpec[] = (
    Object.keys(STATUS_LOOK) as GoalStatus[]
  ).map((status) => ({
    range: span(COL.status),
    formula: `=$${COL.status}${FIRST_ROW}=${textLiteral(labels[status])}`,
    ...STATUS_LOOK[status],
    bold: true,
  }));

  const [firstChartColumn, , lastChartColumn] = CHART_COLUMNS;
  return {
    id: GOALS_TEMPLATE_ID,
    sheetName: text.sheetName,
    cells,
    inputs,
    columnWidths: [
      { columns: "A", width: 180 },
      { columns: "B:C", width: 110 },
      { columns: "D", width: 80 },
      { columns: "E:F", width: 150 },
      { columns: "G:O", width: 80 },
      { columns: "P", width: 90 },
      { columns: "R", width: 140 },
      { columns: "S:T", width: 80 },
      { columns: "V", width: 150 },
    ],
    freeze: { rows: HEADER_ROW, columns: 1 },
    validations,
    conditionalFormats,
    charts: [
      {
        type: "barClustered",
        source: `${firstChartColumn}${HEADER_ROW}:${lastChartColumn}${lastRow}`,
        seriesBy: "columns",
        title: text.chartTitle,
        position: `A${chartTop}:H${chartBottom}`,
      },
    ],
    print: {
      area: `A1:${COL.status}${chartBottom}`,
      orientation: "landscape",
      titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  };
}

/**
 * The language a goals sheet was generated in, told by its first heading: a goal's KPI must be
 * written in the sheet's language for its formulas to recognise it. Undefined when the user
 * reworded the heading.
 *
 * @example
 * goalsSheetLanguage("Objectif spécifique") //=> "fr"
 */
export function goalsSheetLanguage(firstHeading: unknown): Language | undefined {
  return (Object.keys(TEXT) as Language[]).find(
    (language) => TEXT[language].headers[0] === firstHeading
  );
}
