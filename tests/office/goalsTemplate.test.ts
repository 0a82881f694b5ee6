import fc from "fast-check";
import { serialToIso } from "../../src/domain/common/excelDate";
import type { Language } from "../../src/domain/common/language";
import type { DailyRecord, PostRecord } from "../../src/domain/import/schema";
import { engagementRate } from "../../src/domain/kpi/engagementRate";
import { followerGrowth } from "../../src/domain/kpi/followerGrowth";
import { goalProgress } from "../../src/domain/kpi/goalProgress";
import { goalPace } from "../../src/domain/kpi/goalPace";
import { goalStatus } from "../../src/domain/kpi/goalStatus";
import { isKpiError } from "../../src/domain/kpi/kpiError";
import { goalsTemplate } from "../../src/domain/templates/goals";
import { isWorkbookError } from "../../src/domain/workbook/workbookError";
import { applyTemplate } from "../../src/office/applyTemplate";
import { readTableNames } from "../../src/office/readTableNames";
import { writeImport } from "../../src/office/writeImport";
import { day, NOW, post, postsFile } from "../support/builders/records";
import { useExcelStandIn } from "../support/excel/useExcelStandIn";

const excel = useExcelStandIn();

/** The goals sheet applied over the workbook's tables as they are now. */
async function applyGoals(language: Language = "en", rows = 20): Promise<string> {
  const tables = await readTableNames();
  if (isWorkbookError(tables)) throw new Error(tables.message);
  // The budget is applyTemplate's own: reading the names is the caller's one sync before it.
  excel.standIn.resetStats();
  const applied = await applyTemplate(goalsTemplate(tables, language, { rows }));
  if (isWorkbookError(applied)) throw new Error(applied.message);
  return applied.sheetName;
}

async function importOk(...args: Parameters<typeof writeImport>): Promise<void> {
  const report = await writeImport(...args);
  if (isWorkbookError(report)) throw new Error(`${report.code}: ${report.message}`);
}

const sheet = (name = "Goals") => excel.standIn.workbook.sheet(name);
/** The date the sheet evaluates goals on: its own TODAY(). */
const asOf = (name = "Goals"): number => sheet(name).cell("B2").value as number;

interface Goal {
  kpi?: string;
  platform?: string;
  baseline: number;
  target: number;
  start: number;
  deadline: number;
  typed?: number;
}

/** Types a goal into row `row` as a user would: A..K. */
function typeGoal(name: string, row: number, goal: Goal): void {
  excel.standIn.arrange.setValues(name, `A${row}:K${row}`, [
    [
      `Goal ${row}`,
      goal.kpi ?? "",
      goal.platform ?? "",
      "Ana",
      "Brand awareness",
      "Last year's best quarter",
      goal.baseline,
      goal.target,
      goal.start,
      goal.deadline,
      goal.typed ?? "",
    ],
  ]);
}

/** What GOAL_STATUS says for a goal in the sheet's language, or the error Excel shows. */
function expectedStatus(goal: Goal, current: number, today: number, language: Language): string {
  const status = goalStatus(goal.baseline, goal.target, current, goal.start, goal.deadline, today, {
    today,
    language,
  });
  return isKpiError(status) ? "#VALUE!" : String(status);
}

const isoDay = (serial: number) => serialToIso(serial, false);

