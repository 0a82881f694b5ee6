import { progressFraction } from "../../src/domain/progress";
import { TABLES_SETTING } from "../../src/domain/workbook/rememberedTables";
import { isWorkbookError } from "../../src/domain/workbook/workbookError";
import { WORKBOOK_ERROR } from "../../src/domain/workbook/workbookErrorCode";
import { readTables } from "../../src/office/readTables";
import { writeImport } from "../../src/office/writeImport";
import { useExcelStandIn } from "../support/excel/useExcelStandIn";
import { NOW, post, posts, postsFile } from "../support/builders/records";
import { ISSUE } from "../../src/domain/import/issues";

const excel = useExcelStandIn();

async function importOk(...args: Parameters<typeof writeImport>) {
  const report = await writeImport(...args);
  if (isWorkbookError(report)) throw new Error(`${report.code}: ${report.message}`);
  return report;
}

/** Everything a test can observe of the workbook, to prove that nothing changed. */
function snapshot() {
  const sheets = excel.standIn.workbook.sheetNames();
  return {
    sheets,
    tables: excel.standIn.workbook.tables(),
    cells: sheets.map((name) => excel.standIn.workbook.sheet(name).values()),
    settings: excel.standIn.workbook.settings(),
  };
}

describe("writing an import into the workbook", () => {
  it("first import creates the tables", async () => {
    const report = await importOk(postsFile(posts(3)), { now: NOW });

    expect(report).toMatchObject({ added: 3, updated: 0, unchanged: 0, skipped: 0 });
    expect(excel.standIn.workbook.table("Posts")).toMatchObject({
      sheet: "Posts",
      address: "Posts!A1:U4",
      rowCount: 3,
    });
    expect(excel.standIn.workbook.table("Posts").headers.slice(0, 8)).toEqual([
      "Platform",
      "Account",
      "Post ID",
      "Permalink",
      "Published",
      "Post Type",
      "Text",
      "Impressions",
    ]);
    expect(excel.standIn.workbook.table("ImportLog")).toMatchObject({
      sheet: "Import log",
      rowCount: 1,
    });
    expect(excel.standIn.workbook.freezePanes("Posts")).toMatchObject({ rows: 1, columns: 0 });
    const sheet = excel.standIn.workbook.sheet("Posts");
    expect(sheet.cell("E2")).toMatchObject({ numberFormat: "yyyy-mm-dd hh:mm" });
    expect(sheet.cell("E2").text).toBe("2026-01-05 09:30");
    expect(sheet.cell("H4")).toMatchObject({ value: 1002, numberFormat: "#,##0" });
    expect(sheet.cell("T2")).toMatchObject({ value: 46053, numberFormat: "yyyy-mm-dd" });
    expect(excel.standIn.workbook.settings()[TABLES_SETTING]).toEqual({
      posts: { id: expect.any(String), name: "Posts" },
      importLog: { id: expect.any(String), name: "ImportLog" },
    });
    expect(await readTables(["posts"])).toMatchObject({ posts: posts(3), daily: [] });
  });

  it("gives formulas over the tables real numbers and dates", async () => {
    const mixed = [
      post(1, { publishedAt: "2025-12-31T23:59" }),
      post(2, { publishedAt: "2026-01-05" }),
      post(3, { publishedAt: "2026-02-01T08:00" }),
    ];
    await importOk(postsFile(mixed), { now: NOW });
    excel.standIn.arrange.setValues("Sheet1", "A1:C1", [
      [
        "=SUM(Posts[Impressions])",
        '=COUNTIFS(Posts[Published],">="&DATE(2026,1,1))',
        "=SUMPRODUCT(--(Posts[As Of]=DATE(2026,1,31)))",
      ],
    ]);
    expect(excel.standIn.workbook.values("Sheet1", "A1:C1")).toEqual([[3006, 2, 3]]);
  });

  it("formats money in the export's currency, shares as percents and durations as durations", async () => {
    const file = postsFile([], {
      records: {
        ads: [
          {
            platform: "meta-ads",
            campaignId: null,
            campaign: "Spring",
            adSetId: null,
            adSet: null,
            adId: null,
            ad: null,
            date: "2026-01-05",
            periodStart: null,
            periodEnd: null,
            currency: "EUR",
            spend: 1234.5,
            impressions: 10_000,
            reach: null,
            clicks: 120,
            linkClicks: null,
            results: null,
            resultType: null,
            conversions: 3,
            conversionValue: 99,
          },
        ],
        audience: [
          {
            platform: "instagram",
            breakdown: "age",
            segment: "25-34",
            value: 0.412,
            unit: "share",
          },
          {
            platform: "instagram",
            breakdown: "country",
            segment: "FR",
            value: 5120,
            unit: "count",
          },
        ],
        traffic: [
          {
            source: "ga4",
            periodStart: "2026-01-01",
            periodEnd: "2026-01-31",
            date: null,
            dimension: "Session primary channel group (Default Channel Group)",
            dimensionValue: "Organic Social",
            sessions: 300,
            users: 250,
            newUsers: 100,
            engagedSessions: 200,
            keyEvents: 4,
            revenue: null,
            engagementTimeSeconds: 5400,
          },
        ],
      },
    });

    await importOk(file, { now: NOW });

    expect(excel.standIn.workbook.sheet("Ads").cell("I2")).toMatchObject({
      value: 1234.5,
      numberFormat: "[$EUR] #,##0.00",
    });
    expect(excel.standIn.workbook.sheet("Ads").cell("Q2").numberFormat).toBe("[$EUR] #,##0.00");
    expect(excel.standIn.workbook.sheet("Ads").cell("J2").numberFormat).toBe("#,##0");
    expect(excel.standIn.workbook.sheet("Audience").numberFormats("D2:D3")).toEqual([
      ["0.0%"],
      ["#,##0"],
    ]);
    expect(excel.standIn.workbook.sheet("Traffic").cell("M2")).toMatchObject({
      value: 0.0625,
      numberFormat: "[h]:mm:ss",
    });
    expect(excel.standIn.workbook.sheet("Traffic").cell("B2").text).toBe("2026-01-01");
  });

  it("re-importing the same file changes nothing", async () => {
    await importOk(postsFile(posts(50)), { now: NOW });
    const before = excel.standIn.workbook.tableValues("Posts");
    const formats = excel.standIn.workbook.sheet("Posts").numberFormats("A2:U51");

    const report = await importOk(postsFile(posts(50)), { now: NOW });

    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: 50, skipped: 0 });
    expect(excel.standIn.workbook.tableValues("Posts")).toEqual(before);
    expect(excel.standIn.workbook.sheet("Posts").numberFormats("A2:U51")).toEqual(formats);
    expect(excel.standIn.workbook.table("ImportLog").rowCount).toBe(2);
  });

  it("an overlapping newer export updates and appends correctly", async () => {
    await importOk(postsFile(posts(10)), { now: NOW });
    const newer = posts(10, 5).map((p) => ({ ...p, impressions: 5000, reach: 4000 }));
    const report = await importOk(
      postsFile(newer, { fileName: "x-february.csv", periodEnd: "2026-02-28" }),
      { now: NOW }
    );

    expect(report).toMatchObject({ added: 5, updated: 5, unchanged: 0 });
    const read = await readTables(["posts"]);
    if (isWorkbookError(read)) throw new Error(read.message);
    expect(read.posts).toHaveLength(15);
    expect(read.posts.slice(0, 5)).toEqual(posts(5));
    expect(read.posts.slice(5)).toEqual(newer);
    expect(excel.standIn.workbook.sheet("Posts").cell("U7").value).toBe("x-february.csv");
    expect(excel.standIn.workbook.sheet("Posts").cell("U6").value).toBe("x-posts.csv");
  });

  it("an older export does not overwrite a newer one, and says so", async () => {
    await importOk(postsFile(posts(4), { periodEnd: "2026-02-28" }), { now: NOW });
    const before = excel.standIn.workbook.tableValues("Posts");
    const older = posts(4).map((p) => ({ ...p, impressions: 1 }));

    const report = await importOk(postsFile(older, { periodEnd: "2026-01-31" }), { now: NOW });

    expect(report).toMatchObject({ updated: 0, skipped: 4 });
    expect(report.skippedReasons).toEqual([{ reason: "OLDER_THAN_WORKBOOK", rows: 4 }]);
    expect(excel.standIn.workbook.tableValues("Posts")).toEqual(before);
  });

  it("formula-like post texts stay text and round-trip exactly", async () => {
    const texts = [
      "=1+1",
      '=HYPERLINK("http://evil.example","click")',
      "+33 6 12 34 56 78",
      "-50% today only",
      "@brand thanks!",
      "\t=cmd|' /C calc'!A0",
      "\r\nleading CR",
      "'quoted",
      "TRUE",
      "2026-01-05",
      "12%",
      "0012",
      "   ",
      "émoji 😀 and עברית",
    ];
    const tricky = texts.map((text, i) => post(i, { text, account: text }));
    tricky.push(post(99, { postId: "1234567890123456789", text: "1234567890123456789" }));

    await importOk(postsFile(tricky), { now: NOW });

    const sheet = excel.standIn.workbook.sheet("Posts");
    tricky.forEach((p, i) => {
      expect(sheet.cell(`G${i + 2}`)).toMatchObject({ value: p.text, formula: p.text });
      expect(sheet.cell(`C${i + 2}`).value).toBe(p.postId);
    });
    expect(await readTables(["posts"])).toMatchObject({ posts: tricky });
    const again = await importOk(postsFile(tricky), { now: NOW });
    expect(again).toMatchObject({ unchanged: tricky.length, updated: 0, added: 0 });
  });

  it("a user table called like ours is left alone", async () => {
    excel.standIn.arrange.addSheet("Posts").addTable("Posts", "A1:B3", {
      name: "Posts",
      values: [
        ["Post", "Notes"],
        ["mine", "=1+1"],
        ["also mine", 2],
      ],
    });
    const theirs = excel.standIn.workbook.values("Posts");

    await importOk(postsFile(posts(3)), { now: NOW });
    await importOk(postsFile(posts(5)), { now: NOW });

    expect(excel.standIn.workbook.values("Posts")).toEqual(theirs);
    expect(excel.standIn.workbook.table("Posts")).toMatchObject({
      address: "Posts!A1:B3",
      rowCount: 2,
    });
    expect(excel.standIn.workbook.table("Posts_SocialKPI")).toMatchObject({
      sheet: "Posts (Social KPI)",
      rowCount: 5,
    });
    expect(excel.standIn.workbook.settings()[TABLES_SETTING]).toMatchObject({
      posts: { name: "Posts_SocialKPI" },
    });
  });

  it("a remembered table keeps receiving imports after the user renames it", async () => {
    await importOk(postsFile(posts(2)), { now: NOW });
    await excel.standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").name = "MyPosts";
      await context.sync();
    });

    const report = await importOk(postsFile(posts(3)), { now: NOW });

    expect(report.tables).toEqual([expect.objectContaining({ table: "MyPosts", added: 1 })]);
    expect(excel.standIn.workbook.tables().map((t) => t.name)).toEqual(["MyPosts", "ImportLog"]);
  });

  it("user-added columns survive", async () => {
    await importOk(postsFile(posts(3)), { now: NOW });
    await excel.standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Posts");
      table.columns.add(undefined, [["My Note"], ["keep me"], [""], ["=[@Impressions]*2"]]);
      await context.sync();
    });

    const newer = posts(5).map((p) => ({ ...p, likes: 999 }));
    const report = await importOk(postsFile(newer, { periodEnd: "2026-02-28" }), { now: NOW });

    expect(report).toMatchObject({ added: 2, updated: 3 });
    expect(excel.standIn.workbook.table("Posts").headers[21]).toBe("My Note");
    const sheet = excel.standIn.workbook.sheet("Posts");
    expect(sheet.cell("V2").value).toBe("keep me");
    expect(sheet.cell("V4")).toMatchObject({ formula: "=[@Impressions]*2", value: 2004 });
    expect(sheet.cell("V6").value).toBe("");
    expect(sheet.cell("K2").value).toBe(999);
    expect(await readTables(["posts"])).toMatchObject({ posts: newer });
  });

  it("adds back the add-in's columns a table lacks, at its right edge", async () => {
    excel.standIn.arrange.addSheet("Data").addTable("Data", "A1:D2", {
      name: "Posts",
      values: [
        ["Platform", "Post ID", "My Note", "Impressions"],
        ["x", `'${post(0).postId}`, "first!", 5],
      ],
    });
    const id = await excel.standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Posts").load("id");
      await context.sync();
      return table.id;
    });
    excel.standIn.arrange.setSetting(TABLES_SETTING, { posts: { id, name: "Posts" } });

    const report = await importOk(postsFile(posts(2)), { now: NOW });

    expect(report).toMatchObject({ added: 1, updated: 1 });
    const table = excel.standIn.workbook.table("Posts");
    expect(table.headers.slice(0, 6)).toEqual([
      "Platform",
      "Post ID",
      "My Note",
      "Impressions",
      "Account",
      "Permalink",
    ]);
    expect(table.headers).toHaveLength(1 + 21);
    expect(excel.standIn.workbook.values("Data", "C2:D3")).toEqual([
      ["first!", 1000],
      ["", 1001],
    ]);
    expect(excel.standIn.workbook.sheet("Data").cell("G2").numberFormat).toBe("yyyy-mm-dd hh:mm");
    expect(await readTables(["posts"])).toMatchObject({ posts: posts(2) });
  });

  it("keeps a total row the user turned on", async () => {
    await importOk(postsFile(posts(2)), { now: NOW });
    await excel.standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").showTotals = true;
      await context.sync();
    });

    await importOk(postsFile(posts(4)), { now: NOW });

    expect(excel.standIn.workbook.table("Posts")).toMatchObject({ showTotals: true, rowCount: 4 });
  });

  it("the too-many-rows refusal writes nothing", async () => {
    excel.standIn.arrange.addSheet("Posts").addTable("Posts", "A1048000:U1048001", {
      name: "Posts",
      values: [
        [
          "Platform",
          "Account",
          "Post ID",
          "Permalink",
          "Published",
          "Post Type",
          "Text",
          "Impressions",
          "Reach",
          "Views",
          "Likes",
          "Comments",
          "Shares",
          "Saves",
          "Clicks",
          "Link Clicks",
          "Follows",
          "Engagements",
          "Spend",
          "As Of",
          "Source File",
        ],
        [
          "x",
          "'@brand",
          "'1",
          "",
          "",
          "",
          "kept",
          1,
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
        ],
      ],
    });
    const id = await excel.standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Posts").load("id");
      await context.sync();
      return table.id;
    });
    excel.standIn.arrange.setSetting(TABLES_SETTING, { posts: { id, name: "Posts" } });
    expect(excel.standIn.workbook.table("Posts").rowCount).toBe(1);
    const before = snapshot();

    const result = await writeImport(postsFile(posts(600)), { now: NOW });

    expect(result).toMatchObject({
      code: WORKBOOK_ERROR.TOO_MANY_ROWS,
      message: expect.stringContaining("Nothing was written"),
    });
    expect(isWorkbookError(result) && result.message).toContain("Export a shorter period");
    expect(snapshot()).toEqual(before);
  });

  it("the import log is right", async () => {
    await importOk(
      postsFile([...posts(3), post(1), post(5, { postId: "" })], {
        skipped: [{ reason: ISSUE.TOTALS_ROW_SKIPPED, rows: 1 }],
      }),
      { now: NOW }
    );
    await importOk(
      postsFile(posts(4), {
        fileName: "later.csv",
        periodStart: "2026-02-01",
        periodEnd: "2026-02-28",
      }),
      { now: new Date(2026, 10, 27, 8, 0) }
    );

    expect(excel.standIn.workbook.table("ImportLog").headers).toEqual([
      "Imported At",
      "File",
      "Platform",
      "Format",
      "Period Start",
      "Period End",
      "Tables",
      "Added",
      "Updated",
      "Unchanged",
      "Skipped",
      "Skipped Reasons",
    ]);
    const sheet = excel.standIn.workbook.sheet("Import log");
    expect(sheet.values("A2:L3").map((row) => row.slice(1))).toEqual([
      [
        "x-posts.csv",
        "x",
        "x/tweets",
        46023,
        46053,
        "Posts",
        3,
        0,
        0,
        3,
        "1 totals row; 1 repeated in the file; 1 without what identifies it",
      ],
      ["later.csv", "x", "x/tweets", 46054, 46081, "Posts", 1, 0, 3, 0, ""],
    ]);
    expect(sheet.cell("A2").text).toBe("2026-11-26 09:30");
    expect(sheet.cell("A3").text).toBe("2026-11-27 08:00");
    expect(sheet.cell("E2").text).toBe("2026-01-01");
  });

  it("100,000 posts are written in requests of about the same size, every one under 5 MB", async () => {
    const progress: number[] = [];
    const report = await importOk(postsFile(posts(100_000)), {
      now: NOW,
      onProgress: (step) => progress.push(step.phase === "write" ? progressFraction(step) : NaN),
    });

    expect(report.added).toBe(100_000);
    expect(excel.standIn.workbook.table("Posts").rowCount).toBe(100_000);
    expect(excel.standIn.stats.requests.length).toBeGreaterThan(2);
    for (const request of excel.standIn.stats.requests)
      expect(request.bytes).toBeLessThan(5_000_000);
    const rowRequests = excel.standIn.stats.requests.filter((r) => r.bytes > 1_000_000);
    const sizes = rowRequests.map((r) => r.bytes);
    expect(rowRequests.length).toBeGreaterThan(1);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThan(Math.max(...sizes) / 100);
    expect(excel.standIn.workbook.sheet("Posts").cell("C100001").value).toBe(post(99_999).postId);
    expect(excel.standIn.workbook.sheet("Posts").cell("H100001").numberFormat).toBe("#,##0");
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toBe(1);
  }, 120_000);

  it("sync counts stay ≈ requests + small constant", async () => {
    const syncsAbove = (bytes: number): number =>
      excel.standIn.stats.syncs - Math.ceil(bytes / 4_000_000);
    const totalBytes = (): number =>
      excel.standIn.stats.requests.reduce((sum, r) => sum + r.bytes, 0);

    await importOk(postsFile(posts(30_000)), { now: NOW });
    expect(syncsAbove(totalBytes())).toBeLessThanOrEqual(2);

    excel.standIn.resetStats();
    const newer = posts(30_000, 15_000).map((p) => ({ ...p, likes: 1 }));
    await importOk(postsFile(newer, { periodEnd: "2026-02-28" }), { now: NOW });
    const responseBytes = 30_000 * 350;
    expect(syncsAbove(totalBytes() + responseBytes)).toBeLessThanOrEqual(4);
  }, 120_000);

  it("returns Excel's refusals as an error value", async () => {
    excel.standIn.stats.maxRequestBytes = 1_000;

    const result = await writeImport(postsFile(posts(20)), { now: NOW });

    expect(result).toMatchObject({
      code: WORKBOOK_ERROR.EXCEL_REQUEST_FAILED,
      message: expect.stringContaining("RequestPayloadSizeLimitExceeded"),
      written: { tables: [], rows: 0 },
    });
  });

  it("says what it had written when Excel refuses a later request", async () => {
    const result = await writeImport(postsFile(posts(20)), {
      now: NOW,
      // The rows went in the first request; Excel refuses the next one (formats and the log).
      onProgress: () => {
        excel.standIn.stats.maxRequestBytes = 1_000;
      },
    });

    expect(result).toMatchObject({
      code: WORKBOOK_ERROR.EXCEL_REQUEST_FAILED,
      written: { tables: [{ table: "Posts", rows: 20 }], rows: 20, total: 20 },
    });
    expect(excel.standIn.workbook.table("Posts").rowCount).toBe(20);
    expect(excel.standIn.workbook.table("ImportLog").rowCount).toBe(0);
  });
});
