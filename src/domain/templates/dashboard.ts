import type { Language } from "../common/language";
import { textLiteral } from "../common/nativeFormula";
import { PLATFORM_NAMES } from "../import/platformNames";
import { SOCIAL_PLATFORMS } from "../import/schema";
import type { OwnedTable } from "../workbook/tableNames";
import { tableRef } from "../workbook/tableRef";
import { periodSets, type TemplatePeriod } from "./period";
import type {
  CellSpec,
  ConditionalFormatSpec,
  InputCellSpec,
  SheetSpec,
  ValidationSpec,
} from "./sheetSpec";

/** The template's permanent id: the workbook remembers its sheet under it. */
export const DASHBOARD_TEMPLATE_ID = "dashboard";

/**
 * Content types as the platforms' exports name them. A fixed list rather than the types found in
 * the data: listing distinct values takes UNIQUE, which Excel 2016/2019 lack.
 */
export const DASHBOARD_CONTENT_TYPES = [
  "Photo",
  "Video",
  "Reel",
  "Carousel",
  "Link",
  "Text",
  "Tweet",
] as const;

/** The tiles, top to bottom. */
export const DASHBOARD_TILES = [
  "engagementRate",
  "reach",
  "impressions",
  "followerGrowth",
  "ctr",
  "conversionRate",
  "csat",
  "mentions",
  "shareOfVoice",
] as const;
export type DashboardTile = (typeof DASHBOARD_TILES)[number];

/** A platform the filter cell offers: every platform, or one social network. */
export type DashboardPlatform = "all" | (typeof SOCIAL_PLATFORMS)[number];

/**
 * Choices made outside the sheet. Each one given is written over its input cell (B3:B4 for the
 * period, B5 for the platform) even on a refresh; one left out keeps what the cell holds.
 */
export interface DashboardOptions {
  readonly period?: TemplatePeriod;
  /** `all` is written as the sheet's own word for it (All, Toutes), a platform as its name (LinkedIn). */
  readonly platform?: DashboardPlatform;
}

/** Weeks in the over-time block, ending with the period's last day. */
export const DASHBOARD_WEEKS = 12;

const TEXT = {
  en: {
    sheetName: "Dashboard",
    title: "KPI dashboard",
    start: "Period start",
    end: "Period end",
    platform: "Platform",
    all: "All",
    inUse: "In use (blank: last 4 weeks)",
    previous: "Previous period",
    tileHeaders: ["KPI", "Period", "Previous period", "Change"],
    tiles: {
      engagementRate: "Engagement rate (engagements ÷ impressions)",
      reach: "Reach",
      impressions: "Impressions",
      followerGrowth: "Follower growth",
      ctr: "CTR (link clicks ÷ impressions)",
      conversionRate: "Conversion rate (key events ÷ sessions)",
      csat: "CSAT",
      mentions: "Mention volume",
      shareOfVoice: "Share of voice",
    },
    noData: "No data yet",
    platformHeaders: ["Platform", "Reach", "Impressions", "Engagements", "Engagement rate"],
    weekHeaders: ["Week of", "Impressions", "Engagement rate", "Week of", "Followers"],
    typeHeaders: ["Content type", "Engagement rate"],
    charts: {
      overTime: "Impressions and engagement rate",
      reach: "Reach by platform",
      byType: "Engagement rate by content type",
      followers: "Followers over time",
    },
    datePrompt: "A date.",
  },
  fr: {
    sheetName: "Tableau de bord",
    title: "Tableau de bord des KPI",
    start: "Début de période",
    end: "Fin de période",
    platform: "Plateforme",
    all: "Toutes",
    inUse: "Retenue (vide : 4 dernières semaines)",
    previous: "Période précédente",
    tileHeaders: ["KPI", "Période", "Période précédente", "Évolution"],
    tiles: {
      engagementRate: "Taux d'engagement (interactions ÷ impressions)",
      reach: "Portée",
      impressions: "Impressions",
      followerGrowth: "Croissance des abonnés",
      ctr: "CTR (clics sur lien ÷ impressions)",
      conversionRate: "Taux de conversion (événements clés ÷ sessions)",
      csat: "CSAT",
      mentions: "Volume de mentions",
      shareOfVoice: "Part de voix",
    },
    noData: "Pas encore de données",
    platformHeaders: ["Plateforme", "Portée", "Impressions", "Interactions", "Taux d'engagement"],
    weekHeaders: ["Semaine du", "Impressions", "Taux d'engagement", "Semaine du", "Abonnés"],
    typeHeaders: ["Type de contenu", "Taux d'engagement"],
    charts: {
      overTime: "Impressions et taux d'engagement",
      reach: "Portée par plateforme",
      byType: "Taux d'engagement par type de contenu",
      followers: "Abonnés dans le temps",
    },
    datePrompt: "Une date.",
  },
} as const satisfies Record<Language, unknown>;

