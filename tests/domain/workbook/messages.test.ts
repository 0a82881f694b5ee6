import { ISSUE } from "../../../src/domain/import/issues";
import {
  describeSkipped,
  describeWritten,
  renderWorkbookError,
} from "../../../src/domain/workbook/messages";
import type { SkipReason } from "../../../src/domain/workbook/skippedRows";
import { workbookError } from "../../../src/domain/workbook/workbookError";
import {
  WORKBOOK_ERROR,
  type WorkbookErrorCode,
  type WorkbookErrorParams,
} from "../../../src/domain/workbook/workbookErrorCode";

const SAMPLES: { readonly [C in WorkbookErrorCode]: readonly WorkbookErrorParams[C][] } = {
  TOO_MANY_ROWS: [{ tableName: "Posts", appendedRows: 1200, room: 99, maxRows: 1_048_576 }],
  EXCEL_REQUEST_FAILED: [
    { excelCode: "InvalidArgument", location: "Range.values", detail: "Argument invalide." },
    { excelCode: "UnknownError", detail: "Erreur." },
  ],
  TABLE_NOT_FOUND: [{ tableName: "ImportLog" }],
};

const errors = (Object.keys(SAMPLES) as WorkbookErrorCode[]).flatMap((code) =>
  (SAMPLES[code] as readonly WorkbookErrorParams[WorkbookErrorCode][]).map((params) =>
    workbookError<WorkbookErrorCode>(code, params)
  )
);

const REASONS: readonly SkipReason[] = [
  "OLDER_THAN_WORKBOOK",
  "DUPLICATE_IN_FILE",
  ISSUE.DESCRIPTION_ROW_SKIPPED,
  ISSUE.TOTALS_ROW_SKIPPED,
  ISSUE.MISSING_ID,
  ISSUE.MISSING_DATE,
  ISSUE.MISSING_KEY,
];

const ENGLISH = /\b(the|is|was|has|and|rows?|table|would|without|in)\b/i;

describe("workbook messages", () => {
  it("have a sample for every workbook error code", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.values(WORKBOOK_ERROR).sort());
  });

  it.each(errors)("render $code in English (its message) and in French", (error) => {
    expect(renderWorkbookError(error, "en")).toBe(error.message);
    const fr = renderWorkbookError(error, "fr");
    expect(fr).not.toBe(error.message);
    expect(fr).not.toMatch(/undefined|null|\[object/);
    expect(fr).not.toMatch(ENGLISH);
  });

  it("say where Excel failed only when Excel said", () => {
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringContaining("add 1,200 rows to table Posts"),
      "Excel refused the request (InvalidArgument at Range.values): Argument invalide.",
      "Excel refused the request (UnknownError): Erreur.",
      expect.stringContaining("no ImportLog table"),
    ]);
  });

  it("describe skipped rows in words, singular and plural, leaving out reasons with none", () => {
    expect(
      describeSkipped(
        [
          { reason: "OLDER_THAN_WORKBOOK", rows: 3 },
          { reason: ISSUE.TOTALS_ROW_SKIPPED, rows: 1 },
          { reason: ISSUE.MISSING_KEY, rows: 0 },
        ],
        "fr"
      )
    ).toBe("3 plus anciennes que celles du classeur ; 1 ligne de totaux");
  });

  it.each(REASONS)("word the skip reason %s in both languages", (reason) => {
    for (const rows of [1, 2]) {
      const en = describeSkipped([{ reason, rows }], "en");
      const fr = describeSkipped([{ reason, rows }], "fr");
      expect(en.startsWith(`${rows} `)).toBe(true);
      expect(fr.startsWith(`${rows} `)).toBe(true);
      expect(fr).not.toBe(en);
      expect(fr).not.toMatch(ENGLISH);
    }
  });
});

describe("what an import Excel refused part-way had written", () => {
  const written = {
    tables: [
      { table: "Posts", rows: 1200 },
      { table: "Daily", rows: 1 },
    ],
    rows: 1201,
    total: 3000,
  };

  it("counts the rows per table and tells the user to import again", () => {
    expect(describeWritten(written, "en")).toBe(
      "Before Excel refused, 1,201 of 3,000 rows were written (Posts: 1,200; Daily: 1); the " +
        "others may be missing, and the import log has no entry for this file. Import the file " +
        "again to complete it: rows already written are updated, never duplicated."
    );
    expect(describeWritten(written, "fr")).toMatch(
      /^Avant le refus d'Excel, 1\u202f201 lignes sur 3\u202f000 ont été écrites \(Posts : 1\u202f200 ; Daily : 1\)/
    );
  });

  it("says when nothing was written, in both languages", () => {
    const none = { tables: [], rows: 0, total: 3000 };
    expect(describeWritten(none, "en")).toBe("No rows of this file were written.");
    expect(describeWritten(none, "fr")).toBe("Aucune ligne de ce fichier n'a été écrite.");
  });

  it("says when every row was written but not the import log's entry", () => {
    const all = { tables: [{ table: "Posts", rows: 20 }], rows: 20, total: 20 };
    expect(describeWritten(all, "en")).toMatch(
      /^Before Excel refused, every row was written \(Posts: 20\), but not .* import log's entry/
    );
    expect(describeWritten(all, "fr")).toMatch(/toutes les lignes ont été écrites \(Posts : 20\)/);
  });

  it("words one row in the singular", () => {
    const one = { tables: [{ table: "Posts", rows: 1 }], rows: 1, total: 3 };
    expect(describeWritten(one, "en")).toMatch(/^Before Excel refused, 1 of 3 rows was written/);
    expect(describeWritten(one, "fr")).toMatch(/1 ligne sur 3 a été écrite/);
  });
});
