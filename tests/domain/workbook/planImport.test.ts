import { isWorkbookError } from "../../../src/domain/workbook/workbookError";
import { WORKBOOK_ERROR } from "../../../src/domain/workbook/workbookErrorCode";
import { planImport, type WorkbookState } from "../../../src/domain/workbook/planImport";
import { day, post, posts, postsFile } from "../../support/builders/records";
import { ISSUE } from "../../../src/domain/import/issues";

const EMPTY: WorkbookState = { tables: {}, rows: {}, takenNames: [], sheetNames: ["Sheet1"] };

describe("planImport", () => {
  it("creates a table per kind in the file, and the import log", () => {
    const plan = planImport(
      postsFile(posts(2), { records: { posts: posts(2), daily: [day("2026-01-05")], ads: [] } }),
      EMPTY,
      "2026-11-26T09:30"
    );
    if (isWorkbookError(plan)) throw new Error(plan.message);
    expect(plan.create.map((t) => [t.table, t.name, t.sheetName])).toEqual([
      ["posts", "Posts", "Posts"],
      ["daily", "Daily", "Daily"],
      ["importLog", "ImportLog", "Import log"],
    ]);
    expect(plan.report.tables.map((t) => [t.table, t.added])).toEqual([
      ["Posts", 2],
      ["Daily", 1],
    ]);
    expect(plan.log.row).toBe(0);
    expect(plan.blocks).toHaveLength(1);
  });

  it("takes the period end as the date the figures are as of, else the import day", () => {
    const withPeriod = planImport(postsFile([post(1)]), EMPTY, "2026-11-26T09:30");
    const without = planImport(
      postsFile([post(1)], { periodEnd: undefined }),
      EMPTY,
      "2026-11-26T09:30"
    );
    if (isWorkbookError(withPeriod) || isWorkbookError(without)) throw new Error("refused");
    expect(withPeriod.blocks[0]?.writes[0]?.values[0]?.[19]).toBe(46053);
    expect(without.blocks[0]?.writes[0]?.values[0]?.[19]).toBe(46352);
  });

  it("avoids the user's names for tables and sheets, including defined names", () => {
    const plan = planImport(
      postsFile([post(1)]),
      { ...EMPTY, takenNames: ["posts", "ImportLog"], sheetNames: ["Posts"] },
      "2026-11-26T09:30"
    );
    if (isWorkbookError(plan)) throw new Error(plan.message);
    expect(plan.create.map((t) => [t.name, t.sheetName])).toEqual([
      ["Posts_SocialKPI", "Posts (Social KPI)"],
      ["ImportLog_SocialKPI", "Import log"],
    ]);
  });

  it("merges into a found table and appends the log row below the last one", () => {
    const plan = planImport(
      postsFile([post(1)]),
      {
        ...EMPTY,
        tables: {
          posts: { id: "{1}", name: "MyPosts", headerRow: 0, dataRows: 0 },
          importLog: { id: "{2}", name: "ImportLog", headerRow: 0, dataRows: 4 },
        },
        rows: { posts: { headers: ["Platform", "Post ID"], rows: [] } },
      },
      "2026-11-26T09:30"
    );
    if (isWorkbookError(plan)) throw new Error(plan.message);
    expect(plan.create).toEqual([]);
    expect(plan.names).toEqual({ posts: "MyPosts", importLog: "ImportLog" });
    expect(plan.addColumns[0]?.names).toContain("Text");
    expect(plan.log.row).toBe(4);
  });

  it("refuses an import that would overflow the sheet of a found table", () => {
    const plan = planImport(
      postsFile(posts(10)),
      {
        ...EMPTY,
        tables: { posts: { id: "{1}", name: "Posts", headerRow: 1_048_570, dataRows: 0 } },
        rows: { posts: { headers: [], rows: [] } },
      },
      "2026-11-26T09:30"
    );
    expect(plan).toMatchObject({ code: WORKBOOK_ERROR.TOO_MANY_ROWS });
  });

  it("reports the importer's skipped rows with the merge's", () => {
    const plan = planImport(
      postsFile([post(1), post(1)], { skipped: [{ reason: ISSUE.TOTALS_ROW_SKIPPED, rows: 2 }] }),
      EMPTY,
      "2026-11-26T09:30"
    );
    if (isWorkbookError(plan)) throw new Error(plan.message);
    expect(plan.report).toMatchObject({
      added: 1,
      skipped: 3,
      skippedReasons: [
        { reason: ISSUE.TOTALS_ROW_SKIPPED, rows: 2 },
        { reason: "DUPLICATE_IN_FILE", rows: 1 },
      ],
    });
  });
});
