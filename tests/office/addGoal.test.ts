import { serialToIso } from "../../src/domain/common/excelDate";
import type { Language } from "../../src/domain/common/language";
import { measureGoalMetric } from "../../src/domain/goals/measureGoalMetric";
import type { SmartGoal } from "../../src/domain/goals/smartGoal";
import type { PostRecord } from "../../src/domain/import/schema";
import { goalStatus } from "../../src/domain/kpi/goalStatus";
import { goalsTemplate } from "../../src/domain/templates/goals";
import { WORKBOOK_ERROR } from "../../src/domain/workbook/workbookErrorCode";
import { isWorkbookError } from "../../src/domain/workbook/workbookError";
import { addGoal, type AddedGoal } from "../../src/office/addGoal";
import { applyTemplate } from "../../src/office/applyTemplate";
import { readTables } from "../../src/office/readTables";
import { writeImport } from "../../src/office/writeImport";
import { NOW, post, postsFile } from "../support/builders/records";
import { useExcelStandIn } from "../support/excel/useExcelStandIn";

const excel = useExcelStandIn();
const sheet = (name = "Goals") => excel.standIn.workbook.sheet(name);

/** Today as the workbook's TODAY() sees it: goals are scored against it. */
function today(): number {
  excel.standIn.arrange.setValues("Sheet1", "Z1", [["=TODAY()"]]);
  return excel.standIn.workbook.sheet("Sheet1").cell("Z1").value as number;
}

function goal(overrides: Partial<SmartGoal> = {}): SmartGoal {
  const now = today();
  return {
    specific: "Reach 1,000 impressions a week",
    owner: "Ana",
    metric: "IMPRESSIONS",
    baseline: 0,
    target: 1000,
    achievableNote: "Twice last month's",
    relevantTo: "Brand awareness",
    start: now - 10,
    deadline: now + 10,
    current: 500,
    ...overrides,
  };
}

async function add(g: SmartGoal, language: Language = "en"): Promise<AddedGoal> {
  const added = await addGoal(g, language);
  if (isWorkbookError(added)) throw new Error(added.message);
  return added;
}

