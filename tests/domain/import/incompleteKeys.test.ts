import fc from "fast-check";
import { RECORD_KEY } from "../../../src/domain/import/fields";
import { reportIncompleteKeys } from "../../../src/domain/import/incompleteKeys";
import { IssueLog } from "../../../src/domain/import/issueLog";
import { ISSUE } from "../../../src/domain/import/issues";
import { RecordRows } from "../../../src/domain/import/recordRows";
import { emptyRecordLists, type RecordKind } from "../../../src/domain/import/schema";
import { RECORD_KINDS } from "../../../src/domain/workbook/tableSpecs";
import { arbitraryRow, distinct, type Row } from "../workbook/generatedRecords";

/** The issues logged for one kind's records, each record read from row 2 + its index. */
function issuesOf(kind: RecordKind, records: readonly Row[]) {
  const lists = emptyRecordLists();
  (lists[kind] as unknown as Row[]).push(...records);
  const rowOf = new RecordRows();
  rowOf.note(
    records,
    records.map((_, i) => i + 2)
  );
  const log = new IssueLog();
  reportIncompleteKeys(lists, rowOf, log);
  return log.toIssues();
}

const keyOf = (kind: RecordKind, row: Row): string =>
  JSON.stringify(RECORD_KEY[kind].map((field) => row[field] ?? null));

describe.each(RECORD_KINDS)("incomplete keys of %s records", (kind) => {
  it("are reported when, and only when, two rows share a key but differ elsewhere", () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow(kind), { maxLength: 30 }), (records) => {
        const kept = distinct(records);
        const clashing = kept.filter((row) =>
          kept.some((other) => other !== row && keyOf(kind, other) === keyOf(kind, row))
        );
        const issues = issuesOf(kind, records);
        if (clashing.length === 0) {
          expect(issues).toEqual([]);
          return;
        }
        expect(issues).toHaveLength(1);
        expect(issues[0]).toMatchObject({
          code: ISSUE.INCOMPLETE_KEY,
          severity: "warning",
          params: { kind, key: RECORD_KEY[kind], count: clashing.length },
        });
      })
    );
  });

  it("are not reported for rows repeated in every field", () => {
    fc.assert(
      fc.property(arbitraryRow(kind), (record) => {
        expect(issuesOf(kind, [record, { ...record }, { ...record }])).toEqual([]);
      })
    );
  });
});

describe("the incomplete-key issue", () => {
  it("names the rows of the file that share a key, first row first", () => {
    const ad = (campaignId: string | null, spend: number): Row => ({
      platform: "meta-ads",
      campaignId,
      campaign: "Instagram Post",
      adSetId: null,
      adSet: null,
      adId: null,
      ad: null,
      date: "2026-02-01",
      periodStart: null,
      periodEnd: null,
      currency: "EUR",
      spend,
    });
    const [issue] = issuesOf("ads", [ad(null, 1), ad("7", 1), ad(null, 2), ad(null, 1)]);
    expect(issue).toMatchObject({
      row: 2,
      params: { kind: "ads", count: 2, rows: [2, 4] },
      message:
        "2 rows (rows 2, 4) share their key (Platform, Campaign ID, Campaign, Ad Set ID, Ad Set, " +
        "Ad ID, Ad, Date, Period Start, Period End) with another row but differ in other values: the file has " +
        "no column that tells them apart, so none was dropped and each has its own table row.",
    });
  });
});
