import fc from "fast-check";
import { dateToSerial, isoToSerial } from "../../../src/domain/common/excelDate";
import type { Language } from "../../../src/domain/common/language";
import type { PostRecord } from "../../../src/domain/import/schema";
import { engagementRate } from "../../../src/domain/kpi/engagementRate";
import { isKpiError } from "../../../src/domain/kpi/kpiError";
import {
  type ContentOptions,
  contentLayout,
  contentTemplate,
} from "../../../src/domain/templates/content";
import { isWorkbookError } from "../../../src/domain/workbook/workbookError";
import { applyTemplate } from "../../../src/office/applyTemplate";
import { readTableNames } from "../../../src/office/readTableNames";
import { writeImport } from "../../../src/office/writeImport";
import { NOW, post, postsFile } from "../../support/builders/records";
import { useExcelStandIn } from "../../support/excel/useExcelStandIn";

const excel = useExcelStandIn();
const OPTIONS: ContentOptions = { groupRows: 4 };
const L = contentLayout(OPTIONS);
const C = L.columns;
const SHEET = "Content performance";

async function apply(language: Language = "en"): Promise<string> {
  const tables = await readTableNames();
  if (isWorkbookError(tables)) throw new Error(tables.message);
  excel.standIn.resetStats();
  const applied = await applyTemplate(contentTemplate(tables, language, OPTIONS));
  if (isWorkbookError(applied)) throw new Error(`${applied.code}: ${applied.message}`);
  return applied.sheetName;
}

async function importPosts(records: PostRecord[]): Promise<void> {
  const report = await writeImport(postsFile(records), { now: NOW });
  if (isWorkbookError(report)) throw new Error(`${report.code}: ${report.message}`);
}

const value = (at: string, name = SHEET) => excel.standIn.workbook.sheet(name).cell(at).value;
const set = (at: string, v: unknown, name = SHEET) =>
  excel.standIn.arrange.setValues(name, at, [[v]]);
const errorsOn = (name: string) =>
  excel.standIn.workbook
    .values(name)
    .flat()
    .filter((cell) => typeof cell === "string" && cell.startsWith("#"));

/** What src/domain/kpi gives for the posts: engagement rate as a ratio of sums, blank when undefined. */
function expectedRate(records: readonly PostRecord[]): number | "" {
  const sum = (pick: (p: PostRecord) => number | null) =>
    records.reduce((total, p) => total + (pick(p) ?? 0), 0);
  const rate = engagementRate(
    sum((p) => p.engagements),
    sum((p) => p.impressions)
  );
  return isKpiError(rate) ? "" : rate;
}

function expectRate(actual: unknown, expected: number | ""): void {
  if (expected === "") expect(actual).toBe("");
  else expect(actual).toBeCloseTo(expected, 12);
}

const publishedSerial = (p: PostRecord) => isoToSerial(p.publishedAt ?? "") ?? Number.NaN;

const postArbitrary = fc.record({
  platform: fc.constantFrom("x" as const, "instagram" as const, "linkedin" as const),
  postType: fc.constantFrom("Photo", "Video", null),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.option(fc.integer({ min: 0, max: 23 }), { nil: null }),
  impressions: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
  reach: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
  engagements: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
});