describe("the SMART goals template", () => {
  it("applies in at most three syncs with no imported data, and scores typed goals", async () => {
    const name = await applyGoals();
    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
    expect(name).toBe("Goals");
    const today = asOf();
    const goal = {
      baseline: 1000,
      target: 2000,
      start: today - 10,
      deadline: today + 10,
      typed: 1500,
    };
    typeGoal(name, 5, goal);

    expect(sheet().cell("L5").value).toBe(1500);
    expect(sheet().cell("M5").value).toBeCloseTo(0.5, 12);
    expect(sheet().cell("N5").value).toBeCloseTo(
      goalPace(1000, 2000, today - 10, today + 10, today) as number,
      9
    );
    expect(sheet().cell("O5").value).toBeCloseTo(2000, 9);
    expect(sheet().cell("P5").value).toBe("On track");
    expect(sheet().cell("P6").value).toBe("");
    expect(sheet().cell("L6").value).toBe("");
  });

  it("shows the status GOAL_STATUS computes for the same goal, whatever the goal", async () => {
    const rows = 8;
    const name = await applyGoals("en", rows);
    const today = asOf();
    const goal = fc.record({
      baseline: fc.integer({ min: -50, max: 5000 }),
      target: fc.integer({ min: -50, max: 5000 }),
      start: fc.integer({ min: today - 60, max: today + 20 }),
      length: fc.integer({ min: 0, max: 90 }),
      typed: fc.integer({ min: -100, max: 6000 }),
    });
    fc.assert(
      fc.property(fc.array(goal, { minLength: rows, maxLength: rows }), (goals) => {
        goals.forEach(({ length, ...g }, i) =>
          typeGoal(name, 5 + i, { ...g, deadline: g.start + length })
        );
        goals.forEach(({ length, ...g }, i) => {
          const expected = expectedStatus(
            { ...g, deadline: g.start + length },
            g.typed,
            today,
            "en"
          );
          expect(sheet().cell(`P${5 + i}`).value).toBe(expected);
        });
      }),
      { numRuns: 15 }
    );
  });

  it("scores a goal that decreases, such as a cost per acquisition from 40 down to 30", async () => {
    const name = await applyGoals();
    const today = asOf();
    const cpa = { kpi: "CPA", baseline: 40, target: 30, start: today - 50, deadline: today + 50 };
    typeGoal(name, 5, { ...cpa, typed: 35 });
    typeGoal(name, 6, { ...cpa, typed: 44 });
    typeGoal(name, 7, { ...cpa, typed: 29, deadline: today - 1 });

    expect(sheet().cell("M5").value).toBeCloseTo(goalProgress(40, 30, 35) as number, 12);
    expect(sheet().cell("P5").value).toBe("On track");
    expect(sheet().cell("M6").value).toBeCloseTo(-0.4, 12);
    expect(sheet().cell("P6").value).toBe("Behind");
    expect(sheet().cell("P7").value).toBe("Achieved");
    expect(sheet().cell("N5").value).toBeCloseTo(35, 9);
  });

  it("measures engagement rate from the Posts table over the goal's window and platform, as a ratio of sums", async () => {
    await applyGoals();
    const today = asOf();
    const published = (offset: number) => `${isoDay(today + offset)}T10:00`;
    const records: PostRecord[] = [
      post(1, { publishedAt: published(-5), engagements: 30, impressions: 1000 }),
      post(2, { publishedAt: published(-1), engagements: 90, impressions: 2000 }),
      post(3, { publishedAt: published(-40), engagements: 500, impressions: 600 }),
      post(4, {
        publishedAt: published(-3),
        engagements: 70,
        impressions: 700,
        platform: "instagram",
      }),
    ];
    await importOk(postsFile(records), { now: NOW });
    const name = await applyGoals();
    const goal = {
      kpi: "ENGAGEMENT_RATE",
      baseline: 0.02,
      target: 0.05,
      start: today - 10,
      deadline: today + 20,
    };
    typeGoal(name, 5, { ...goal, platform: "x", typed: 0.9 });
    typeGoal(name, 6, goal);
    typeGoal(name, 7, { ...goal, kpi: "CPA", baseline: 40, target: 30, typed: 33 });

    expect(sheet().cell("L5").value).toBeCloseTo(
      engagementRate(30 + 90, 1000 + 2000) as number,
      12
    );
    expect(sheet().cell("L6").value).toBeCloseTo(
      engagementRate(30 + 90 + 70, 1000 + 2000 + 700) as number,
      12
    );
    expect(sheet().cell("L7").value).toBe(33);
    const current = sheet().cell("L5").value as number;
    expect(sheet().cell("P5").value).toBe(expectedStatus(goal, current, today, "en"));
  });

  it("measures follower growth from the Daily table's first and last days in the window", async () => {
    await applyGoals();
    const today = asOf();
    const days: DailyRecord[] = [-30, -8, -4, -2].map((offset, i) =>
      day(isoDay(today + offset), { followers: [9000, 10_000, 10_300, 10_500][i] ?? 0 })
    );
    await importOk(
      {
        ...postsFile([]),
        platform: "facebook",
        format: "facebook/page-insights",
        records: { daily: days },
      },
      { now: NOW }
    );
    const name = await applyGoals();
    typeGoal(name, 5, {
      kpi: "FOLLOWER_GROWTH",
      baseline: 0,
      target: 0.1,
      start: today - 10,
      deadline: today + 30,
    });

    expect(sheet().cell("L5").value).toBeCloseTo(followerGrowth(10_000, 10_500) as number, 12);
  });

  it("falls back to the typed value when the tables hold nothing in the goal's window", async () => {
    await applyGoals();
    const today = asOf();
    await importOk(postsFile([post(1, { publishedAt: `${isoDay(today - 100)}T08:00` })]), {
      now: NOW,
    });
    const name = await applyGoals();
    typeGoal(name, 5, {
      kpi: "IMPRESSIONS",
      baseline: 0,
      target: 100,
      start: today - 10,
      deadline: today + 10,
      typed: 42,
    });

    expect(sheet().cell("L5").value).toBe(42);
  });

  it("uses the tables' actual names, such as Posts_SocialKPI when the user had a Posts table", async () => {
    await applyGoals();
    const today = asOf();
    excel.standIn.arrange.addTable("Sheet1", "A1:B2", {
      name: "Posts",
      values: [
        ["Mine", "Too"],
        [1, 2],
      ],
    });
    await importOk(postsFile([post(1, { publishedAt: `${isoDay(today - 3)}T08:00` })]), {
      now: NOW,
    });
    expect(await readTableNames()).toMatchObject({ posts: "Posts_SocialKPI" });
    const name = await applyGoals();
    typeGoal(name, 5, {
      kpi: "IMPRESSIONS",
      baseline: 0,
      target: 5000,
      start: today - 10,
      deadline: today + 10,
    });

    expect(sheet(name).cell("L5").value).toBe(post(1).impressions);
    expect(sheet(name).cell("L5").formula).toContain("Posts_SocialKPI[Impressions]");
  });

  it("speaks French: sheet name, headings, KPI names and status words", async () => {
    const name = await applyGoals("fr");
    expect(name).toBe("Objectifs");
    const today = asOf(name);
    expect(sheet(name).cell("P4").value).toBe("Statut");
    expect(sheet(name).cell("A2").value).toBe("Au");
    const metrics = sheet(name)
      .values()
      .map((line) => line[21]);
    expect(metrics).toContain("TAUX_ENGAGEMENT");
    expect(metrics).toContain("PORTEE");
    expect(metrics).not.toContain("STATUT_OBJECTIF");
    typeGoal(name, 5, {
      baseline: 0,
      target: 100,
      start: today - 10,
      deadline: today + 10,
      typed: 60,
    });
    typeGoal(name, 6, {
      baseline: 0,
      target: 100,
      start: today + 1,
      deadline: today + 10,
      typed: 0,
    });
    typeGoal(name, 7, {
      baseline: 0,
      target: 100,
      start: today - 20,
      deadline: today - 1,
      typed: 50,
    });

    expect(sheet(name).cell("P5").value).toBe("En bonne voie");
    expect(sheet(name).cell("P6").value).toBe("Pas commencé");
    expect(sheet(name).cell("P7").value).toBe("Manqué");
    expect(sheet(name).conditionalFormats).toHaveLength(6);
  });

  it("keeps the goals the user typed when it is applied again after an import", async () => {
    const name = await applyGoals();
    const today = asOf();
    typeGoal(name, 5, {
      kpi: "IMPRESSIONS",
      baseline: 0,
      target: 100,
      start: today - 5,
      deadline: today + 5,
      typed: 7,
    });
    await importOk(postsFile([post(1, { publishedAt: `${isoDay(today - 1)}T08:00` })]), {
      now: NOW,
    });
    excel.standIn.resetStats();

    await applyGoals();

    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
    expect(sheet().values()[4]?.slice(0, 11)).toEqual([
      "Goal 5",
      "IMPRESSIONS",
      "",
      "Ana",
      "Brand awareness",
      "Last year's best quarter",
      0,
      100,
      today - 5,
      today + 5,
      7,
    ]);
    expect(sheet().cell("L5").value).toBe(post(1).impressions);
  });

  it("charts each goal's progress against the share of its period elapsed, and prints landscape with the header row repeated", async () => {
    await applyGoals();
    const goals = sheet();

    expect(goals.charts).toEqual([
      expect.objectContaining({
        chartType: "BarClustered",
        sourceAddress: expect.stringContaining("R4:T24"),
      }),
    ]);
    expect(goals.printArea).toBe("Goals!A1:P44");
    expect(goals.orientation).toBe("Landscape");
    expect(goals.printTitleRows).toBe("Goals!4:4");
    expect(goals.dataValidations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          address: expect.stringContaining("B5:B24"),
          rule: {
            list: { inCellDropDown: true, source: expect.stringMatching(/^=.*\$V\$5:\$V\$\d+$/) },
          },
        }),
      ])
    );
  });
});
