import type { Language, Localized } from "../common/language";
import { textLiteral } from "../common/nativeFormula";
import { nativeRatio } from "../kpi/reference/nativeRatio";
import { roiReference } from "../kpi/reference/roi";
import type { ColumnName } from "../workbook/tableSpecs";
import type { OwnedTable } from "../workbook/tableNames";
import { tableRef } from "../workbook/tableRef";
import type {
  CellSpec,
  ChartSpec,
  ConditionalFormatSpec,
  InputCellSpec,
  SheetSpec,
  ValidationSpec,
} from "./sheetSpec";

export const BUDGET_TEMPLATE_ID = "budget";

/** The platforms listed until the user types others: the ones whose ads exports the add-in reads. */
export const BUDGET_PLATFORMS = ["meta-ads", "linkedin", "tiktok", "x", "youtube", ""] as const;
export const DEFAULT_MIN_SHARE = 0.05;
export const DEFAULT_MAX_SHARE = 0.6;

const MONEY = "#,##0.00";
const COUNT = "#,##0";
const SHARE = "0.0%";
const RATIO = "0.00";

const HEADER_ROW = 6;
const FIRST_ROW = HEADER_ROW + 1;
const LAST_ROW = FIRST_ROW + BUDGET_PLATFORMS.length - 1;
const TOTAL_ROW = LAST_ROW + 1;
const CHART_TOP = TOTAL_ROW + 2;
const CHART_BOTTOM = CHART_TOP + 17;

/** Where the sheet keeps each thing, for whoever reads or tests it. */
export const BUDGET_LAYOUT = {
  campaign: "C2",
  currency: "C3",
  headerRow: HEADER_ROW,
  firstRow: FIRST_ROW,
  lastRow: LAST_ROW,
  totalRow: TOTAL_ROW,
  columns: {
    platform: "B",
    budget: "C",
    spend: "D",
    impressions: "E",
    clicks: "F",
    conversions: "G",
    revenue: "H",
    cpc: "I",
    cpm: "J",
    cpa: "K",
    roas: "L",
    roi: "M",
    spendShare: "N",
    conversionShare: "O",
    minShare: "P",
    maxShare: "Q",
    efficiency: "R",
    clampedShare: "S",
    suggestedShare: "T",
    suggestedBudget: "U",
    // The charts' sources, right of the printed page: a chart takes one block of cells.
    chartPlatform: "W",
    chartSpend: "X",
    chartConversions: "Y",
    roasPlatform: "AA",
    chartRoas: "AB",
  },
} as const;

/** Choices made outside the sheet. */
export interface BudgetOptions {
  /**
   * An ISO 4217 code (`EUR`) written in the currency cell over the Ads table's currency or what
   * the user typed, even on a refresh; the amounts are not converted. Left out, the cell shows
   * the Ads table's currency, or keeps what was typed while no ads are imported.
   */
  readonly currency?: string;
}

const C = BUDGET_LAYOUT.columns;
type Column = keyof typeof C;

const LABELS = {
  sheetName: { en: "Budget allocation", fr: "Répartition du budget" },
  campaign: { en: "Campaign (blank: all)", fr: "Campagne (vide : toutes)" },
  currency: { en: "Currency", fr: "Devise" },
  mixed: { en: "mixed currencies", fr: "devises mélangées" },
  total: { en: "Total", fr: "Total" },
  platform: { en: "Platform", fr: "Plateforme" },
  budget: { en: "Budget", fr: "Budget" },
  spend: { en: "Spend", fr: "Dépenses" },
  impressions: { en: "Impressions", fr: "Impressions" },
  clicks: { en: "Clicks", fr: "Clics" },
  conversions: { en: "Conversions", fr: "Conversions" },
  revenue: { en: "Revenue", fr: "Chiffre d'affaires" },
  cpc: { en: "CPC", fr: "CPC" },
  cpm: { en: "CPM", fr: "CPM" },
  cpa: { en: "CPA", fr: "CPA" },
  roas: { en: "ROAS", fr: "ROAS" },
  roi: { en: "ROI", fr: "ROI" },
  spendShare: { en: "Share of spend", fr: "Part des dépenses" },
  conversionShare: { en: "Share of conversions", fr: "Part des conversions" },
  minShare: { en: "Min share", fr: "Part min." },
  maxShare: { en: "Max share", fr: "Part max." },
  efficiency: { en: "Conversions per unit spent", fr: "Conversions par unité dépensée" },
  clampedShare: { en: "Share within limits", fr: "Part dans les limites" },
  suggestedShare: { en: "Suggested share", fr: "Part suggérée" },
  suggestedBudget: { en: "Suggested budget", fr: "Budget suggéré" },
  spendVsConversions: {
    en: "Spend and conversions by platform",
    fr: "Dépenses et conversions par plateforme",
  },
  roasByPlatform: { en: "ROAS by platform", fr: "ROAS par plateforme" },
  sharePrompt: {
    en: "A share of the total budget, between 0% and 100%.",
    fr: "Une part du budget total, entre 0 % et 100 %.",
  },
  budgetPrompt: { en: "An amount, 0 or more.", fr: "Un montant, 0 ou plus." },
} as const satisfies Record<string, Localized>;

