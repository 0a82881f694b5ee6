import fc from "fast-check";
import type { Language } from "../../../src/domain/common/language";
import type { AdRecord, PlatformId } from "../../../src/domain/import/schema";
import { cpa } from "../../../src/domain/kpi/cpa";
import { cpc } from "../../../src/domain/kpi/cpc";
import { cpm } from "../../../src/domain/kpi/cpm";
import { roas } from "../../../src/domain/kpi/roas";
import { roi } from "../../../src/domain/kpi/roi";
import {
  BUDGET_LAYOUT,
  type BudgetOptions,
  budgetTemplate,
  DEFAULT_MAX_SHARE,
} from "../../../src/domain/templates/budget";
import type { OwnedTable } from "../../../src/domain/workbook/tableNames";
import { isWorkbookError } from "../../../src/domain/workbook/workbookError";
import { applyTemplate } from "../../../src/office/applyTemplate";
import { readTableNames } from "../../../src/office/readTableNames";
import { writeImport } from "../../../src/office/writeImport";
import { NOW } from "../../support/builders/records";
import { useExcelStandIn } from "../../support/excel/useExcelStandIn";

const excel = useExcelStandIn();
const C = BUDGET_LAYOUT.columns;
const SHEET = "Budget allocation";
const FIRST = BUDGET_LAYOUT.firstRow;
const TOTAL = BUDGET_LAYOUT.totalRow;

function ad(
  platform: PlatformId,
  campaign: string,
  figures: Pick<AdRecord, "spend" | "impressions" | "clicks" | "conversions" | "conversionValue">
): AdRecord {
  return {
    platform,
    campaignId: null,
    campaign,
    adSetId: null,
    adSet: null,
    adId: null,
    ad: `${platform} ${campaign} ${figures.spend ?? 0}`,
    date: "2026-03-01",
    periodStart: null,
    periodEnd: null,
    currency: "EUR",
    reach: null,
    linkClicks: null,
    results: null,
    resultType: null,
    ...figures,
  };
}

/** Two platforms, two campaigns on one; sums worked out by hand in the tests below. */
const ADS: AdRecord[] = [
  ad("meta-ads", "Spring", {
    spend: 300,
    impressions: 60000,
    clicks: 600,
    conversions: 30,
    conversionValue: 1500,
  }),
  ad("meta-ads", "Summer", {
    spend: 100,
    impressions: 20000,
    clicks: 150,
    conversions: 10,
    conversionValue: 300,
  }),
  ad("linkedin", "Spring", {
    spend: 600,
    impressions: 30000,
    clicks: 200,
    conversions: 12,
    conversionValue: 1200,
  }),
];

async function importAds(records: AdRecord[] = ADS) {
  const report = await writeImport(
    {
      fileName: "ads.csv",
      platform: "meta-ads",
      format: "meta-ads/ads-manager",
      records: { ads: records },
      skipped: [],
    },
    { now: NOW }
  );
  if (isWorkbookError(report)) throw new Error(`${report.code}: ${report.message}`);
}

async function apply(language: Language = "en", options: BudgetOptions = {}) {
  const names = await readTableNames();
  if (isWorkbookError(names)) throw new Error(names.message);
  const tables: Partial<Record<OwnedTable, string>> = names;
  const applied = await applyTemplate(budgetTemplate(tables, language, options));
  if (isWorkbookError(applied)) throw new Error(`${applied.code}: ${applied.message}`);
  return applied;
}

const sheet = (name = SHEET) => excel.standIn.workbook.sheet(name);
const value = (at: string, name = SHEET) => sheet(name).cell(at).value;
const set = (at: string, v: unknown, name = SHEET) =>
  excel.standIn.arrange.setValues(name, at, [[v]]);
const row = (platform: string) =>
  FIRST + ["meta-ads", "linkedin", "tiktok", "x", "youtube"].indexOf(platform);
