import { isWorkbookError } from "../../src/domain/workbook/workbookError";
import { readTableNames } from "../../src/office/readTableNames";
import { readTables } from "../../src/office/readTables";
import { writeImport } from "../../src/office/writeImport";
import { useExcelStandIn } from "../support/excel/useExcelStandIn";
import { day, NOW, post, posts, postsFile } from "../support/builders/records";

const excel = useExcelStandIn();

describe("reading the tables back", () => {
  it("reads every table into records with one sync per table", async () => {
    const daily = [day("2026-01-05"), day("2026-01-06", { followers: 10_012 })];
    await writeImport(postsFile(posts(20), { records: { posts: posts(20), daily } }), { now: NOW });
    excel.standIn.resetStats();

    const read = await readTables(["posts", "daily", "ads"]);

    expect(read).toEqual({
      posts: posts(20),
      daily,
      traffic: [],
      ads: [],
      audience: [],
      mentions: [],
    });
    expect(excel.standIn.stats.syncs).toBe(2 + 2);
  });

  it("reads nothing from a workbook without the add-in's tables, even with a user table called Posts", async () => {
    excel.standIn.arrange.addTable("Sheet1", "A1:B2", {
      name: "Posts",
      values: [
        ["Platform", "Post ID"],
        ["x", "'1"],
      ],
    });
    expect(await readTables()).toMatchObject({ posts: [], daily: [] });
    expect(excel.standIn.stats.syncs).toBe(1);
  });

  it("reads a table too big for one 5 MB response in several blocks", async () => {
    const long = Array.from({ length: 2_500 }, (_, i) =>
      post(i, { text: `${i} ${"é".repeat(1_500)}` })
    );
    const written = await writeImport(postsFile(long), { now: NOW });
    expect(written).toMatchObject({ added: 2_500 });
    excel.standIn.resetStats();

    const again = await writeImport(postsFile(long), { now: NOW });

    expect(again).toMatchObject({ unchanged: 2_500, added: 0, updated: 0 });
    expect(excel.standIn.stats.syncs).toBeGreaterThan(4);
    const read = await readTables(["posts"]);
    expect(!isWorkbookError(read) && read.posts).toEqual(long);
  }, 60_000);

  it("tells the current name of each add-in table in one sync, for structured references", async () => {
    excel.standIn.arrange.addTable("Sheet1", "A1:A2", { name: "Posts", values: [["n"], [1]] });
    await writeImport(postsFile(posts(1)), { now: NOW });
    await excel.standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("ImportLog").name = "History_of_imports";
      await context.sync();
    });
    excel.standIn.resetStats();

    expect(await readTableNames()).toEqual({
      posts: "Posts_SocialKPI",
      importLog: "History_of_imports",
    });
    expect(excel.standIn.stats.syncs).toBe(1);
  });
});