const DATE_FORMAT = "yyyy-mm-dd";
const PERCENT = "0.00%";
const COUNT = "#,##0";

/** The period in use: the dates typed in B3:B4, else the last four full weeks. */
const START = "$C$3";
const END = "$C$4";
/**
 * Input cell: the platform filter, holding a platform's name (LinkedIn) where the tables hold its
 * id (linkedin). Every formula uses it as a SUMIFS/COUNTIFS/MINIFS/MAXIFS criterion, which ignores
 * case, and a social network's name is its id but for case (platformNames.ts).
 */
const PLATFORM = "$B$5";
/** The previous period of equal length, just before: computed once, referenced by every tile. */
const PREVIOUS_START = "$D$3";
const PREVIOUS_END = "$D$4";
/** Days in the period used while the user has not typed one. */
const DEFAULT_DAYS = 28;

const TILE_HEADER_ROW = 7;
const FIRST_TILE_ROW = TILE_HEADER_ROW + 1;
const LAST_TILE_ROW = FIRST_TILE_ROW + DASHBOARD_TILES.length - 1;
const PLATFORM_HEADER_ROW = LAST_TILE_ROW + 2;
const FIRST_PLATFORM_ROW = PLATFORM_HEADER_ROW + 1;
const LAST_PLATFORM_ROW = FIRST_PLATFORM_ROW + SOCIAL_PLATFORMS.length - 1;
const WEEK_HEADER_ROW = TILE_HEADER_ROW;
const FIRST_WEEK_ROW = WEEK_HEADER_ROW + 1;
const LAST_WEEK_ROW = FIRST_WEEK_ROW + DASHBOARD_WEEKS - 1;
const TYPE_HEADER_ROW = LAST_WEEK_ROW + 2;
const FIRST_TYPE_ROW = TYPE_HEADER_ROW + 1;
const LAST_TYPE_ROW = FIRST_TYPE_ROW + DASHBOARD_CONTENT_TYPES.length - 1;
const CHART_TOP = Math.max(LAST_PLATFORM_ROW, LAST_TYPE_ROW) + 2;

/** Where each tile's period value sits; previous in C, change in D. */
export function dashboardTileRow(tile: DashboardTile): number {
  return FIRST_TILE_ROW + DASHBOARD_TILES.indexOf(tile);
}

interface Window {
  readonly from: string;
  readonly to: string;
  /** A platform criterion: the filter's value, or `*` for all. */
  readonly platform: string;
}

type Tables = Partial<Record<OwnedTable, string>>;

/**
 * A tile's native expression over a window, or undefined when the workbook has no table for it.
 * Rates are ratios of sums; an empty window gives the "no data" text, never 0, so a KPI the data
 * lacks is not mistaken for a KPI at zero.
 */