const cell = (column: keyof typeof C, r: number) => value(`${C[column]}${r}`);
const errorsOn = (name = SHEET) =>
  excel.standIn.workbook
    .values(name)
    .flat()
    .filter((v) => typeof v === "string" && v.startsWith("#"));

describe("the budget allocation sheet in Excel", () => {
  it("sums each platform's spend, impressions, clicks, conversions and revenue from the Ads table, in at most three syncs", async () => {
    await importAds();
    const names = await readTableNames();
    if (isWorkbookError(names)) throw new Error(names.message);
    excel.standIn.resetStats();
    expect(await applyTemplate(budgetTemplate(names, "en"))).toEqual({
      sheetName: SHEET,
      created: true,
    });

    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
    expect(errorsOn()).toEqual([]);
    const meta = row("meta-ads");
    expect([
      cell("spend", meta),
      cell("impressions", meta),
      cell("clicks", meta),
      cell("conversions", meta),
      cell("revenue", meta),
    ]).toEqual([400, 80000, 750, 40, 1800]);
    const li = row("linkedin");
    expect([cell("spend", li), cell("conversions", li), cell("revenue", li)]).toEqual([
      600, 12, 1200,
    ]);
    expect(cell("spend", row("tiktok"))).toBe(0);
    expect(cell("spend", TOTAL)).toBe(1000);
    expect(value(BUDGET_LAYOUT.currency)).toBe("EUR");
  });

  it("gives CPC, CPM, CPA, ROAS and ROI equal to the domain KPIs over the same sums, per platform and in total", async () => {
    await importAds();
    await apply();
    const sums: Array<[number, [number, number, number, number, number]]> = [
      [row("meta-ads"), [400, 80000, 750, 40, 1800]],
      [row("linkedin"), [600, 30000, 200, 12, 1200]],
      [TOTAL, [1000, 110000, 950, 52, 3000]],
    ];
    for (const [r, [spend, impressions, clicks, conversions, revenue]] of sums) {
      expect(cell("cpc", r)).toBeCloseTo(cpc(spend, clicks) as number, 10);
      expect(cell("cpm", r)).toBeCloseTo(cpm(spend, impressions) as number, 10);
      expect(cell("cpa", r)).toBeCloseTo(cpa(spend, conversions) as number, 10);
      expect(cell("roas", r)).toBeCloseTo(roas(revenue, spend) as number, 10);
      expect(cell("roi", r)).toBeCloseTo(roi(revenue, spend) as number, 10);
    }
    // A platform without spend shows gaps, not #DIV/0!.
    expect(cell("cpc", row("tiktok"))).toBe("");
  });

  it("suggests shares proportional to conversions per unit spent, clamped to the limits and rescaled, applied to the total budget", async () => {
    await importAds();
    await apply();
    const meta = row("meta-ads");
    const li = row("linkedin");
    set(`${C.budget}${meta}`, 500);
    set(`${C.budget}${li}`, 500);

    // Efficiencies 40/400 = 0.1 and 12/600 = 0.02: raw shares 5/6 and 1/6. Meta is capped at the
    // 60% maximum, LinkedIn stays at 1/6; rescaled, 0.6/(0.6+1/6) and (1/6)/(0.6+1/6).
    const kept = 0.6 + 1 / 6;
    expect(cell("spendShare", meta)).toBeCloseTo(0.4, 10);
    expect(cell("conversionShare", meta)).toBeCloseTo(40 / 52, 10);
    expect(cell("suggestedShare", meta)).toBeCloseTo(0.6 / kept, 10);
    expect(cell("suggestedShare", li)).toBeCloseTo(1 / 6 / kept, 10);
    expect(cell("suggestedBudget", meta)).toBeCloseTo((1000 * 0.6) / kept, 8);
    expect(cell("suggestedBudget", TOTAL)).toBeCloseTo(1000, 8);
    expect(cell("suggestedShare", row("tiktok"))).toBe("");

    // A minimum of 30% lifts LinkedIn: 0.6 and 0.3, rescaled to 2/3 and 1/3.
    set(`${C.minShare}${li}`, 0.3);
    expect(cell("suggestedShare", li)).toBeCloseTo(1 / 3, 10);
    expect(cell("suggestedBudget", li)).toBeCloseTo(1000 / 3, 8);
  });

  it("reallocates as the rule says for any spends, conversions and limits typed in (property)", async () => {
    await apply();
    const platformRow = fc.record({
      spend: fc.integer({ min: 0, max: 10_000 }),
      conversions: fc.integer({ min: 0, max: 500 }),
      min: fc.integer({ min: 0, max: 30 }).map((n) => n / 100),
      max: fc.integer({ min: 30, max: 100 }).map((n) => n / 100),
      budget: fc.integer({ min: 0, max: 5_000 }),
    });
    fc.assert(
      fc.property(fc.array(platformRow, { minLength: 5, maxLength: 5 }), (rows) => {
        rows.forEach((r, i) => {
          const at = FIRST + i;
          set(`${C.spend}${at}`, r.spend);
          set(`${C.conversions}${at}`, r.conversions);
          set(`${C.minShare}${at}`, r.min);
          set(`${C.maxShare}${at}`, r.max);
          set(`${C.budget}${at}`, r.budget);
        });
        // The rule, written out: efficiency, raw share, clamp, rescale, times the budget.
        const efficiency = rows.map((r) => (r.spend > 0 ? r.conversions / r.spend : null));
        const sum = efficiency.reduce<number>((a, e) => a + (e ?? 0), 0);
        const clamped = efficiency.map((e, i) =>
          e === null || sum === 0
            ? null
            : Math.min(Math.max(e / sum, rows[i]?.min ?? 0), rows[i]?.max ?? 1)
        );
        const kept = clamped.reduce<number>((a, c) => a + (c ?? 0), 0);
        const budget = rows.reduce((a, r) => a + r.budget, 0);
        const base = budget > 0 ? budget : rows.reduce((a, r) => a + r.spend, 0);
        clamped.forEach((c, i) => {
          const share = c === null || kept === 0 ? "" : c / kept;
          const got = cell("suggestedShare", FIRST + i);
          const money = cell("suggestedBudget", FIRST + i);
          if (share === "") {
            expect(got).toBe("");
            expect(money).toBe("");
          } else {
            expect(got).toBeCloseTo(share, 9);
            expect(money).toBeCloseTo(share * base, 6);
          }
        });
        const total = cell("suggestedShare", TOTAL) as number;
        if (kept > 0) expect(total).toBeCloseTo(1, 9);
        else expect(total).toBe(0);
      }),
      { numRuns: 40 }
    );
  });

  it("follows the campaign typed in the filter cell", async () => {
    await importAds();
    await apply();
    set(BUDGET_LAYOUT.campaign, "Spring");
    expect(cell("spend", row("meta-ads"))).toBe(300);
    expect(cell("conversions", row("linkedin"))).toBe(12);
    expect(cell("spend", TOTAL)).toBe(900);
  });

  it("charts spend and conversions, and ROAS, by platform from blocks beside the page", async () => {
    await importAds();
    await apply();
    expect(sheet().charts).toEqual([
      expect.objectContaining({
        chartType: "ColumnClustered",
        sourceAddress: expect.stringContaining(`W6:Y${BUDGET_LAYOUT.lastRow}`),
      }),
      expect.objectContaining({
        chartType: "ColumnClustered",
        sourceAddress: expect.stringContaining(`AA6:AB${BUDGET_LAYOUT.lastRow}`),
      }),
    ]);
    expect(value(`${C.chartSpend}${row("linkedin")}`)).toBe(600);
    expect(value(`${C.chartConversions}${row("meta-ads")}`)).toBe(40);
    expect(value(`${C.chartRoas}${row("meta-ads")}`)).toBeCloseTo(4.5, 10);
    expect(sheet().orientation).toBe("Landscape");
    expect(sheet().printTitleRows).toBe(`'${SHEET}'!6:6`);
  });

  it("keeps the user's platforms, budgets and limits when regenerated", async () => {
    await importAds();
    await apply();
    set(`${C.budget}${row("meta-ads")}`, 700);
    set(`${C.maxShare}${row("linkedin")}`, 0.9);
    set(`${C.platform}${FIRST + 5}`, "facebook");
    set(BUDGET_LAYOUT.campaign, "Spring");

    expect(await apply()).toEqual({ sheetName: SHEET, created: false });
    expect(cell("budget", row("meta-ads"))).toBe(700);
    expect(cell("maxShare", row("linkedin"))).toBe(0.9);
    expect(cell("maxShare", row("meta-ads"))).toBe(DEFAULT_MAX_SHARE);
    expect(value(`${C.platform}${FIRST + 5}`)).toBe("facebook");
    expect(value(BUDGET_LAYOUT.campaign)).toBe("Spring");
    expect(cell("spend", row("meta-ads"))).toBe(300);
  });

  it("shows a currency chosen in the pane instead of the Ads table's, and the table's again once none is", async () => {
    await importAds();
    await apply("en", { currency: "GBP" });
    expect(value(BUDGET_LAYOUT.currency)).toBe("GBP");

    await apply();
    expect(value(BUDGET_LAYOUT.currency)).toBe("EUR");
  });

  it("works without imported ads: the figures are typed in and every formula computes", async () => {
    await apply();
    expect(errorsOn()).toEqual([]);
    const meta = row("meta-ads");
    set(`${C.spend}${meta}`, 200);
    set(`${C.clicks}${meta}`, 100);
    set(`${C.conversions}${meta}`, 8);
    set(`${C.revenue}${meta}`, 600);
    set(`${C.budget}${meta}`, 250);
    expect(cell("cpc", meta)).toBe(2);
    expect(cell("cpa", meta)).toBe(25);
    expect(cell("roas", meta)).toBe(3);
    expect(cell("roi", meta)).toBe(2);
    expect(cell("cpm", meta)).toBe("");
    // The only platform with spend takes the whole budget within its limits: capped at 60%, rescaled to 100%.
    expect(cell("suggestedShare", meta)).toBe(1);
    expect(cell("suggestedBudget", meta)).toBe(250);
    expect(errorsOn()).toEqual([]);
  });

  it("fills the typed figures from the Ads table once ads are imported and the sheet regenerated, keeping the budgets", async () => {
    await apply();
    const meta = row("meta-ads");
    set(`${C.spend}${meta}`, 123);
    set(`${C.budget}${meta}`, 900);
    await importAds();

    expect(await apply()).toEqual({ sheetName: SHEET, created: false });
    expect(cell("spend", meta)).toBe(400);
    expect(cell("budget", meta)).toBe(900);
    expect(value(BUDGET_LAYOUT.currency)).toBe("EUR");
  });

  it("speaks French, reading a table named Ads_SocialKPI", async () => {
    excel.standIn.arrange
      .addSheet("Ads")
      .addTable("Ads", "A1:A2", { name: "Ads", values: [["Mine"], ["x"]] });
    await importAds();
    const names = await readTableNames();
    if (isWorkbookError(names)) throw new Error(names.message);
    expect(names.ads).toBe("Ads_SocialKPI");

    expect(await apply("fr")).toEqual({ sheetName: "Répartition du budget", created: true });
    const fr = "Répartition du budget";
    expect(value(`${C.platform}6`, fr)).toBe("Plateforme");
    expect(value(`${C.suggestedBudget}6`, fr)).toBe("Budget suggéré");
    expect(value(`${C.spend}${row("meta-ads")}`, fr)).toBe(400);
    expect(errorsOn(fr)).toEqual([]);
  });
});
