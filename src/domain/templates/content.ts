import { dateToSerial } from "../common/excelDate";
import type { Language, Localized } from "../common/language";
import { textLiteral } from "../common/nativeFormula";
import { SOCIAL_PLATFORMS } from "../import/schema";
import type { OwnedTable } from "../workbook/tableNames";
import { tableRef } from "../workbook/tableRef";
import type { CellSpec, InputCellSpec, SheetSpec } from "./sheetSpec";

export const CONTENT_TEMPLATE_ID = "content";

const DATE_FORMAT = "yyyy-mm-dd";
const RATE_FORMAT = "0.00%";
const COUNT_FORMAT = "#,##0";
// A date validation needs a bound, and no social media post predates 2000.
const EARLIEST_DATE = dateToSerial(2000, 1, 1);

/** How many platform / post type rows the breakdown offers when the options do not say. */
export const DEFAULT_GROUP_ROWS = 12;

const WEEKDAYS: readonly Localized[] = [
  { en: "Monday", fr: "lundi" },
  { en: "Tuesday", fr: "mardi" },
  { en: "Wednesday", fr: "mercredi" },
  { en: "Thursday", fr: "jeudi" },
  { en: "Friday", fr: "vendredi" },
  { en: "Saturday", fr: "samedi" },
  { en: "Sunday", fr: "dimanche" },
];

const LABELS = {
  sheetName: { en: "Content performance", fr: "Performance des contenus" },
  from: { en: "From", fr: "Du" },
  to: { en: "To", fr: "Au" },
  periodUsed: { en: "Period covered", fr: "Période couverte" },
  periodPrompt: {
    en: "A date; leave blank to start at the first imported post (From) or end at the last (To).",
    fr: "Une date ; laisser vide pour partir de la première publication importée (Du) ou finir à la dernière (Au).",
  },
  postsPerWeek: { en: "Posts per week", fr: "Publications par semaine" },
  noData: { en: "No data yet", fr: "Pas encore de données" },
  byGroup: {
    en: "By platform and post type (blank = all)",
    fr: "Par plateforme et type de publication (vide = tous)",
  },
  platform: { en: "Platform", fr: "Plateforme" },
  postType: { en: "Post type", fr: "Type de publication" },
  posts: { en: "Posts", fr: "Publications" },
  reach: { en: "Reach", fr: "Portée" },
  impressions: { en: "Impressions", fr: "Impressions" },
  engagements: { en: "Engagements", fr: "Interactions" },
  engagementRate: {
    en: "Engagement rate (engagements ÷ impressions)",
    fr: "Taux d'engagement (interactions ÷ impressions)",
  },
  all: { en: "All", fr: "Tous" },
  grid: {
    en: "Engagement rate by weekday and hour of publication",
    fr: "Taux d'engagement par jour et heure de publication",
  },
  hour: { en: "Hour", fr: "Heure" },
} as const satisfies Record<string, Localized>;

export interface ContentOptions {
  /** How many platform / post type rows the breakdown offers. */
  readonly groupRows?: number;
}

const PERIOD_START_ROW = 2;
const HEADER_ROW = 7;
const ALL_ROW = HEADER_ROW + 1;
const GROUP_COLUMNS = {
  platform: "A",
  postType: "B",
  posts: "C",
  reach: "D",
  impressions: "E",
  engagements: "F",
  engagementRate: "G",
} as const;
const GRID_WEEKDAY_COLUMNS = ["B", "C", "D", "E", "F", "G", "H"] as const;

/** Where the sheet keeps each thing, for whoever reads or tests it. */
export function contentLayout(options: ContentOptions = {}) {
  const groupRows = options.groupRows ?? DEFAULT_GROUP_ROWS;
  const firstGroupRow = ALL_ROW + 1;
  const lastGroupRow = firstGroupRow + groupRows - 1;
  const gridHeaderRow = lastGroupRow + 3;
  return {
    from: `C${PERIOD_START_ROW}`,
    to: `C${PERIOD_START_ROW + 1}`,
    periodFrom: `E${PERIOD_START_ROW}`,
    periodTo: `E${PERIOD_START_ROW + 1}`,
    postsPerWeek: `C${PERIOD_START_ROW + 2}`,
    columns: GROUP_COLUMNS,
    headerRow: HEADER_ROW,
    allRow: ALL_ROW,
    firstGroupRow,
    lastGroupRow,
    gridHeaderRow,
    /** The grid's cell for a weekday (0 = Monday) and an hour (0–23). */
    gridCell: (weekday: number, hour: number) =>
      `${GRID_WEEKDAY_COLUMNS[weekday] ?? "B"}${gridHeaderRow + 1 + hour}`,
    gridRange: `B${gridHeaderRow + 1}:H${gridHeaderRow + 24}`,
  };
}

