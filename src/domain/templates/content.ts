import { dateToSerial } from "../common/excelDate";
import type { Language, Localized } from "../common/language";
import { textLiteral } from "../common/nativeFormula";
import { PLATFORM_NAMES } from "../import/platformNames";
import { SOCIAL_PLATFORMS } from "../import/schema";
import type { OwnedTable } from "../workbook/tableNames";
import { type TableRef, tableRef } from "../workbook/tableRef";
import type { ColumnName } from "../workbook/tableSpecs";
import { periodSets, type TemplatePeriod } from "./period";
import type { CellSpec, InputCellSpec, SheetSpec } from "./sheetSpec";

export const CONTENT_TEMPLATE_ID = "content";

const DATE_FORMAT = "yyyy-mm-dd";
const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
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
  published: { en: "Published", fr: "Publiée le" },
  text: { en: "Text", fr: "Texte" },
  link: { en: "Link", fr: "Lien" },
  open: { en: "Open", fr: "Ouvrir" },
  rowInPosts: { en: "Row in the posts table", fr: "Ligne dans le tableau des publications" },
  perPostRate: { en: "Engagement rate", fr: "Taux d'engagement" },
} as const satisfies Record<string, Localized>;

const RANKED_HEADINGS = {
  top: (n: number): Localized => ({
    en: `Top ${n} posts of the period, by engagement rate (engagements ÷ impressions)`,
    fr: `Les ${n} meilleures publications de la période, par taux d'engagement (interactions ÷ impressions)`,
  }),
  bottom: (n: number): Localized => ({
    en: `Bottom ${n} posts of the period, by engagement rate, lowest first`,
    fr: `Les ${n} publications les moins engageantes de la période, la plus faible d'abord`,
  }),
} as const;

