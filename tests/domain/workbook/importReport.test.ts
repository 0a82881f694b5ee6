import type { ImportResult } from "../../../src/domain/import";
import { importedFile } from "../../../src/domain/workbook/importedFile";
import { describeSkipped } from "../../../src/domain/workbook/importReport";
import { parseRememberedTables } from "../../../src/domain/workbook/rememberedTables";
import { post } from "../../support/builders/records";

describe("import report helpers", () => {
  it("describes skipped rows in words, singular and plural", () => {
    expect(
      describeSkipped([
        { reason: "OLDER_THAN_WORKBOOK", rows: 3 },
        { reason: "TOTALS_ROW_SKIPPED", rows: 1 },
        { reason: "SOMETHING_NEW", rows: 2 },
        { reason: "MISSING_KEY", rows: 0 },
      ])
    ).toBe("3 older than the workbook's rows; 1 totals row; 2 SOMETHING_NEW");
  });

  it("adapts the importer's result, counting its skipped rows per code", () => {
    const result: ImportResult = {
      platform: "x",
      format: "x/tweets",
      periodEnd: "2026-01-31",
      posts: [post(1)],
      daily: [],
      traffic: [],
      ads: [],
      audience: [],
      mentions: [],
      issues: [
        {
          severity: "warning",
          code: "TOTALS_ROW_SKIPPED",
          message: "1 row (row 9): totals.",
          count: 1,
        },
        {
          severity: "warning",
          code: "MISSING_ID",
          message: "3 rows (rows 4, 9, 12): no id.",
          count: 3,
        },
        {
          severity: "warning",
          code: "INVALID_NUMBER",
          message: "7 cells (rows 2, 3): NaN.",
          count: 7,
        },
      ],
    };
    const file = importedFile("posts.csv", result);
    expect(file).toMatchObject({ fileName: "posts.csv", platform: "x", periodEnd: "2026-01-31" });
    expect(file.records.posts).toEqual([post(1)]);
    expect(file.skipped).toEqual([
      { reason: "TOTALS_ROW_SKIPPED", rows: 1 },
      { reason: "MISSING_ID", rows: 3 },
    ]);
  });

  it("counts an issue without a count as one row", () => {
    const file = importedFile("posts.csv", {
      platform: "x",
      format: "x/tweets",
      posts: [],
      daily: [],
      traffic: [],
      ads: [],
      audience: [],
      mentions: [],
      issues: [{ severity: "warning", code: "MISSING_DATE", message: "4 rows without a date" }],
    });
    expect(file.skipped).toEqual([{ reason: "MISSING_DATE", rows: 1 }]);
  });

  it("trusts only well-formed remembered tables", () => {
    expect(parseRememberedTables(undefined)).toEqual({});
    expect(parseRememberedTables("Posts")).toEqual({});
    expect(
      parseRememberedTables({ posts: { id: "{1}", name: "Posts" }, daily: { id: 3 }, ads: null })
    ).toEqual({ posts: { id: "{1}", name: "Posts" } });
  });
});