describe("the content performance sheet in Excel", () => {
  it("is created in at most three syncs in a workbook without imports, and says there is no data", async () => {
    expect(await apply()).toBe(SHEET);

    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
    expect(errorsOn(SHEET)).toEqual([]);
    expect(value(L.postsPerWeek)).toBe("No data yet");
    const [conditional] = excel.standIn.workbook.sheet(SHEET).conditionalFormats;
    expect(conditional).toEqual(expect.objectContaining({ type: "ColorScale" }));
  });

  it("gives every figure src/domain/kpi gives from the same posts, by platform and post type, per week and per weekday and hour", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(postArbitrary, { minLength: 1, maxLength: 15 }),
        fc.constantFrom("x", "instagram", ""),
        fc.constantFrom("Photo", ""),
        async (drawn, platform, postType) => {
          excel.replace();
          const records = drawn.map((d, i) =>
            post(i, {
              platform: d.platform,
              postType: d.postType,
              publishedAt:
                `2026-02-${String(d.day).padStart(2, "0")}` +
                (d.hour === null ? "" : `T${String(d.hour).padStart(2, "0")}:15`),
              impressions: d.impressions,
              reach: d.reach,
              engagements: d.engagements,
            })
          );
          await importPosts(records);
          await apply();
          set(`${C.platform}${L.firstGroupRow}`, platform);
          set(`${C.postType}${L.firstGroupRow}`, postType);

          const matches = records.filter(
            (p) =>
              (platform === "" || p.platform === platform) &&
              (postType === "" || p.postType === postType)
          );
          const row = L.firstGroupRow;
          if (platform === "" && postType === "") {
            expect(value(`${C.posts}${row}`)).toBe("");
          } else {
            expect(value(`${C.posts}${row}`)).toBe(matches.length);
            expect(value(`${C.reach}${row}`)).toBe(matches.reduce((s, p) => s + (p.reach ?? 0), 0));
            expectRate(value(`${C.engagementRate}${row}`), expectedRate(matches));
          }
          expectRate(value(`${C.engagementRate}${L.allRow}`), expectedRate(records));
          expect(value(`${C.posts}${L.allRow}`)).toBe(records.length);

          const days = records.map((p) => Math.floor(publishedSerial(p)));
          const span = Math.max(...days) - Math.min(...days) + 1;
          expect(value(L.postsPerWeek)).toBeCloseTo(records.length / (span / 7), 12);

          for (let weekday = 0; weekday < 7; weekday += 1) {
            for (let hour = 0; hour < 24; hour += 1) {
              const inSlot = drawn.flatMap((d, i) => {
                const record = records[i];
                if (d.hour !== hour || record === undefined) return [];
                const serial = Math.floor(publishedSerial(record));
                // Serial 1 (1900-01-01) was a Monday in Excel's calendar; serial 2 a Tuesday…
                return (serial - 2 + 7 * 1000) % 7 === weekday ? [record] : [];
              });
              // Posts exported without a time (d.hour null) are in no slot.
              expectRate(value(L.gridCell(weekday, hour)), expectedRate(inSlot));
            }
          }
        }
      ),
      { numRuns: 6 }
    );
  });

  it("counts only the posts of the period typed in From and To, and keeps that period when regenerated", async () => {
    await importPosts([
      post(1, { publishedAt: "2026-03-02T08:00", engagements: 10, impressions: 100 }),
      post(2, { publishedAt: "2026-03-09T23:45", engagements: 30, impressions: 200 }),
      post(3, { publishedAt: "2026-03-10", engagements: 50, impressions: 100 }),
    ]);
    await apply();
    set(L.from, dateToSerial(2026, 3, 3));
    set(L.to, dateToSerial(2026, 3, 9));
    await apply();

    expect(excel.standIn.stats.syncs).toBeLessThanOrEqual(3);
    expect(value(L.from)).toBe(dateToSerial(2026, 3, 3));
    expect(value(`${C.posts}${L.allRow}`)).toBe(1);
    expect(value(`${C.engagementRate}${L.allRow}`)).toBeCloseTo(30 / 200, 12);
    expect(value(L.postsPerWeek)).toBeCloseTo(1, 12);
  });

  it("reads a posts table named Posts_SocialKPI, in French", async () => {
    excel.standIn.arrange.addSheet("Posts").addTable("Posts", "A1:A2", {
      name: "Posts",
      values: [["Mine"], ["x"]],
    });
    await importPosts([post(1, { publishedAt: "2026-03-02T08:00" })]);

    const name = await apply("fr");

    expect(name).toBe("Performance des contenus");
    expect(errorsOn(name)).toEqual([]);
    expect(value(`${C.posts}${L.allRow}`, name)).toBe(1);
    expect(value(`${C.platform}${L.allRow}`, name)).toBe("Tous");
    // 2026-03-02 was a Monday.
    expect(value(L.gridCell(0, 8), name)).toBeCloseTo(35 / 1001, 12);
  });
});
