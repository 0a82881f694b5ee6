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
const OPTIONS: ContentOptions = { groupRows: 4, rankedPosts: 3 };
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

/**
 * The posts a ranked list may show, best first, computed from the records: published from `from`
 * to `to` inclusive, with impressions and an engagements figure, by src/domain/kpi's engagement
 * rate, then engagements, then their row in the posts table (read from the workbook).
 */
function expectedRanking(
  records: readonly PostRecord[],
  from: number,
  to: number,
  table = "Posts"
): PostRecord[] {
  const ids = excel.standIn.workbook.tableValues(table).map((row) => String(row[2]));
  const rate = (p: PostRecord) => engagementRate(p.engagements ?? 0, p.impressions ?? 0) as number;
  return records
    .filter((p) => {
      const day = Math.floor(publishedSerial(p));
      return day >= from && day <= to && (p.impressions ?? 0) > 0 && p.engagements !== null;
    })
    .sort(
      (a, b) =>
        rate(b) - rate(a) ||
        (b.engagements ?? 0) - (a.engagements ?? 0) ||
        ids.indexOf(a.postId) - ids.indexOf(b.postId)
    );
}

/** What a ranked list shows, row by row: the text, the engagement rate and the row it read. */
function rankedRows(block: "top" | "bottom", name = SHEET) {
  const R = L.rankedColumns;
  const rows = [];
  for (let row = L[block].firstRow; row <= L[block].lastRow; row += 1) {
    rows.push({
      text: value(`${R.text}${row}`, name),
      rate: value(`${R.engagementRate}${row}`, name),
      position: value(`${R.position}${row}`, name),
    });
  }
  return rows;
}