/** The figures a platform's row sums from the Ads table, and the column each one comes from. */
const SUMMED = [
  ["spend", "Spend", MONEY],
  ["impressions", "Impressions", COUNT],
  ["clicks", "Clicks", COUNT],
  ["conversions", "Conversions", COUNT],
  ["revenue", "Conversion Value", MONEY],
] as const satisfies ReadonlyArray<readonly [Column, ColumnName<"ads">, string]>;

const HEADERS = [
  "platform",
  "budget",
  "spend",
  "impressions",
  "clicks",
  "conversions",
  "revenue",
  "cpc",
  "cpm",
  "cpa",
  "roas",
  "roi",
  "spendShare",
  "conversionShare",
  "minShare",
  "maxShare",
  "efficiency",
  "clampedShare",
  "suggestedShare",
  "suggestedBudget",
] as const satisfies readonly Column[];

/** A formula's body without its leading `=`, to nest it. */
const body = (formula: string): string => formula.replace(/^=/, "");

/**
 * The KPI columns as the KPIs' own native formulas, blank rather than `#DIV/0!` where a platform
 * has no base (no clicks, no spend): a finance sheet reads better with a gap than an error.
 */
function kpiFormulas(row: number | string): Array<readonly [Column, string, string]> {
  const at = (column: Column) => `${C[column]}${row}`;
  const quiet = (formula: string) => `=IFERROR(${body(formula)},"")`;
  return [
    ["cpc", quiet(nativeRatio(at("spend"), at("clicks"))), MONEY],
    ["cpm", quiet(nativeRatio(at("spend"), at("impressions"), 1000)), MONEY],
    ["cpa", quiet(nativeRatio(at("spend"), at("conversions"))), MONEY],
    ["roas", quiet(nativeRatio(at("revenue"), at("spend"))), RATIO],
    ["roi", quiet(roiReference.nativeFormula([at("revenue"), at("spend")], "en")), SHARE],
  ];
}

/**
 * The budget allocation sheet: per platform (optionally one campaign), the user's budget beside
 * spend, impressions, clicks, conversions and revenue summed from the Ads table, CPC, CPM, CPA,
 * ROAS and ROI, shares of spend and of conversions, and a suggested reallocation.
 *
 * The reallocation: each platform with spend gets a share proportional to its conversions per
 * unit spent, clamped to the user's minimum and maximum share, then the clamped shares are
 * rescaled to add up to 100% and applied to the total budget (the total spend while no budget is
 * typed). Rescaling after clamping can move a share slightly past its limit when the limits
 * cannot all hold at once (minimums adding up to more than 100%…); the shares always add up.
 *
 * Without an Ads table the figures are input cells the user types, and every formula still
 * computes; once ads are imported, regenerating fills them from the table. Platforms, budgets,
 * limits and the campaign filter are the user's and survive regeneration.
 *
 * @example
 * budgetTemplate({ ads: "Ads_SocialKPI" }, "fr").sheetName //=> "Répartition du budget"
 */
