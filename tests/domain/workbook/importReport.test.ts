import type { ImportResult } from "../../../src/domain/import";
import { ISSUE } from "../../../src/domain/import/issues";
import { importedFile } from "../../../src/domain/workbook/importedFile";
import { describeSkipped } from "../../../src/domain/workbook/messages";
import { parseRememberedTables } from "../../../src/domain/workbook/rememberedTables";
import { post } from "../../support/builders/records";

describe("import report helpers", () => {
  it("describes skipped rows in words, singular and plural", () => {
    expect(
      describeSkipped(
        [
          { reason: "OLDER_THAN_WORKBOOK", rows: 3 },
          { reason: ISSUE.TOTALS_ROW_SKIPPED, rows: 1 },
          { reason: "DUPLICATE_IN_FILE", rows: 2 },
          { reason: ISSUE.MISSING_KEY, rows: 0 },
        ],
        "en"
      )
    ).toBe("3 older than the workbook's rows; 1 totals row; 2 repeated in the file");
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
          code: ISSUE.TOTALS_ROW_SKIPPED,
          message: "1 row (row 9): totals.",
          params: { count: 1, rows: [9] },
          count: 1,
        },
        {
          severity: "warning",
          code: ISSUE.MISSING_ID,
          message: "3 rows (rows 4, 9, 12): no id.",
          params: { count: 3, rows: [4, 9, 12] },
          count: 3,
        },
        {
          severity: "warning",
          code: ISSUE.INVALID_NUMBER,
          message: "7 cells (rows 2, 3): NaN.",
          params: { count: 7, rows: [2, 3], column: "Likes" },
          count: 7,
        },
      ],
    };
    const file = importedFile("posts.csv", result);
    expect(file).toMatchObject({ fileName: "posts.csv", platform: "x", periodEnd: "2026-01-31" });
    expect(file.records.posts).toEqual([post(1)]);
    expect(file.skipped).toEqual([
      { reason: ISSUE.TOTALS_ROW_SKIPPED, rows: 1 },
      { reason: ISSUE.MISSING_ID, rows: 3 },
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
      issues: [{ severity: "warning", code: ISSUE.MISSING_DATE, message: "4 rows without a date" }],
    });
    expect(file.skipped).toEqual([{ reason: ISSUE.MISSING_DATE, rows: 1 }]);
  });

  it("trusts only well-formed remembered tables", () => {
    expect(parseRememberedTables(undefined)).toEqual({});
    expect(parseRememberedTables("Posts")).toEqual({});
    expect(
      parseRememberedTables({ posts: { id: "{1}", name: "Posts" }, daily: { id: 3 }, ads: null })
    ).toEqual({ posts: { id: "{1}", name: "Posts" } });
  });
});