function tileExpression(
  tile: DashboardTile,
  tables: Tables,
  w: Window,
  noData: string
): string | undefined {
  const none = textLiteral(noData);
  if (tile === "csat" || tile === "shareOfVoice") return undefined;
  if (tile === "followerGrowth") {
    if (tables.daily === undefined) return undefined;
    const daily = tableRef("daily", tables.daily);
    const byPlatform = `${daily.column("Platform")},${w.platform}`;
    const inWindow = `${daily.column("Date")},">="&${w.from},${daily.column("Date")},"<"&(${w.to}+1),${byPlatform}`;
    const followersOn = (d: string) =>
      `SUMIFS(${daily.column("Followers")},${daily.column("Date")},${d},${byPlatform})`;
    const first = followersOn(`MINIFS(${daily.column("Date")},${inWindow})`);
    const last = followersOn(`MAXIFS(${daily.column("Date")},${inWindow})`);
    return `IF(COUNTIFS(${inWindow})=0,${none},IFERROR((${last}-${first})/${first},${none}))`;
  }
  if (tile === "mentions") {
    if (tables.mentions === undefined) return undefined;
    const mentions = tableRef("mentions", tables.mentions);
    const inWindow = `${mentions.column("Date")},">="&${w.from},${mentions.column("Date")},"<"&(${w.to}+1),${mentions.column("Platform")},${w.platform}`;
    return `IF(COUNTIFS(${inWindow})=0,${none},COUNTIFS(${inWindow}))`;
  }
  if (tile === "conversionRate") {
    if (tables.traffic === undefined) return undefined;
    // Web analytics has no platform: the filter does not apply to it.
    const traffic = tableRef("traffic", tables.traffic);
    const inWindow = `${traffic.column("Date")},">="&${w.from},${traffic.column("Date")},"<"&(${w.to}+1)`;
    const sum = (c: "Key Events" | "Sessions") => `SUMIFS(${traffic.column(c)},${inWindow})`;
    return `IFERROR(${sum("Key Events")}/${sum("Sessions")},${none})`;
  }
  if (tables.posts === undefined) return undefined;
  const posts = tableRef("posts", tables.posts);
  const inWindow = `${posts.column("Published")},">="&${w.from},${posts.column("Published")},"<"&(${w.to}+1),${posts.column("Platform")},${w.platform}`;
  const sum = (c: "Engagements" | "Impressions" | "Reach" | "Link Clicks") =>
    `SUMIFS(${posts.column(c)},${inWindow})`;
  const ifAny = (f: string) => `IF(COUNTIFS(${inWindow})=0,${none},${f})`;
  switch (tile) {
    case "engagementRate":
      return `IFERROR(${sum("Engagements")}/${sum("Impressions")},${none})`;
    case "ctr":
      return `IFERROR(${sum("Link Clicks")}/${sum("Impressions")},${none})`;
    case "reach":
      return ifAny(sum("Reach"));
    case "impressions":
      return ifAny(sum("Impressions"));
  }
}

const TILE_FORMAT: Readonly<Record<DashboardTile, string>> = {
  engagementRate: PERCENT,
  reach: COUNT,
  impressions: COUNT,
  followerGrowth: PERCENT,
  ctr: PERCENT,
  conversionRate: PERCENT,
  csat: PERCENT,
  mentions: COUNT,
  shareOfVoice: PERCENT,
};

/**
 * The KPI dashboard: a period and a platform filter the user picks in cells (or `options` sets
 * there), one tile per KPI with the period, the previous period of equal length and the change
 * (green up, red down), a per-platform table and the blocks its four charts draw from. `tables`
 * are the tables' actual names (`readTableNames()`); a KPI whose table is absent, or that no
 * imported table covers (CSAT, share of voice), says "no data yet" instead of referencing a table
 * Excel would refuse.
 *
 * @example
 * dashboardTemplate({ posts: "Posts" }, "fr").sheetName //=> "Tableau de bord"
 */
