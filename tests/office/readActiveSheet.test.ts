import { dateToSerial } from "../../src/domain/common/excelDate";
import { importSheet } from "../../src/domain/import";
import { isWorkbookError } from "../../src/domain/workbook/workbookError";
import { readActiveSheet } from "../../src/office/readActiveSheet";
import { useExcelStandIn } from "../support/excel/useExcelStandIn";

const excel = useExcelStandIn({ sheets: ["Notes", "Export"] });

describe("reading the sheet the user has open", () => {
  it("reads its used range's values and number formats from where they start, in one sync", async () => {
    excel.standIn.arrange
      .setValues("Export", "B3:C4", [
        ["Date", "Views"],
        [45658, 3342],
      ])
      .setNumberFormat("Export", "B4", "yyyy-mm-dd")
      .setNumberFormat("Export", "D9", "0.00")
      .activate("Export");

    const grid = await readActiveSheet();

    expect(grid).toEqual({
      sheet: "Export",
      values: [
        ["Date", "Views"],
        [45658, 3342],
      ],
      numberFormats: [
        ["General", "General"],
        ["yyyy-mm-dd", "General"],
      ],
      firstRow: 3,
    });
    expect(excel.standIn.stats.syncs).toBe(1);
  });

  it("reads a blank sheet as no rows", async () => {
    excel.standIn.arrange.activate("Notes");
    expect(await readActiveSheet()).toEqual({ sheet: "Notes", values: [], firstRow: 1 });
  });

  it("gives cells the importer reads like a workbook's: dates from their format", async () => {
    excel.standIn.arrange
      .setValues("Export", "A1:E2", [
        ["Post Date", "Network", "Message", "Post URL", "Impressions"],
        [
          dateToSerial(2024, 5, 2) + 0.5,
          "Instagram",
          "Hello",
          "https://www.instagram.com/p/abc/",
          1200,
        ],
      ])
      .setNumberFormat("Export", "A2", "m/d/yyyy h:mm")
      .activate("Export");
    const grid = await readActiveSheet();
    if (isWorkbookError(grid)) throw new Error(grid.message);

    const result = await importSheet(grid, {
      mapping: {
        kind: "posts",
        columns: {
          "Post Date": "publishedAt",
          "Post URL": "permalink",
          Impressions: "impressions",
        },
      },
    });

    expect(result.posts).toEqual([
      expect.objectContaining({ publishedAt: "2024-05-02T12:00", impressions: 1200 }),
    ]);
  });
});
