import { isWorkbookError } from "../../src/domain/workbook/workbookError";
import { WORKBOOK_ERROR } from "../../src/domain/workbook/workbookErrorCode";
import { showTable } from "../../src/office/showTable";
import { writeImport } from "../../src/office/writeImport";
import { NOW, posts, postsFile } from "../support/builders/records";
import { useExcelStandIn } from "../support/excel/useExcelStandIn";

const excel = useExcelStandIn();

describe("showing an add-in table", () => {
  it("activates the import log's sheet on its newest entry, in two syncs", async () => {
    expect(isWorkbookError(await writeImport(postsFile(posts(3)), { now: NOW }))).toBe(false);
    expect(isWorkbookError(await writeImport(postsFile(posts(4)), { now: NOW }))).toBe(false);
    excel.standIn.arrange.select("Sheet1!B2");
    excel.standIn.resetStats();

    expect(await showTable("importLog")).toBe("Import log");

    expect(excel.standIn.workbook.activeSheet()).toBe("Import log");
    expect(excel.standIn.workbook.selection).toMatch(/^'?Import log'?!A3:[A-Z]+3$/);
    expect(excel.standIn.stats.syncs).toBe(2);
  });

  it("finds the table the user renamed, by its remembered id", async () => {
    await writeImport(postsFile(posts(2)), { now: NOW });
    excel.standIn.arrange.addSheet("Other").activate("Other");
    await excel.standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").name = "MyPosts";
      await context.sync();
    });

    expect(await showTable("posts")).toBe("Posts");
    expect(excel.standIn.workbook.activeSheet()).toBe("Posts");
  });

  it("says the table is missing when nothing was imported yet, and changes nothing", async () => {
    expect(await showTable("importLog")).toMatchObject({
      code: WORKBOOK_ERROR.TABLE_NOT_FOUND,
      params: { tableName: "ImportLog" },
    });
    expect(excel.standIn.workbook.activeSheet()).toBe("Sheet1");
  });
});