export function dashboardTemplate(
  tables: Tables,
  language: Language,
  options: DashboardOptions = {}
): SheetSpec {
  const text = TEXT[language];
  // "All" in either language: the filter is kept on regeneration, even in the other language.
  const everyPlatform = (["en", "fr"] as const)
    .map((l) => `${PLATFORM}=${textLiteral(TEXT[l].all)}`)
    .join(",");
  const platformCriterion = `IF(OR(${PLATFORM}="",${everyPlatform}),"*",${PLATFORM})`;
  const current: Window = { from: START, to: END, platform: platformCriterion };
  const previous: Window = { from: PREVIOUS_START, to: PREVIOUS_END, platform: platformCriterion };
  const none = textLiteral(text.noData);
  const tile = (t: DashboardTile, w: Window) => {
    const expression = tileExpression(t, tables, w, text.noData);
    return expression === undefined ? `=${none}` : `=${expression}`;
  };

  const cells: CellSpec[] = [
    { at: "A1", value: text.title, bold: true },
    { at: "A3", value: text.start, bold: true },
    { at: "A4", value: text.end, bold: true },
    { at: "A5", value: text.platform, bold: true },
    { at: "C2", value: text.inUse, bold: true },
    { at: "D2", value: text.previous, bold: true },
    {
      at: "C3",
      formula: `=IF(ISNUMBER($B$3),$B$3,TODAY()-${DEFAULT_DAYS})`,
      numberFormat: DATE_FORMAT,
    },
    { at: "C4", formula: `=IF(ISNUMBER($B$4),$B$4,TODAY()-1)`, numberFormat: DATE_FORMAT },
    { at: "D3", formula: `=${START}-(${END}-${START}+1)`, numberFormat: DATE_FORMAT },
    { at: "D4", formula: `=${START}-1`, numberFormat: DATE_FORMAT },
    ...["A", "B", "C", "D"].map((column, i) => ({
      at: `${column}${TILE_HEADER_ROW}`,
      value: text.tileHeaders[i] ?? "",
      bold: true as const,
    })),
    ...DASHBOARD_TILES.flatMap((t): CellSpec[] => {
      const row = dashboardTileRow(t);
      return [
        { at: `A${row}`, value: text.tiles[t] },
        { at: `B${row}`, formula: tile(t, current), numberFormat: TILE_FORMAT[t] },
        { at: `C${row}`, formula: tile(t, previous), numberFormat: TILE_FORMAT[t] },
        {
          at: `D${row}`,
          formula: `=IF(AND(ISNUMBER(B${row}),ISNUMBER(C${row})),IF(C${row}=0,"",(B${row}-C${row})/ABS(C${row})),"")`,
          numberFormat: "+0.0%;-0.0%;0.0%",
        },
      ];
    }),
    ...text.platformHeaders.map((header, i) => ({
      at: `${"ABCDE"[i] ?? "A"}${PLATFORM_HEADER_ROW}`,
      value: header,
      bold: true as const,
    })),
    ...SOCIAL_PLATFORMS.flatMap((platform, i) =>
      platformRow(FIRST_PLATFORM_ROW + i, platform, tables, none)
    ),
    ...text.weekHeaders.map((header, i) => ({
      at: `${"GHIKL"[i] ?? "G"}${WEEK_HEADER_ROW}`,
      value: header,
      bold: true as const,
    })),
    ...Array.from({ length: DASHBOARD_WEEKS }, (_, i) =>
      weekRow(FIRST_WEEK_ROW + i, i, tables, platformCriterion)
    ).flat(),
    ...text.typeHeaders.map((header, i) => ({
      at: `${"GH"[i] ?? "G"}${TYPE_HEADER_ROW}`,
      value: header,
      bold: true as const,
    })),
    ...DASHBOARD_CONTENT_TYPES.flatMap((type, i) =>
      typeRow(FIRST_TYPE_ROW + i, type, tables, current)
    ),
  ];

  const [setStart, setEnd] = periodSets(options.period);
  const platform = options.platform;
  const inputs: InputCellSpec[] = [
    { at: "B3", initial: "", numberFormat: DATE_FORMAT, ...setStart },
    { at: "B4", initial: "", numberFormat: DATE_FORMAT, ...setEnd },
    {
      at: "B5",
      initial: text.all,
      ...(platform && { set: platform === "all" ? text.all : PLATFORM_NAMES[platform] }),
    },
  ];
  const validations: ValidationSpec[] = [
    { range: "B3:B4", rule: { kind: "date", min: 1 }, prompt: text.datePrompt },
    {
      range: "B5",
      rule: {
        kind: "list",
        items: [text.all, ...SOCIAL_PLATFORMS.map((id) => PLATFORM_NAMES[id])],
      },
    },
  ];
  const changes = `D${FIRST_TILE_ROW}:D${LAST_TILE_ROW}`;
  const conditionalFormats: ConditionalFormatSpec[] = [
    {
      range: changes,
      formula: `=AND(ISNUMBER($D${FIRST_TILE_ROW}),$D${FIRST_TILE_ROW}>0)`,
      fill: "#C6EFCE",
      fontColor: "#006100",
    },
    {
      range: changes,
      formula: `=AND(ISNUMBER($D${FIRST_TILE_ROW}),$D${FIRST_TILE_ROW}<0)`,
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    },
  ];
  const chartBottom = CHART_TOP + 15;
  return {
    id: DASHBOARD_TEMPLATE_ID,
    sheetName: text.sheetName,
    cells,
    inputs,
    columnWidths: [
      { columns: "A", width: 230 },
      { columns: "B:E", width: 95 },
      { columns: "G", width: 110 },
      { columns: "H:I", width: 95 },
      { columns: "K", width: 110 },
      { columns: "L", width: 95 },
    ],
    freeze: { rows: 5, columns: 0 },
    validations,
    conditionalFormats,
    charts: [
      {
        type: "columnClustered",
        source: `G${WEEK_HEADER_ROW}:I${LAST_WEEK_ROW}`,
        seriesBy: "columns",
        title: text.charts.overTime,
        position: `A${CHART_TOP}:D${chartBottom}`,
        lineOnSecondaryAxis: [1],
      },
      {
        type: "columnClustered",
        source: `A${PLATFORM_HEADER_ROW}:B${LAST_PLATFORM_ROW}`,
        seriesBy: "columns",
        title: text.charts.reach,
        position: `E${CHART_TOP}:L${chartBottom}`,
      },
      {
        type: "barClustered",
        source: `G${TYPE_HEADER_ROW}:H${LAST_TYPE_ROW}`,
        seriesBy: "columns",
        title: text.charts.byType,
        position: `A${chartBottom + 1}:D${chartBottom + 16}`,
      },
      {
        type: "line",
        source: `K${WEEK_HEADER_ROW}:L${LAST_WEEK_ROW}`,
        seriesBy: "columns",
        title: text.charts.followers,
        position: `E${chartBottom + 1}:L${chartBottom + 16}`,
      },
    ],
    print: {
      area: `A1:L${chartBottom + 16}`,
      orientation: "landscape",
      titleRows: "1:5",
      fitColumns: true,
    },
  };
}