export function budgetTemplate(
  tables: Partial<Record<OwnedTable, string>>,
  language: Language,
  options: BudgetOptions = {}
): SheetSpec {
  const t = (text: Localized) => text[language];
  const cells: CellSpec[] = [];
  const inputs: InputCellSpec[] = [];
  const validations: ValidationSpec[] = [];
  const conditionalFormats: ConditionalFormatSpec[] = [];
  const ads = tables.ads ? tableRef("ads", tables.ads) : undefined;
  const campaign = `$${BUDGET_LAYOUT.campaign.replace(/(\d+)/, "$$$1")}`;

  cells.push(
    { at: "B1", value: t(LABELS.sheetName), bold: true },
    { at: "B2", value: t(LABELS.campaign) },
    { at: "B3", value: t(LABELS.currency) }
  );
  inputs.push({ at: BUDGET_LAYOUT.campaign, initial: "" });
  if (options.currency !== undefined) {
    inputs.push({ at: BUDGET_LAYOUT.currency, initial: "", set: options.currency });
  } else if (ads) {
    const currency = ads.column("Currency");
    const first = `INDEX(${currency},1)`;
    cells.push({
      at: BUDGET_LAYOUT.currency,
      formula:
        `=IFERROR(IF(COUNTA(${currency})=0,"",IF(COUNTIF(${currency},${first})=COUNTA(${currency}),` +
        `${first},${textLiteral(t(LABELS.mixed))})),"")`,
    });
  } else {
    inputs.push({ at: BUDGET_LAYOUT.currency, initial: "" });
  }

  for (const column of HEADERS) {
    cells.push({ at: `${C[column]}${HEADER_ROW}`, value: t(LABELS[column]), bold: true });
  }

  const range = (column: Column) => `$${C[column]}$${FIRST_ROW}:$${C[column]}$${LAST_ROW}`;
  const total = (column: Column) => `$${C[column]}$${TOTAL_ROW}`;
  BUDGET_PLATFORMS.forEach((platform, i) => {
    const row = FIRST_ROW + i;
    const at = (column: Column) => `${C[column]}${row}`;
    inputs.push(
      { at: at("platform"), initial: platform },
      { at: at("budget"), initial: "", numberFormat: MONEY },
      { at: at("minShare"), initial: DEFAULT_MIN_SHARE, numberFormat: SHARE },
      { at: at("maxShare"), initial: DEFAULT_MAX_SHARE, numberFormat: SHARE }
    );
    for (const [column, source, numberFormat] of SUMMED) {
      if (ads) {
        const sum = (more: string) =>
          `SUMIFS(${ads.column(source)},${ads.column("Platform")},$${at("platform")}${more})`;
        cells.push({
          at: at(column),
          formula: `=IF($${at("platform")}="","",IF(${campaign}="",${sum("")},${sum(`,${ads.column("Campaign")},${campaign}`)}))`,
          numberFormat,
        });
      } else {
        inputs.push({ at: at(column), initial: "", numberFormat });
      }
    }
    for (const [column, formula, numberFormat] of kpiFormulas(row)) {
      cells.push({ at: at(column), formula, numberFormat });
    }
    const spend = at("spend");
    cells.push(
      {
        at: at("spendShare"),
        formula: `=IFERROR(${spend}/${total("spend")},"")`,
        numberFormat: SHARE,
      },
      {
        at: at("conversionShare"),
        formula: `=IFERROR(${at("conversions")}/${total("conversions")},"")`,
        numberFormat: SHARE,
      },
      {
        at: at("efficiency"),
        formula: `=IF(N(${spend})>0,N(${at("conversions")})/${spend},"")`,
        numberFormat: "0.0000",
      },
      {
        at: at("clampedShare"),
        formula:
          `=IFERROR(IF(${at("efficiency")}="","",` +
          `MIN(MAX(${at("efficiency")}/SUM(${range("efficiency")}),${at("minShare")}),${at("maxShare")})),"")`,
        numberFormat: SHARE,
      },
      {
        at: at("suggestedShare"),
        formula: `=IF(${at("clampedShare")}="","",IFERROR(${at("clampedShare")}/SUM(${range("clampedShare")}),""))`,
        numberFormat: SHARE,
      },
      {
        at: at("suggestedBudget"),
        formula: `=IF(${at("suggestedShare")}="","",${at("suggestedShare")}*IF(${total("budget")}>0,${total("budget")},${total("spend")}))`,
        numberFormat: MONEY,
      },
      { at: `${C.chartPlatform}${row}`, formula: `=${at("platform")}&""` },
      { at: `${C.chartSpend}${row}`, formula: `=N(${spend})`, numberFormat: MONEY },
      {
        at: `${C.chartConversions}${row}`,
        formula: `=N(${at("conversions")})`,
        numberFormat: COUNT,
      },
      { at: `${C.roasPlatform}${row}`, formula: `=${at("platform")}&""` },
      { at: `${C.chartRoas}${row}`, formula: `=N(${at("roas")})`, numberFormat: RATIO }
    );
  });

  cells.push({ at: `${C.platform}${TOTAL_ROW}`, value: t(LABELS.total), bold: true });
  const totals: ReadonlyArray<readonly [Column, string]> = [
    ["budget", MONEY],
    ...SUMMED.map(([column, , format]) => [column, format] as const),
    ["spendShare", SHARE],
    ["conversionShare", SHARE],
    ["suggestedShare", SHARE],
    ["suggestedBudget", MONEY],
  ];
  for (const [column, numberFormat] of totals) {
    cells.push({
      at: `${C[column]}${TOTAL_ROW}`,
      formula: `=SUM(${range(column)})`,
      numberFormat,
      bold: true,
    });
  }
  // The totals' KPIs are ratios of the sums, never averages of the platforms' ratios.
  for (const [column, formula, numberFormat] of kpiFormulas(TOTAL_ROW)) {
    cells.push({ at: `${C[column]}${TOTAL_ROW}`, formula, numberFormat, bold: true });
  }
  cells.push(
    { at: `${C.chartPlatform}${HEADER_ROW}`, value: t(LABELS.platform) },
    { at: `${C.chartSpend}${HEADER_ROW}`, value: t(LABELS.spend) },
    { at: `${C.chartConversions}${HEADER_ROW}`, value: t(LABELS.conversions) },
    { at: `${C.roasPlatform}${HEADER_ROW}`, value: t(LABELS.platform) },
    { at: `${C.chartRoas}${HEADER_ROW}`, value: t(LABELS.roas) }
  );

  validations.push(
    {
      range: `${C.budget}${FIRST_ROW}:${C.budget}${LAST_ROW}`,
      rule: { kind: "decimal", min: 0 },
      prompt: t(LABELS.budgetPrompt),
    },
    {
      range: `${C.minShare}${FIRST_ROW}:${C.maxShare}${LAST_ROW}`,
      rule: { kind: "decimal", min: 0, max: 1 },
      prompt: t(LABELS.sharePrompt),
    }
  );
  // Where the suggestion moves budget by more than 5 points of share, up in green, down in red.
  const suggested = `${C.suggestedShare}${FIRST_ROW}:${C.suggestedBudget}${LAST_ROW}`;
  const move = `$${C.suggestedShare}${FIRST_ROW}-N($${C.spendShare}${FIRST_ROW})`;
  const has = `ISNUMBER($${C.suggestedShare}${FIRST_ROW})`;
  conditionalFormats.push(
    {
      range: suggested,
      formula: `=AND(${has},${move}>0.05)`,
      fill: "#C6EFCE",
      fontColor: "#006100",
    },
    {
      range: suggested,
      formula: `=AND(${has},${move}<-0.05)`,
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    }
  );

  const charts: ChartSpec[] = [
    {
      type: "columnClustered",
      source: `${C.chartPlatform}${HEADER_ROW}:${C.chartConversions}${LAST_ROW}`,
      seriesBy: "columns",
      title: t(LABELS.spendVsConversions),
      position: `B${CHART_TOP}:H${CHART_BOTTOM}`,
    },
    {
      type: "columnClustered",
      source: `${C.roasPlatform}${HEADER_ROW}:${C.chartRoas}${LAST_ROW}`,
      seriesBy: "columns",
      title: t(LABELS.roasByPlatform),
      position: `I${CHART_TOP}:O${CHART_BOTTOM}`,
    },
  ];

  return {
    id: BUDGET_TEMPLATE_ID,
    sheetName: t(LABELS.sheetName),
    cells,
    inputs,
    columnWidths: [
      { columns: "A", width: 12 },
      { columns: C.platform, width: 110 },
      { columns: `${C.budget}:${C.suggestedBudget}`, width: 80 },
      { columns: `${C.chartPlatform}:${C.chartRoas}`, width: 70 },
    ],
    freeze: { rows: HEADER_ROW, columns: 2 },
    validations,
    conditionalFormats,
    charts,
    print: {
      area: `A1:${C.suggestedBudget}${CHART_BOTTOM}`,
      orientation: "landscape",
      titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
      fitColumns: true,
    },
  };
}
