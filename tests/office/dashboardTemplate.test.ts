import fc from "fast-check";
import { dateToSerial, isoToSerial, serialToIso } from "../../src/domain/common/excelDate";
import type { Language } from "../../src/domain/common/language";
import type { PostRecord } from "../../src/domain/import/schema";
import { ctr } from "../../src/domain/kpi/ctr";
import { engagementRate } from "../../src/domain/kpi/engagementRate";
import { followerGrowth } from "../../src/domain/kpi/followerGrowth";
import { isKpiError } from "../../src/domain/kpi/kpiError";
import {
  type DashboardTile,
  dashboardTemplate,
  dashboardTileRow,
} from "../../src/domain/templates/dashboard";
import { isWorkbookError } from "../../src/domain/workbook/workbookError";
import { applyTemplate } from "../../src/office/applyTemplate";
import { readTableNames } from "../../src/office/readTableNames";
import { writeImport } from "../../src/office/writeImport";
import { day, NOW, post, postsFile } from "../support/builders/records";
import { useExcelStandIn } from "../support/excel/useExcelStandIn";

const excel = useExcelStandIn();

async function applyDashboard(language: Language = "en"): Promise<string> {
  const tables = await readTableNames();
  if (isWorkbookError(tables)) throw new Error(tables.message);
  excel.standIn.resetStats();
  const applied = await applyTemplate(dashboardTemplate(tables, language));
  if (isWorkbookError(applied)) throw new Error(applied.message);
  return applied.sheetName;
}

async function importOk(...args: Parameters<typeof writeImport>): Promise<void> {
  const report = await writeImport(...args);
  if (isWorkbookError(report)) throw new Error(`${report.code}: ${report.message}`);
}

const sheet = (name = "Dashboard") => excel.standIn.workbook.sheet(name);
const tileValue = (tile: DashboardTile, column: "B" | "C" | "D", name = "Dashboard") =>
  sheet(name).cell(`${column}${dashboardTileRow(tile)}`).value;

/** A fortnight in January 2026; the previous period is the fortnight before it. */
const START = dateToSerial(2026, 1, 5);
const END = dateToSerial(2026, 1, 18);
const at = (serial: number, time = "10:00") => `${serialToIso(serial, false)}T${time}`;

function choosePeriod(name: string, platform = "All"): void {
  excel.standIn.arrange.setValues(name, "B3:B5", [[START], [END], [platform]]);
}

/** Sums over the posts published in [from, to] on `platform` (undefined: all). */
function sums(records: readonly PostRecord[], from: number, to: number, platform?: string) {
  const chosen = records.filter((r) => {
    const published = Math.floor(isoToSerial(r.publishedAt ?? "") ?? Number.NaN);
    return (
      published >= from && published <= to && (platform === undefined || r.platform === platform)
    );
  });
  const total = (pick: (r: PostRecord) => number | null) =>
    chosen.reduce((sum, r) => sum + (pick(r) ?? 0), 0);
  return {
    count: chosen.length,
    impressions: total((r) => r.impressions),
    reach: total((r) => r.reach),
    engagements: total((r) => r.engagements),
    linkClicks: total((r) => r.linkClicks),
  };
}

/** What a tile shows for a KPI result: the number, or the no-data text for an error. */
const shown = (result: ReturnType<typeof engagementRate>) =>
  isKpiError(result) ? "No data yet" : result;