/**
 * One platform's period figures, whatever the filter: the table compares platforms. Its name in
 * column A is the criterion, as the filter cell's is.
 */
function platformRow(
  row: number,
  platform: (typeof SOCIAL_PLATFORMS)[number],
  tables: Tables,
  none: string
): CellSpec[] {
  const cells: CellSpec[] = [{ at: `A${row}`, value: PLATFORM_NAMES[platform] }];
  if (tables.posts === undefined) {
    return [
      ...cells,
      ...["B", "C", "D", "E"].map((c) => ({ at: `${c}${row}`, formula: `=${none}` })),
    ];
  }
  const posts = tableRef("posts", tables.posts);
  const inWindow = `${posts.column("Published")},">="&${START},${posts.column("Published")},"<"&(${END}+1),${posts.column("Platform")},$A${row}`;
  const sum = (c: "Engagements" | "Impressions" | "Reach") =>
    `SUMIFS(${posts.column(c)},${inWindow})`;
  return [
    ...cells,
    { at: `B${row}`, formula: `=${sum("Reach")}`, numberFormat: COUNT },
    { at: `C${row}`, formula: `=${sum("Impressions")}`, numberFormat: COUNT },
    { at: `D${row}`, formula: `=${sum("Engagements")}`, numberFormat: COUNT },
    { at: `E${row}`, formula: `=IFERROR(D${row}/C${row},"")`, numberFormat: PERCENT },
  ];
}