export interface ContentOptions {
  /** How many platform / post type rows the breakdown offers. */
  readonly groupRows?: number;
  /** How many posts the top list shows, and the bottom list. */
  readonly rankedPosts?: number;
  /** Written over From and To even on a refresh; left out, the cells keep what they hold. */
  readonly period?: TemplatePeriod;
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
const DEFAULT_RANKED_POSTS = 5;
const RANKED_COLUMNS = {
  published: "A",
  platform: "B",
  postType: "C",
  impressions: "D",
  engagements: "E",
  engagementRate: "F",
  text: "G",
  link: "H",
  /** The post's row in the posts table, which every other cell of the row reads: off the printed page. */
  position: "J",
} as const;

/** Where a list of ranked posts sits. */
export interface RankedBlock {
  readonly headingRow: number;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

const rankedBlock = (headingRow: number, posts: number): RankedBlock => ({
  headingRow,
  headerRow: headingRow + 1,
  firstRow: headingRow + 2,
  lastRow: headingRow + 1 + posts,
});

/** Where the sheet keeps each thing, for whoever reads or tests it. */
export function contentLayout(options: ContentOptions = {}) {
  const groupRows = options.groupRows ?? DEFAULT_GROUP_ROWS;
  const firstGroupRow = ALL_ROW + 1;
  const lastGroupRow = firstGroupRow + groupRows - 1;
  const gridHeaderRow = lastGroupRow + 3;
  const rankedPosts = options.rankedPosts ?? DEFAULT_RANKED_POSTS;
  const top = rankedBlock(gridHeaderRow + 26, rankedPosts);
  const bottom = rankedBlock(top.lastRow + 2, rankedPosts);
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
    rankedPosts,
    rankedColumns: RANKED_COLUMNS,
    /** The best posts of the period, best first. */
    top,
    /** The weakest posts of the period, weakest first. */
    bottom,
  };
}

/**
 * A COUNTIFS/SUMIFS criterion for a typed filter cell: the typed value, or — when blank — one no
 * platform or post type can equal, because `"*"` would leave out posts whose type is blank. A
 * platform cell holds its name (LinkedIn) where the table holds its id (linkedin): criteria
 * ignore case, and a social network's name is its id but for case (platformNames.ts).
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
  const [setFrom, setTo] = periodSets(options.period);
  inputs.push(
    { at: layout.from, initial: "", numberFormat: DATE_FORMAT, ...setFrom },
    { at: layout.to, initial: "", numberFormat: DATE_FORMAT, ...setTo }
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
    const platform = SOCIAL_PLATFORMS[row - layout.firstGroupRow];
    inputs.push(
      {
        at: `${C.platform}${row}`,
        initial: platform === undefined ? "" : PLATFORM_NAMES[platform],
      },
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

  const posts = tables.posts === undefined ? undefined : tableRef("posts", tables.posts);
  const from = `$${layout.periodFrom.replace(/\d+/, "")}$${PERIOD_START_ROW}`;
  const to = `$${layout.periodTo.replace(/\d+/, "")}$${PERIOD_START_ROW + 1}`;
  if (posts === undefined) {
    cells.push(
      { at: layout.periodFrom, value: t(LABELS.noData) },
      { at: layout.postsPerWeek, value: t(LABELS.noData) }
    );
  } else {
    const published = posts.column("Published");
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

  for (const ranking of ["top", "bottom"] as const) {
    cells.push(
      {
        at: `A${layout[ranking].headingRow}`,
        value: t(RANKED_HEADINGS[ranking](layout.rankedPosts)),
        bold: true,
      },
      ...rankedPosts(layout[ranking], ranking, posts, { from, to }, t)
    );
  }

  return {
    id: CONTENT_TEMPLATE_ID,
    sheetName: t(LABELS.sheetName),
    cells,
    inputs,
    columnWidths: [
      { columns: "A", width: 110 },
      { columns: "B", width: 110 },
      { columns: "C:F", width: 80 },
      { columns: "G", width: 220 },
      { columns: "H", width: 80 },
      { columns: "J", width: 130 },
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
      area: `A1:H${layout.bottom.lastRow}`,
      orientation: "landscape",
      titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
      fitColumns: true,
    },
  };
}

/**
 * The name people know a platform by (LinkedIn), for the id the posts table holds (`linkedin`),
 * as the breakdown above names it; an id the add-in does not know is shown as it is.
 *
 * @example
 * platformName("A2") //=> 'SWITCH(A2,"facebook","Facebook",…,A2&"")'
 */
function platformName(id: string): string {
  const names = Object.entries(PLATFORM_NAMES).map(
    ([platform, name]) => `${textLiteral(platform)},${textLiteral(name)}`
  );
  return `SWITCH(${id},${names.join(",")},${id}&"")`;
}

/**
 * One list of ranked posts: the posts published in the period with impressions and an
 * engagements figure, by engagement rate (engagements ÷ impressions, the post's own), then by
 * engagements, then by their order in the posts table — best first for the top list, and the
 * exact reverse for the bottom one, so ties always fall the same way. Column J finds the post's
 * row in the table with SORTBY over FILTER (Excel 2021 or Microsoft 365); the other cells read
 * that row with INDEX, so a text starting with "=" is a value, never a formula. The link is a
 * HYPERLINK only for a web address: an imported file could hold a local path or a UNC share,
 * which a click must not open (Excel on the web follows web addresses only, anyway).
 */
function rankedPosts(
  block: RankedBlock,
  ranking: "top" | "bottom",
  posts: TableRef<"posts"> | undefined,
  period: { readonly from: string; readonly to: string },
  t: (text: Localized) => string
): CellSpec[] {
  const R = RANKED_COLUMNS;
  const headers = [
    [R.published, LABELS.published],
    [R.platform, LABELS.platform],
    [R.postType, LABELS.postType],
    [R.impressions, LABELS.impressions],
    [R.engagements, LABELS.engagements],
    [R.engagementRate, LABELS.perPostRate],
    [R.text, LABELS.text],
    [R.link, LABELS.link],
    [R.position, LABELS.rowInPosts],
  ] as const;
  const cells: CellSpec[] = headers.map(([column, label]) => ({
    at: `${column}${block.headerRow}`,
    value: t(label),
    bold: true,
  }));
  if (posts === undefined) {
    return [...cells, { at: `${R.published}${block.firstRow}`, value: t(LABELS.noData) }];
  }

  const published = posts.column("Published");
  const impressions = posts.column("Impressions");
  const engagements = posts.column("Engagements");
  const eligible =
    `ISNUMBER(${published})*(${published}>=${period.from})*(${published}<${period.to}+1)` +
    `*ISNUMBER(${impressions})*(${impressions}>0)*ISNUMBER(${engagements})`;
  const kept = (values: string) => `FILTER(${values},${eligible})`;
  const positions = kept(`SEQUENCE(ROWS(${published}))`);
  // Top: rate and engagements descending, table order ascending; bottom: each the other way.
  const best = ranking === "top" ? -1 : 1;
  const sorted =
    `SORTBY(${positions},${kept(engagements)}/${kept(impressions)},${best},` +
    `${kept(engagements)},${best},${positions},${-best})`;

  for (let row = block.firstRow; row <= block.lastRow; row += 1) {
    const position = `$${R.position}${row}`;
    const field = (column: ColumnName<"posts">) => `INDEX(${posts.column(column)},${position})`;
    const text = (column: ColumnName<"posts">) => `${field(column)}&""`;
    const unlessBlank = (formula: string) => `=IF(${position}="","",${formula})`;
    const link = field("Permalink");
    cells.push(
      {
        at: position.replace(/\$/g, ""),
        formula: `=IFERROR(INDEX(${sorted},${row - block.firstRow + 1}),"")`,
      },
      {
        at: `${R.published}${row}`,
        formula: unlessBlank(field("Published")),
        numberFormat: DATE_TIME_FORMAT,
      },
      { at: `${R.platform}${row}`, formula: unlessBlank(platformName(field("Platform"))) },
      { at: `${R.postType}${row}`, formula: unlessBlank(text("Post Type")) },
      {
        at: `${R.impressions}${row}`,
        formula: unlessBlank(field("Impressions")),
        numberFormat: COUNT_FORMAT,
      },
      {
        at: `${R.engagements}${row}`,
        formula: unlessBlank(field("Engagements")),
        numberFormat: COUNT_FORMAT,
      },
      {
        at: `${R.engagementRate}${row}`,
        formula: unlessBlank(`${R.engagements}${row}/${R.impressions}${row}`),
        numberFormat: RATE_FORMAT,
      },
      { at: `${R.text}${row}`, formula: unlessBlank(text("Text")) },
      {
        at: `${R.link}${row}`,
        formula: unlessBlank(
          `IF(OR(LEFT(${link},8)="https://",LEFT(${link},7)="http://"),IFERROR(HYPERLINK(${link},${textLiteral(t(LABELS.open))}),${link}&""),${link}&"")`
        ),
      }
    );
  }
  return cells;
}