describe("the KPI dashboard template", () => {
  it("applies in at most three syncs with no imported data, every tile saying there is no data yet", async () => {
    const name = await applyDashboard();
    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
    expect(name).toBe("Dashboard");
    choosePeriod(name);
    for (const tile of [
      "engagementRate",
      "reach",
      "impressions",
      "csat",
      "shareOfVoice",
    ] as const) {
      expect(tileValue(tile, "B")).toBe("No data yet");
      expect(tileValue(tile, "C")).toBe("No data yet");
      expect(tileValue(tile, "D")).toBe("");
    }
  });

  it("shows on every tile the KPI computed from the same posts, for the period and the one before, by platform", async () => {
    const name = await applyDashboard();
    const imported: PostRecord[] = [];
    let next = 1;
    const generated = fc.array(
      fc.record({
        offset: fc.integer({ min: -16, max: 16 }),
        platform: fc.constantFrom("x", "instagram"),
        impressions: fc.integer({ min: 0, max: 50_000 }),
        reach: fc.integer({ min: 0, max: 40_000 }),
        engagements: fc.integer({ min: 0, max: 3000 }),
        linkClicks: fc.integer({ min: 0, max: 500 }),
      }),
      { minLength: 1, maxLength: 12 }
    );
    await fc.assert(
      fc.asyncProperty(
        generated,
        fc.constantFrom("All", "x", "instagram"),
        async (rows, filter) => {
          const records = rows.map(({ offset, ...figures }) =>
            post(next++, { ...figures, publishedAt: at(START + offset, "23:30") })
          );
          imported.push(...records);
          await importOk(postsFile(records), { now: NOW });
          await applyDashboard();
          choosePeriod(name, filter);
          const platform = filter === "All" ? undefined : filter;
          const length = END - START + 1;
          const periods = {
            B: sums(imported, START, END, platform),
            C: sums(imported, START - length, START - 1, platform),
          };
          for (const column of ["B", "C"] as const) {
            const s = periods[column];
            const expectEqual = (tile: DashboardTile, expected: number | string) =>
              typeof expected === "number"
                ? expect(tileValue(tile, column)).toBeCloseTo(expected, 12)
                : expect(tileValue(tile, column)).toBe(expected);
            expectEqual("engagementRate", shown(engagementRate(s.engagements, s.impressions)));
            expectEqual("ctr", shown(ctr(s.linkClicks, s.impressions)));
            expectEqual("impressions", s.count === 0 ? "No data yet" : s.impressions);
            expectEqual("reach", s.count === 0 ? "No data yet" : s.reach);
          }
        }
      ),
      { numRuns: 8 }
    );
  });

  it("colours the change by direction: green when the KPI rose, red when it fell", async () => {
    await importOk(
      postsFile([
        post(1, { publishedAt: at(START + 1), impressions: 2000, engagements: 10 }),
        post(2, { publishedAt: at(START - 3), impressions: 1000, engagements: 100 }),
      ]),
      { now: NOW }
    );
    const name = await applyDashboard();
    choosePeriod(name);
    const [rose, fell] = dashboardTemplate({}, "en").conditionalFormats ?? [];
    expect(rose?.fill).toBe("#C6EFCE");
    expect(fell?.fill).toBe("#FFC7CE");
    expect(sheet(name).conditionalFormats).toHaveLength(2);
    // The stand-in records rules without evaluating them: evaluate each rule's formula, moved to
    // the tile's row as Excel moves it, in a spare cell.
    const first = dashboardTileRow("engagementRate");
    const holds = (formula: string | undefined, tile: DashboardTile) => {
      const row = dashboardTileRow(tile);
      const moved = (formula ?? "").replace(new RegExp(`\\$D${first}\\b`, "g"), `$D${row}`);
      excel.standIn.arrange.setValues(name, "Z1", [[moved]]);
      return sheet(name).cell("Z1").value;
    };
    expect(tileValue("impressions", "D")).toBeCloseTo(1, 12);
    expect([holds(rose?.formula, "impressions"), holds(fell?.formula, "impressions")]).toEqual([
      true,
      false,
    ]);
    expect([
      holds(rose?.formula, "engagementRate"),
      holds(fell?.formula, "engagementRate"),
    ]).toEqual([false, true]);
    expect([holds(rose?.formula, "csat"), holds(fell?.formula, "csat")]).toEqual([false, false]);
  });

  it("measures follower growth from the Daily table, and says so when no Mentions table was imported", async () => {
    await importOk(
      {
        ...postsFile([]),
        platform: "facebook",
        format: "facebook/page-insights",
        records: {
          daily: [
            day(serialToIso(START - 2, false), { followers: 9_000 }),
            day(serialToIso(START, false), { followers: 10_000 }),
            day(serialToIso(START + 6, false), { followers: 10_400 }),
            day(serialToIso(END, false), { followers: 10_500 }),
          ],
        },
      },
      { now: NOW }
    );
    const name = await applyDashboard();
    choosePeriod(name);
    expect(tileValue("followerGrowth", "B")).toBeCloseTo(
      followerGrowth(10_000, 10_500) as number,
      12
    );
    expect(tileValue("followerGrowth", "C")).toBeCloseTo(0, 12);
    expect(tileValue("mentions", "B")).toBe("No data yet");
  });

  it("draws impressions as columns with engagement rate as a line on a secondary axis, and three more charts over its own cells", async () => {
    const name = await applyDashboard();
    const charts = excel.standIn.workbook.charts(name);
    expect(charts.map((c) => [c.chartType, c.title.text])).toEqual([
      ["ColumnClustered", "Impressions and engagement rate"],
      ["ColumnClustered", "Reach by platform"],
      ["BarClustered", "Engagement rate by content type"],
      ["Line", "Followers over time"],
    ]);
    const [overTime, reach, byType, followers] = charts;
    expect(
      overTime?.series.map((s) => [s.name, s.chartType ?? overTime.chartType, s.axisGroup])
    ).toEqual([
      ["Impressions", "ColumnClustered", "Primary"],
      ["Engagement rate", "Line", "Secondary"],
    ]);
    expect(overTime?.series[0]?.valuesAddress).toBe(`${name}!$H$8:$H$19`);
    expect(overTime?.series[0]?.xValuesAddress).toBe(`${name}!$G$8:$G$19`);
    expect(reach?.series.map((s) => s.name)).toEqual(["Reach"]);
    expect(byType?.series.map((s) => s.name)).toEqual(["Engagement rate"]);
    expect(followers?.series.map((s) => s.name)).toEqual(["Followers"]);
  });

  it("uses the tables' actual names, such as Posts_SocialKPI when the user had a Posts table", async () => {
    excel.standIn.arrange.addTable("Sheet1", "A1:B2", {
      name: "Posts",
      values: [
        ["Mine", "Too"],
        [1, 2],
      ],
    });
    await importOk(postsFile([post(1, { publishedAt: at(START + 2) })]), { now: NOW });
    const name = await applyDashboard();
    choosePeriod(name);
    expect(tileValue("impressions", "B", name)).toBe(post(1).impressions);
    expect(sheet(name).cell(`B${dashboardTileRow("impressions")}`).formula).toContain(
      "Posts_SocialKPI[Impressions]"
    );
  });

  it("keeps the period and platform the user chose when it is applied again", async () => {
    const name = await applyDashboard();
    choosePeriod(name, "x");
    await importOk(postsFile([post(1, { publishedAt: at(START + 2) })]), { now: NOW });
    await applyDashboard();
    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
    expect(sheet(name).values()[2]?.[1]).toBe(START);
    expect(sheet(name).values()[3]?.[1]).toBe(END);
    expect(sheet(name).values()[4]?.[1]).toBe("x");
    expect(tileValue("impressions", "B")).toBe(post(1).impressions);
  });

  it("speaks French: sheet name, headings and the no-data words", async () => {
    const name = await applyDashboard("fr");
    expect(name).toBe("Tableau de bord");
    choosePeriod(name, "Toutes");
    expect(sheet(name).cell("B7").value).toBe("Période");
    expect(tileValue("reach", "B", name)).toBe("Pas encore de données");
  });
});