/** Week `index` of the over-time block: seven days, the last week ending on the period's end. */
function weekRow(row: number, index: number, tables: Tables, platform: string): CellSpec[] {
  const weekStart = `$G${row}`;
  const cells: CellSpec[] = [
    {
      at: `G${row}`,
      formula: `=${END}-${7 * (DASHBOARD_WEEKS - index) - 1}`,
      numberFormat: DATE_FORMAT,
    },
    // The week again beside the followers: a chart's source is one block of adjacent columns.
    { at: `K${row}`, formula: `=G${row}`, numberFormat: DATE_FORMAT },
  ];
  if (tables.posts !== undefined) {
    const posts = tableRef("posts", tables.posts);
    const inWeek = `${posts.column("Published")},">="&${weekStart},${posts.column("Published")},"<"&(${weekStart}+7),${posts.column("Platform")},${platform}`;
    const sum = (c: "Engagements" | "Impressions") => `SUMIFS(${posts.column(c)},${inWeek})`;
    cells.push(
      { at: `H${row}`, formula: `=${sum("Impressions")}`, numberFormat: COUNT },
      // A week without impressions is a gap in the line, not a fall to 0.
      {
        at: `I${row}`,
        formula: `=IFERROR(${sum("Engagements")}/H${row},NA())`,
        numberFormat: PERCENT,
      }
    );
  } else {
    cells.push({ at: `H${row}`, formula: "=NA()" }, { at: `I${row}`, formula: "=NA()" });
  }
  if (tables.daily !== undefined) {
    const daily = tableRef("daily", tables.daily);
    const byPlatform = `${daily.column("Platform")},${platform}`;
    const lastDay = `MAXIFS(${daily.column("Date")},${daily.column("Date")},"<"&(${weekStart}+7),${byPlatform})`;
    cells.push({
      at: `L${row}`,
      formula: `=IF(COUNTIFS(${daily.column("Date")},"<"&(${weekStart}+7),${byPlatform})=0,NA(),SUMIFS(${daily.column("Followers")},${daily.column("Date")},${lastDay},${byPlatform}))`,
      numberFormat: COUNT,
    });
  } else {
    cells.push({ at: `L${row}`, formula: "=NA()" });
  }
  return cells;
}

/** One content type's engagement rate over the period and platform filter. */
function typeRow(row: number, type: string, tables: Tables, w: Window): CellSpec[] {
  const cells: CellSpec[] = [{ at: `G${row}`, value: type }];
  if (tables.posts === undefined) return [...cells, { at: `H${row}`, formula: "=NA()" }];
  const posts = tableRef("posts", tables.posts);
  const inWindow = `${posts.column("Published")},">="&${w.from},${posts.column("Published")},"<"&(${w.to}+1),${posts.column("Platform")},${w.platform},${posts.column("Post Type")},$G${row}`;
  const sum = (c: "Engagements" | "Impressions") => `SUMIFS(${posts.column(c)},${inWindow})`;
  return [
    ...cells,
    {
      at: `H${row}`,
      formula: `=IFERROR(${sum("Engagements")}/${sum("Impressions")},NA())`,
      numberFormat: PERCENT,
    },
  ];
}