/** The rows a list should show for the posts ranked best first: the first N, or the last N reversed. */
function expectRanked(block: "top" | "bottom", ranked: readonly PostRecord[], name = SHEET) {
  const chosen = (block === "top" ? ranked : [...ranked].reverse()).slice(0, L.rankedPosts);
  const shown = rankedRows(block, name);
  shown.forEach((row, i) => {
    const p = chosen[i];
    if (p === undefined) {
      expect(row).toEqual({ text: "", rate: "", position: "" });
    } else {
      expect(row.text).toBe(p.text);
      expect(row.rate).toBeCloseTo(
        engagementRate(p.engagements ?? 0, p.impressions ?? 0) as number,
        12
      );
    }
  });
}

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

  it("counts each social network's posts in the breakdown's rows, which name it (LinkedIn)", async () => {
    await importPosts([
      post(1, { platform: "linkedin", publishedAt: "2026-03-02T08:00" }),
      post(2, { platform: "linkedin", publishedAt: "2026-03-03T08:00" }),
      post(3, { platform: "x", publishedAt: "2026-03-04T08:00" }),
    ]);
    await apply();

    // The first four social networks: the rows these tests' options ask for.
    const rows = Array.from({ length: 4 }, (_, i) => L.firstGroupRow + i);
    expect(rows.map((row) => [value(`${C.platform}${row}`), value(`${C.posts}${row}`)])).toEqual([
      ["Facebook", 0],
      ["Instagram", 0],
      ["X", 1],
      ["LinkedIn", 2],
    ]);
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
    expect(value(`${L.rankedColumns.text}${L.top.firstRow}`, name)).toBe(post(1).text);
    expect(value(`${L.rankedColumns.link}${L.top.firstRow}`, name)).toBe("Ouvrir");
    expect(value(`${L.rankedColumns.text}${L.bottom.firstRow}`, name)).toBe(post(1).text);
  });

  describe("top and bottom posts", () => {
    const MARCH_1 = dateToSerial(2026, 3, 1);
    const MARCH_31 = dateToSerial(2026, 3, 31);
    const inMarch = (n: number, overrides: Partial<PostRecord>) =>
      post(n, { publishedAt: `2026-03-${String(n + 1).padStart(2, "0")}T10:00`, ...overrides });
    const FIXTURE = [
      inMarch(1, { impressions: 1000, engagements: 50 }),
      inMarch(2, { impressions: 2000, engagements: 100 }),
      inMarch(3, { impressions: 1000, engagements: 50 }),
      inMarch(4, { impressions: 100, engagements: 30, text: "=1+1" }),
      inMarch(5, {
        impressions: 500,
        engagements: 1,
        permalink: "file:///C:/Users/me/secret.xlsx",
      }),
      post(6, { publishedAt: "2026-04-02T10:00", impressions: 10, engagements: 9 }),
      inMarch(7, { impressions: 0, engagements: 5 }),
      inMarch(8, { impressions: 800, engagements: null }),
      inMarch(9, { impressions: null, engagements: 40 }),
    ];

    async function applyToMarch(): Promise<void> {
      await importPosts(FIXTURE);
      await apply();
      set(L.from, MARCH_1);
      set(L.to, MARCH_31);
    }

    it("ranks the period's posts by engagement rate, ties by engagements then by their row in the posts table", async () => {
      await applyToMarch();
      const ranked = expectedRanking(FIXTURE, MARCH_1, MARCH_31);

      // Posts 1 and 3 tie on rate and engagements; 2 has their rate with more engagements; 6 is
      // out of the period; 7, 8 and 9 have no rate.
      expect(ranked.map((p) => p.postId)).toEqual([4, 2, 1, 3, 5].map((n) => post(n).postId));
      expectRanked("top", ranked);
      expectRanked("bottom", ranked);
      expect(errorsOn(SHEET)).toEqual([]);
    });

    it("shows a text starting with = as the text, and the post's figures, date and platform by name", async () => {
      await applyToMarch();
      const R = L.rankedColumns;
      const row = L.top.firstRow;

      expect(value(`${R.text}${row}`)).toBe("=1+1");
      expect(value(`${R.published}${row}`)).toBeCloseTo(
        publishedSerial(FIXTURE[3] as PostRecord),
        9
      );
      expect(value(`${R.platform}${row}`)).toBe("X");
      expect(value(`${R.postType}${row}`)).toBe("Tweet");
      expect(value(`${R.impressions}${row}`)).toBe(100);
      expect(value(`${R.engagements}${row}`)).toBe(30);
    });

    it("names each post's social network as the breakdown does (LinkedIn, not linkedin), and an unknown one by its id", async () => {
      const platforms = ["linkedin", "tiktok", "youtube", "unknown"] as const;
      await importPosts(
        platforms.map((platform, i) =>
          inMarch(i + 1, { platform, impressions: 1000, engagements: 100 - 10 * i })
        )
      );
      await apply();
      set(L.from, MARCH_1);
      set(L.to, MARCH_31);
      const R = L.rankedColumns;
      const top = [0, 1, 2].map((i) => value(`${R.platform}${L.top.firstRow + i}`));
      expect(top).toEqual(["LinkedIn", "TikTok", "YouTube"]);
      expect(value(`${R.platform}${L.bottom.firstRow}`)).toBe("unknown");
    });

    it("links web addresses with HYPERLINK and shows any other address as plain text", async () => {
      await applyToMarch();
      const R = L.rankedColumns;
      const cell = (row: number) => excel.standIn.workbook.sheet(SHEET).cell(`${R.link}${row}`);
      const posts = excel.standIn.workbook.tableValues("Posts");
      const permalinkOf = (row: number) => posts[Number(value(`${R.position}${row}`)) - 1]?.[3];

      expect(permalinkOf(L.top.firstRow)).toBe(post(4).permalink);
      expect(cell(L.top.firstRow).formula).toContain(
        `HYPERLINK(INDEX(Posts[Permalink],$${R.position}${L.top.firstRow}),"Open")`
      );
      expect(cell(L.top.firstRow).value).toBe("Open");
      // The weakest post's link is a local file: not a link a click should follow.
      expect(cell(L.bottom.firstRow).value).toBe("file:///C:/Users/me/secret.xlsx");
    });

    it("gives the lists src/domain/kpi's ranking of any posts, blank rows when fewer qualify", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              day: fc.integer({ min: 1, max: 28 }),
              impressions: fc.constantFrom(0, 100, 200, null),
              engagements: fc.constantFrom(0, 10, 20, null),
            }),
            { maxLength: 8 }
          ),
          async (drawn) => {
            excel.replace();
            const records = drawn.map((d, i) =>
              post(i, {
                publishedAt: `2026-02-${String(d.day).padStart(2, "0")}T12:00`,
                impressions: d.impressions,
                engagements: d.engagements,
              })
            );
            if (records.length > 0) await importPosts(records);
            await apply();

            const days = records.map((p) => Math.floor(publishedSerial(p)));
            const ranked =
              records.length === 0
                ? []
                : expectedRanking(records, Math.min(...days), Math.max(...days));
            expectRanked("top", ranked);
            expectRanked("bottom", ranked);
          }
        ),
        { numRuns: 6 }
      );
    });

    it("says there is no data yet and references no table before any import", async () => {
      await apply();

      expect(value(`${L.rankedColumns.published}${L.top.firstRow}`)).toBe("No data yet");
      expect(value(`${L.rankedColumns.published}${L.bottom.firstRow}`)).toBe("No data yet");
      const formulas = contentTemplate({}, "en", OPTIONS).cells.flatMap((c) => c.formula ?? []);
      expect(formulas.filter((f) => f.includes("["))).toEqual([]);
    });
  });
});