/**
 * A COUNTIFS/SUMIFS criterion for a typed filter cell: the typed value, or — when blank — one no
 * platform or post type can equal, because `"*"` would leave out posts whose type is blank.
 */
const criterion = (cell: string): string => `IF(${cell}="","<>(all)",${cell})`;

/**
 * The content performance sheet: for a period the user chooses (blank ends mean "from the first
 * imported post" and "to the last"), posts, reach, impressions, engagements and engagement rate
 * by platform and post type, posts per week, and the engagement rate of each weekday × hour of
 * publication as a colour-scaled grid. Rates are ratios of sums, never averages of rates.
 *
 * Without an imported Posts table the sheet references no table at all: it shows the layout
 * with "No data yet", and the next regeneration after an import fills it.
 *
 * @example
 * contentTemplate({ posts: "Posts_SocialKPI" }, "fr").sheetName //=> "Performance des contenus"
 */
export function contentTemplate(
  tables: Partial<Record<OwnedTable, string>>,
  language: Language,
  options: ContentOptions = {}
): SheetSpec {
  const t = (text: Localized) => text[language];
  const layout = contentLayout(options);
  const C = GROUP_COLUMNS;
  const cells: CellSpec[] = [];
  const inputs: InputCellSpec[] = [];
  const noData = textLiteral(t(LABELS.noData));

  cells.push(
    { at: "A1", value: t(LABELS.sheetName), bold: true },
    { at: `B${PERIOD_START_ROW}`, value: t(LABELS.from) },
    { at: `B${PERIOD_START_ROW + 1}`, value: t(LABELS.to) },
    { at: `D${PERIOD_START_ROW}`, value: t(LABELS.periodUsed) },
    { at: `B${PERIOD_START_ROW + 2}`, value: t(LABELS.postsPerWeek) },
    { at: `A${HEADER_ROW - 1}`, value: t(LABELS.byGroup), bold: true },
    { at: `${C.platform}${ALL_ROW}`, value: t(LABELS.all), bold: true },
    { at: `${C.postType}${ALL_ROW}`, value: t(LABELS.all), bold: true },
    { at: `A${layout.gridHeaderRow - 1}`, value: t(LABELS.grid), bold: true },
    { at: `A${layout.gridHeaderRow}`, value: t(LABELS.hour), bold: true }
  );
  inputs.push(
    { at: layout.from, initial: "", numberFormat: DATE_FORMAT },
    { at: layout.to, initial: "", numberFormat: DATE_FORMAT }
  );
  const headers = [
    [C.platform, LABELS.platform],
    [C.postType, LABELS.postType],
    [C.posts, LABELS.posts],
    [C.reach, LABELS.reach],
    [C.impressions, LABELS.impressions],
    [C.engagements, LABELS.engagements],
    [C.engagementRate, LABELS.engagementRate],
  ] as const;
  for (const [column, label] of headers) {
    cells.push({ at: `${column}${HEADER_ROW}`, value: t(label), bold: true });
  }
  for (let row = layout.firstGroupRow; row <= layout.lastGroupRow; row += 1) {
    const platform = SOCIAL_PLATFORMS[row - layout.firstGroupRow] ?? "";
    inputs.push(
      { at: `${C.platform}${row}`, initial: platform },
      { at: `${C.postType}${row}`, initial: "" }
    );
  }
  GRID_WEEKDAY_COLUMNS.forEach((column, i) => {
    cells.push({
      at: `${column}${layout.gridHeaderRow}`,
      value: t(WEEKDAYS[i] ?? { en: "", fr: "" }),
      bold: true,
    });
  });
  for (let hour = 0; hour < 24; hour += 1) {
    cells.push({
      at: `A${layout.gridHeaderRow + 1 + hour}`,
      value: `${String(hour).padStart(2, "0")}:00`,
    });
  }

  if (tables.posts === undefined) {
    cells.push(
      { at: layout.periodFrom, value: t(LABELS.noData) },
      { at: layout.postsPerWeek, value: t(LABELS.noData) }
    );
  } else {
    const posts = tableRef("posts", tables.posts);
    const published = posts.column("Published");
    const from = `$${layout.periodFrom.replace(/\d+/, "")}$${PERIOD_START_ROW}`;
    const to = `$${layout.periodTo.replace(/\d+/, "")}$${PERIOD_START_ROW + 1}`;
    const inPeriod = `${published},">="&${from},${published},"<"&(${to}+1)`;
    cells.push(
      {
        at: layout.periodFrom,
        formula: `=IF(${layout.from}="",IF(COUNT(${published})=0,${noData},INT(MIN(${published}))),${layout.from})`,
        numberFormat: DATE_FORMAT,
      },
      {
        at: layout.periodTo,
        formula: `=IF(${layout.to}="",IF(COUNT(${published})=0,"",INT(MAX(${published}))),${layout.to})`,
        numberFormat: DATE_FORMAT,
      },
      {
        at: layout.postsPerWeek,
        formula: `=IFERROR(IF(COUNT(${published})=0,${noData},COUNTIFS(${inPeriod})/((${to}-${from}+1)/7)),"")`,
        numberFormat: "0.0",
      }
    );

    const figures = (filter: string, row: number) => {
      const sum = (column: "Reach" | "Impressions" | "Engagements") =>
        `SUMIFS(${posts.column(column)},${inPeriod}${filter})`;
      const guard = (formula: string) =>
        row === ALL_ROW
          ? `=IFERROR(${formula},"")`
          : `=IF(AND($${C.platform}${row}="",$${C.postType}${row}=""),"",IFERROR(${formula},""))`;
      cells.push(
        {
          at: `${C.posts}${row}`,
          formula: guard(`COUNTIFS(${inPeriod}${filter})`),
          numberFormat: COUNT_FORMAT,
        },
        { at: `${C.reach}${row}`, formula: guard(sum("Reach")), numberFormat: COUNT_FORMAT },
        {
          at: `${C.impressions}${row}`,
          formula: guard(sum("Impressions")),
          numberFormat: COUNT_FORMAT,
        },
        {
          at: `${C.engagements}${row}`,
          formula: guard(sum("Engagements")),
          numberFormat: COUNT_FORMAT,
        },
        {
          at: `${C.engagementRate}${row}`,
          formula: guard(`${sum("Engagements")}/${sum("Impressions")}`),
          numberFormat: RATE_FORMAT,
        }
      );
    };
    figures("", ALL_ROW);
    for (let row = layout.firstGroupRow; row <= layout.lastGroupRow; row += 1) {
      const filter =
        `,${posts.column("Platform")},${criterion(`$${C.platform}${row}`)}` +
        `,${posts.column("Post Type")},${criterion(`$${C.postType}${row}`)}`;
      figures(filter, row);
    }

    // Posts exported with a date and no time sit at midnight: they are left out of the grid
    // rather than piling up at 00:00 (a post published at exactly midnight is left out with them).
    const slot = (weekday: number, hour: number) =>
      `ISNUMBER(${published})*(${published}>=${from})*(${published}<${to}+1)*(${published}<>INT(${published}))` +
      `*(WEEKDAY(${published},2)=${weekday + 1})*(HOUR(${published})=${hour})`;
    for (let hour = 0; hour < 24; hour += 1) {
      for (let weekday = 0; weekday < 7; weekday += 1) {
        const mask = slot(weekday, hour);
        cells.push({
          at: layout.gridCell(weekday, hour),
          formula:
            `=IFERROR(SUMPRODUCT(${mask},${posts.column("Engagements")})` +
            `/SUMPRODUCT(${mask},${posts.column("Impressions")}),"")`,
          numberFormat: RATE_FORMAT,
        });
      }
    }
  }

  const lastRow = layout.gridHeaderRow + 24;
  return {
    id: CONTENT_TEMPLATE_ID,
    sheetName: t(LABELS.sheetName),
    cells,
    inputs,
    columnWidths: [
      { columns: "A", width: 110 },
      { columns: "B", width: 110 },
      { columns: "C:F", width: 80 },
      { columns: "G", width: 150 },
      { columns: "H", width: 80 },
    ],
    validations: [
      {
        range: `${layout.from}:${layout.to}`,
        rule: { kind: "date", min: EARLIEST_DATE },
        prompt: t(LABELS.periodPrompt),
      },
    ],
    colorScales: [{ range: layout.gridRange, lowest: "#FFFFFF", highest: "#63BE7B" }],
    print: {
      area: `A1:H${lastRow}`,
      orientation: "landscape",
      titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
      fitColumns: true,
    },
  };
}