describe("addGoal", () => {
  it("generates the goals sheet with the goal in its first row when the workbook has none", async () => {
    const g = goal();
    excel.standIn.resetStats();

    expect(await add(g)).toEqual({ sheetName: "Goals", row: 5, created: true });

    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(4);
    expect(sheet().values()[4]?.slice(0, 11)).toEqual([
      g.specific,
      "IMPRESSIONS",
      "",
      "Ana",
      "Brand awareness",
      "Twice last month's",
      0,
      1000,
      g.start,
      g.deadline,
      500,
    ]);
    expect(sheet().cell("P5").value).toBe("On track");
  });

  it("writes the next goal into the next empty row in three syncs, and its row's formulas score it", async () => {
    await add(goal());
    const now = today();
    const behind = goal({
      specific: "Cut CPA to 30",
      metric: "CPA",
      baseline: 40,
      target: 30,
      current: 44,
    });
    excel.standIn.resetStats();

    expect(await add(behind)).toEqual({ sheetName: "Goals", row: 6, created: false });

    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
    expect(sheet().cell("A6").value).toBe("Cut CPA to 30");
    expect(sheet().cell("L6").value).toBe(44);
    expect(sheet().cell("P6").value).toBe(
      goalStatus(40, 30, 44, now - 10, now + 10, now, { today: now, language: "en" })
    );
    expect(sheet().cell("A5").value).toBe("Reach 1,000 impressions a week");
  });

  it("never overwrites a row with anything typed in it", async () => {
    await add(goal());
    excel.standIn.arrange.setValues("Goals", "D6", [["Typed owner, nothing else"]]);
    excel.standIn.arrange.setValues("Goals", "G7", [[0]]);

    expect((await add(goal({ specific: "Third" }))).row).toBe(8);

    expect(sheet().cell("D6").value).toBe("Typed owner, nothing else");
    expect(sheet().cell("A6").value).toBe("");
    expect(sheet().cell("G7").value).toBe(0);
    expect(sheet().cell("A8").value).toBe("Third");
  });

  it("keeps text that looks like a formula as text", async () => {
    await add(goal({ specific: "=1+1 more followers", owner: "@ana" }));
    expect(sheet().cell("A5").value).toBe("=1+1 more followers");
    expect(sheet().cell("D5").value).toBe("@ana");
  });

  it("grows a full goals sheet by twenty rows, keeping every goal, and scores the new one", async () => {
    const applied = await applyTemplate(goalsTemplate({}, "en", { rows: 2 }));
    expect(isWorkbookError(applied)).toBe(false);
    await add(goal({ specific: "First" }));
    await add(goal({ specific: "Second" }));

    expect(await add(goal({ specific: "Third" }))).toEqual({
      sheetName: "Goals",
      row: 7,
      created: false,
    });

    expect(
      sheet()
        .values()
        .slice(4, 7)
        .map((line) => line[0])
    ).toEqual(["First", "Second", "Third"]);
    expect(sheet().cell("P7").value).toBe("On track");
    expect(sheet().charts[0]?.sourceAddress).toContain("R4:T26");
    expect((await add(goal({ specific: "Fourth" }))).row).toBe(8);
  });

  it("writes the KPI in the language of the sheet, which may not be the pane's", async () => {
    const applied = await applyTemplate(goalsTemplate({}, "fr"));
    expect(isWorkbookError(applied)).toBe(false);

    expect(
      await add(
        goal({ metric: "ENGAGEMENT_RATE", baseline: 0.02, target: 0.04, current: 0.035 }),
        "en"
      )
    ).toMatchObject({
      sheetName: "Objectifs",
      row: 5,
    });

    expect(sheet("Objectifs").cell("B5").value).toBe("TAUX_ENGAGEMENT");
    expect(sheet("Objectifs").cell("P5").value).toBe("En bonne voie");
  });

  it("finds the goals sheet after the user renamed it", async () => {
    await add(goal());
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Goals").name = "Our goals";
      await context.sync();
    });
    expect(await add(goal())).toMatchObject({ sheetName: "Our goals", row: 6 });
  });

  it("measures the goal from the imported posts as the form shows it before writing", async () => {
    const now = today();
    const published = (offset: number) => `${serialToIso(now + offset, false)}T10:00`;
    const posts: PostRecord[] = [
      post(1, { publishedAt: published(-5), engagements: 30, impressions: 1000 }),
      post(2, {
        publishedAt: published(-1),
        engagements: 90,
        impressions: 2000,
        platform: "instagram",
      }),
      post(3, { publishedAt: published(-30), engagements: 500, impressions: 600 }),
    ];
    const report = await writeImport(postsFile(posts), { now: NOW });
    expect(isWorkbookError(report)).toBe(false);
    const records = await readTables(["posts", "daily"]);
    if (isWorkbookError(records)) throw new Error(records.message);
    const g = goal({ metric: "ENGAGEMENT_RATE", baseline: 0.01, target: 0.05, current: undefined });
    const shown = measureGoalMetric(records, { ...g, asOf: now });

    await add(g);

    expect(shown).toBeCloseTo(120 / 3000, 12);
    expect(sheet().cell("L5").value).toBeCloseTo(shown ?? Number.NaN, 12);
  });

  it("writes the platform by its name, and the row measures the goal on that platform's posts", async () => {
    const now = today();
    const published = (offset: number) => `${serialToIso(now + offset, false)}T10:00`;
    const posts: PostRecord[] = [
      post(1, { publishedAt: published(-5), engagements: 30, impressions: 1000 }),
      post(2, {
        publishedAt: published(-2),
        engagements: 90,
        impressions: 2000,
        platform: "linkedin",
      }),
      post(3, {
        publishedAt: published(-1),
        engagements: 10,
        impressions: 500,
        platform: "linkedin",
      }),
    ];
    const report = await writeImport(postsFile(posts), { now: NOW });
    expect(isWorkbookError(report)).toBe(false);
    const g = goal({
      metric: "ENGAGEMENT_RATE",
      platform: "linkedin",
      baseline: 0.01,
      target: 0.05,
      current: undefined,
    });

    await add(g);

    expect(sheet().cell("C5").value).toBe("LinkedIn");
    expect(sheet().cell("L5").value).toBeCloseTo((90 + 10) / (2000 + 500), 12);
    expect(sheet().cell("P5").value).toBe(
      goalStatus(0.01, 0.05, (90 + 10) / (2000 + 500), g.start, g.deadline, now, {
        today: now,
        language: "en",
      })
    );
    // The sheet's drop-down offers the names the pane writes.
    expect(sheet().dataValidations).toContainEqual(
      expect.objectContaining({
        address: expect.stringContaining("C5:C24"),
        rule: {
          list: {
            inCellDropDown: true,
            source: "Facebook,Instagram,X,LinkedIn,TikTok,YouTube",
          },
        },
      })
    );
  });

  it("gives Excel's refusal back as a workbook error, and writes nothing", async () => {
    await add(goal());
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Goals").protection.protect();
      await context.sync();
    });

    const refused = await addGoal(goal({ specific: "Blocked" }), "en");

    expect(refused).toMatchObject({
      kind: "WorkbookError",
      code: WORKBOOK_ERROR.EXCEL_REQUEST_FAILED,
      params: { excelCode: "AccessDenied" },
    });
    expect(sheet().cell("A6").value).toBe("");
  });
});
