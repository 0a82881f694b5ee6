import fc from "fast-check";
import { dateToSerial, isoToSerial, serialToIso } from "../../src/domain/common/excelDate";
import type { Language } from "../../src/domain/common/language";
import type { MentionRecord, PostRecord, TrafficRecord } from "../../src/domain/import/schema";
import { conversionRate } from "../../src/domain/kpi/conversionRate";
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
import {
  day,
  mention,
  mentionsFile,
  NOW,
  post,
  postsFile,
  trafficDay,
  trafficFile,
} from "../support/builders/records";
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

  it("computes the tiles over LinkedIn's posts only when LinkedIn is picked from the platform drop-down", async () => {
    const published = { publishedAt: at(START + 2) };
    await importOk(
      postsFile([
        post(1, {
          ...published,
          platform: "linkedin",
          impressions: 1000,
          reach: 800,
          engagements: 50,
        }),
        post(2, {
          ...published,
          platform: "linkedin",
          impressions: 3000,
          reach: 2000,
          engagements: 70,
        }),
        post(3, {
          ...published,
          platform: "instagram",
          impressions: 9000,
          reach: 7000,
          engagements: 900,
        }),
        post(4, { ...published, platform: "x", impressions: 500, reach: 400, engagements: 5 }),
      ]),
      { now: NOW }
    );
    const name = await applyDashboard();
    const dropDown = sheet(name).dataValidations.find((v) => v.address.includes("B5"));
    expect(dropDown?.rule).toMatchObject({
      list: { source: "All,Facebook,Instagram,X,LinkedIn,TikTok,YouTube" },
    });

    choosePeriod(name, "LinkedIn");

    expect(tileValue("impressions", "B")).toBe(4000);
    expect(tileValue("reach", "B")).toBe(2800);
    expect(tileValue("engagementRate", "B")).toBeCloseTo(120 / 4000, 12);
    // The per-platform table names LinkedIn the same way and finds its posts under the id.
    const linkedInRow = Array.from({ length: 40 }, (_, i) => i + 1).find(
      (row) => sheet(name).cell(`A${row}`).value === "LinkedIn"
    );
    expect(linkedInRow).toBeDefined();
    expect(sheet(name).cell(`C${linkedInRow ?? 0}`).value).toBe(4000);
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

  it("replaces a typed start date with a period chosen in the pane, and keeps it when none is chosen", async () => {
    const name = await applyDashboard();
    choosePeriod(name, "x");
    const chosen = { start: START - 14, end: END - 14 };

    excel.standIn.resetStats();
    const applied = await applyTemplate((tables) =>
      dashboardTemplate(tables, "en", { period: chosen, platform: "all" })
    );

    expect(applied).toEqual({ sheetName: name, created: false });
    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
    expect(sheet(name).cell("B3").value).toBe(chosen.start);
    expect(sheet(name).cell("B3").text).toBe(serialToIso(chosen.start, false));
    expect(sheet(name).cell("B4").value).toBe(chosen.end);
    expect(sheet(name).cell("B5").value).toBe("All");
    expect(sheet(name).cell("C3").value).toBe(chosen.start);

    excel.standIn.arrange.setValues(name, "B3", [[START]]);
    await applyDashboard();

    expect(sheet(name).cell("B3").value).toBe(START);
    expect(sheet(name).cell("B4").value).toBe(chosen.end);
    expect(sheet(name).cell("B5").value).toBe("All");
  });

  it("speaks French: sheet name, headings and the no-data words", async () => {
    const name = await applyDashboard("fr");
    expect(name).toBe("Tableau de bord");
    choosePeriod(name, "Toutes");
    expect(sheet(name).cell("B7").value).toBe("Période");
    expect(tileValue("reach", "B", name)).toBe("Pas encore de données");
  });

  describe("mention volume, conversion rate, CSAT and share of voice", () => {
    const serialOf = (iso: string | null) => Math.floor(isoToSerial(iso ?? "") ?? Number.NaN);
    const within = (iso: string | null, from: number, to: number) =>
      serialOf(iso) >= from && serialOf(iso) <= to;
    const LENGTH = END - START + 1;
    const WINDOWS = { B: [START, END], C: [START - LENGTH, START - 1] } as const;

    /** Mention volume: the mentions dated in the window on the platform. No KPI function counts rows. */
    const mentionVolume = (
      records: readonly MentionRecord[],
      [from, to]: readonly number[],
      platform?: string
    ) => {
      const count = records.filter(
        (m) =>
          within(m.date, from ?? 0, to ?? 0) && (platform === undefined || m.platform === platform)
      ).length;
      return count === 0 ? "No data yet" : count;
    };
    /** Conversion rate of the window's traffic, as src/domain/kpi computes it from the sums. */
    const conversion = (records: readonly TrafficRecord[], [from, to]: readonly number[]) => {
      const chosen = records.filter((r) => within(r.date, from ?? 0, to ?? 0));
      const sum = (pick: (r: TrafficRecord) => number | null) =>
        chosen.reduce((total, r) => total + (pick(r) ?? 0), 0);
      return shown(
        conversionRate(
          sum((r) => r.keyEvents),
          sum((r) => r.sessions)
        )
      );
    };

    it("shows on the mention volume and conversion rate tiles what the Mentions and Traffic records give, for the period and the one before", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              offset: fc.integer({ min: -16, max: 16 }),
              platform: fc.constantFrom("x" as const, "instagram" as const),
              time: fc.constantFrom("00:00", "09:15", "23:59"),
            }),
            { maxLength: 10 }
          ),
          fc.uniqueArray(
            fc.record({
              offset: fc.integer({ min: -16, max: 16 }),
              sessions: fc.integer({ min: 0, max: 5000 }),
              keyEvents: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
            }),
            { selector: (d) => d.offset, maxLength: 10 }
          ),
          fc.constantFrom("All", "x", "instagram"),
          async (drawnMentions, drawnTraffic, filter) => {
            excel.replace();
            const mentions = drawnMentions.map((d, i) =>
              mention(i, {
                platform: d.platform,
                date: `${serialToIso(START + d.offset, false)}T${d.time}`,
              })
            );
            const traffic = drawnTraffic.map((d) =>
              trafficDay(serialToIso(START + d.offset, false), {
                sessions: d.sessions,
                keyEvents: d.keyEvents,
              })
            );
            if (mentions.length > 0) await importOk(mentionsFile(mentions), { now: NOW });
            if (traffic.length > 0) await importOk(trafficFile(traffic), { now: NOW });
            const name = await applyDashboard();
            choosePeriod(name, filter);

            const platform = filter === "All" ? undefined : filter;
            for (const column of ["B", "C"] as const) {
              const expectTile = (tile: DashboardTile, expected: number | string) =>
                typeof expected === "number"
                  ? expect(tileValue(tile, column)).toBeCloseTo(expected, 12)
                  : expect(tileValue(tile, column)).toBe(expected);
              expectTile("mentions", mentionVolume(mentions, WINDOWS[column], platform));
              // Web analytics has no platform: the filter leaves the conversion rate alone.
              expectTile("conversionRate", conversion(traffic, WINDOWS[column]));
            }
          }
        ),
        { numRuns: 6 }
      );
    });

    it("computes the change of the mention volume and conversion rate tiles", async () => {
      await importOk(
        mentionsFile([
          mention(1, { date: `${serialToIso(START + 1, false)}T10:00` }),
          mention(2, { date: `${serialToIso(END, false)}T23:30` }),
          mention(3, { date: `${serialToIso(START - 1, false)}T08:00` }),
        ]),
        { now: NOW }
      );
      await importOk(
        trafficFile([
          trafficDay(serialToIso(START + 3, false), { sessions: 400, keyEvents: 10 }),
          trafficDay(serialToIso(START - 3, false), { sessions: 400, keyEvents: 20 }),
        ]),
        { now: NOW }
      );
      const name = await applyDashboard();
      choosePeriod(name);

      expect([tileValue("mentions", "B"), tileValue("mentions", "C")]).toEqual([2, 1]);
      expect(tileValue("mentions", "D")).toBeCloseTo(1, 12);
      expect(tileValue("conversionRate", "B")).toBeCloseTo(conversionRate(10, 400) as number, 12);
      expect(tileValue("conversionRate", "D")).toBeCloseTo(-0.5, 12);
    });

    it("says there is no data yet on the mention volume and conversion rate tiles without their tables, or with nothing in the period", async () => {
      await importOk(postsFile([post(1, { publishedAt: at(START + 2) })]), { now: NOW });
      let name = await applyDashboard();
      choosePeriod(name);
      for (const tile of ["mentions", "conversionRate"] as const) {
        expect([tileValue(tile, "B"), tileValue(tile, "C"), tileValue(tile, "D")]).toEqual([
          "No data yet",
          "No data yet",
          "",
        ]);
      }

      // Both tables exist now, but hold nothing in either period.
      await importOk(mentionsFile([mention(1, { date: "2025-06-01T10:00" })]), { now: NOW });
      await importOk(trafficFile([trafficDay("2025-06-01", { sessions: 0, keyEvents: 0 })]), {
        now: NOW,
      });
      name = await applyDashboard();
      choosePeriod(name);
      for (const tile of ["mentions", "conversionRate"] as const) {
        expect(sheet(name).cell(`B${dashboardTileRow(tile)}`).formula).toMatch(
          tile === "mentions" ? /Mentions\[Date\]/ : /Traffic\[Sessions\]/
        );
        expect([tileValue(tile, "B"), tileValue(tile, "C"), tileValue(tile, "D")]).toEqual([
          "No data yet",
          "No data yet",
          "",
        ]);
      }
    });

    it("says there is no data yet on the CSAT and share of voice tiles even with every table imported, in English and in French", async () => {
      // No imported table carries survey scores or competitors' mentions: the tiles must not show 0.
      await importOk(postsFile([post(1, { publishedAt: at(START + 2) })]), { now: NOW });
      await importOk(mentionsFile([mention(1, { date: at(START + 2) })]), { now: NOW });
      await importOk(trafficFile([trafficDay(serialToIso(START + 2, false))]), { now: NOW });
      for (const [language, noData] of [
        ["en", "No data yet"],
        ["fr", "Pas encore de données"],
      ] as const) {
        const name = await applyDashboard(language);
        choosePeriod(name, language === "en" ? "All" : "Toutes");
        expect(tileValue("mentions", "B", name)).toBe(1);
        for (const tile of ["csat", "shareOfVoice"] as const) {
          expect([
            tileValue(tile, "B", name),
            tileValue(tile, "C", name),
            tileValue(tile, "D", name),
          ]).toEqual([noData, noData, ""]);
        }
      }
    });
  });
});
