import fc from "fast-check";
import type { AdRecord, PostRecord } from "../../../src/domain/import/schema";
import { adsTable } from "../../../src/domain/workbook/adsTable";
import { headersOf, mergeTable } from "../../../src/domain/workbook/mergeTable";
import { postsTable } from "../../../src/domain/workbook/postsTable";
import { recordsFromRows } from "../../../src/domain/workbook/recordsFromRows";
import { post, posts } from "../../support/builders/records";
import { applyMerge } from "./applyMerge";
import { ISSUE } from "../../../src/domain/import/issues";

const JANUARY = { asOf: 46053, sourceFile: "january.csv" };
const FEBRUARY = { asOf: 46081, sourceFile: "february.csv" };
const names = headersOf(postsTable);

function imported(records: PostRecord[], source = JANUARY) {
  const merge = mergeTable(postsTable, undefined, records, source);
  return applyMerge(undefined, merge, names);
}

describe("mergeTable", () => {
  it("appends every record to a new table, text as literal text", () => {
    const merge = mergeTable(postsTable, undefined, [post(1, { text: "=1+1" })], JANUARY);
    expect(merge).toMatchObject({ added: 1, updated: 0, unchanged: 0, appendAt: 0 });
    expect(merge.appends[0]?.[6]).toBe("'=1+1");
    expect(merge.appends[0]?.[2]).toBe(`'${post(1).postId}`);
    expect(merge.appends[0]?.slice(-2)).toEqual([46053, "'january.csv"]);
  });

  it("leaves every row alone when the same records come again", () => {
    const table = imported(posts(5));
    const merge = mergeTable(postsTable, table, posts(5), JANUARY);
    expect(merge).toMatchObject({ added: 0, updated: 0, unchanged: 5, updates: [], appends: [] });
    expect(merge.formats).toEqual([]);
  });

  it("updates only the cells that changed, and keeps values a file does not have", () => {
    const table = imported([post(1, { reach: 700 })]);
    const merge = mergeTable(postsTable, table, [post(1, { likes: 50, reach: null })], FEBRUARY);
    expect(merge).toMatchObject({ updated: 1, added: 0 });
    const cells = merge.updates[0]?.cells ?? [];
    expect(cells.filter((c) => c !== null)).toEqual([50, 46081, "'february.csv"]);
    const after = recordsFromRows(postsTable, applyMerge(table, merge, names));
    expect(after).toEqual([post(1, { likes: 50, reach: 700 })]);
  });

  it("skips records older than the row in the table", () => {
    const table = imported([post(1)], FEBRUARY);
    const merge = mergeTable(postsTable, table, [post(1, { likes: 1 })], JANUARY);
    expect(merge).toMatchObject({
      updated: 0,
      skipped: [{ reason: "OLDER_THAN_WORKBOOK", rows: 1 }],
    });
  });

  it("skips a row repeated in every field and counts it as repeated in the file", () => {
    const merge = mergeTable(postsTable, undefined, [post(1), post(2), post(1)], JANUARY);
    expect(merge).toMatchObject({ added: 2, skipped: [{ reason: "DUPLICATE_IN_FILE", rows: 1 }] });
  });

  it("keeps both rows of a key that differ in other values, and a re-import changes neither", () => {
    const file = [post(1), post(2), post(1, { likes: 3 })];
    const merge = mergeTable(postsTable, undefined, file, JANUARY);
    expect(merge).toMatchObject({ added: 3, skipped: [] });
    expect(merge.appends.map((row) => row[10])).toEqual([post(1).likes, post(2).likes, 3]);
    const table = applyMerge(undefined, merge, names);
    const again = mergeTable(postsTable, table, file, JANUARY);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
  });

  it("updates the rows of a shared key in order: the nth record of the key takes the nth row", () => {
    const table = imported([post(1, { likes: 1 }), post(1, { likes: 2 })]);
    const merge = mergeTable(
      postsTable,
      table,
      [post(1, { likes: 10 }), post(1, { likes: 20 }), post(1, { likes: 30 })],
      FEBRUARY
    );
    expect(merge).toMatchObject({ updated: 2, added: 1 });
    const after = applyMerge(table, merge, names);
    expect(after.rows.map((row) => row[10])).toEqual([10, 20, 30]);
  });

  it("skips records without their key", () => {
    const merge = mergeTable(postsTable, undefined, [post(1, { postId: "" })], JANUARY);
    expect(merge).toMatchObject({ added: 0, skipped: [{ reason: ISSUE.MISSING_KEY, rows: 1 }] });
  });

  it("matches a Post ID the user retyped as a number, and writes it back as text", () => {
    const table = imported([post(1, { postId: "12345" })]);
    const rows = table.rows.map((row) => row.map((cell, j) => (j === 2 ? 12345 : cell)));
    const merge = mergeTable(
      postsTable,
      { ...table, rows },
      [post(1, { postId: "12345" })],
      JANUARY
    );
    expect(merge).toMatchObject({ added: 0, updated: 1 });
    expect(merge.updates[0]?.cells.slice(0, 4)).toEqual([null, null, "'12345", null]);
  });

  it("never writes the user's columns and appends after the last non-empty row", () => {
    const table = imported(posts(2));
    const withNote = {
      headers: ["Note", ...table.headers],
      rows: [...table.rows.map((row) => ["mine", ...row]), new Array(names.length + 1).fill("")],
    };
    const merge = mergeTable(postsTable, withNote, [post(0, { likes: 77 }), post(5)], FEBRUARY);
    expect(merge.appendAt).toBe(2);
    expect(merge.updates[0]?.cells[0]).toBeNull();
    expect(merge.appends[0]?.[0]).toBeNull();
    expect(merge.appends[0]?.[3]).toBe(`'${post(5).postId}`);
  });

  it("formats appended rows once per column, and money per row in its currency", () => {
    const ad = (currency: string | null): AdRecord => ({
      platform: "meta-ads",
      campaignId: null,
      campaign: `Campaign ${currency}`,
      adSetId: null,
      adSet: null,
      adId: null,
      ad: null,
      date: "2026-01-05",
      periodStart: null,
      periodEnd: null,
      currency,
      spend: 12.5,
      impressions: 1000,
      reach: null,
      clicks: 10,
      linkClicks: null,
      results: null,
      resultType: null,
      conversions: null,
      conversionValue: null,
    });
    const merge = mergeTable(
      adsTable,
      undefined,
      [ad("EUR"), ad("EUR"), ad("USD"), ad(null)],
      JANUARY
    );
    expect(merge.formats).toContainEqual({ column: 4, row: 0, rows: 3, format: "yyyy-mm-dd" });
    expect(merge.formats.filter((f) => f.column === 8)).toEqual([
      { column: 8, row: 0, rows: 1, format: "[$EUR] #,##0.00" },
      { column: 8, row: 1, rows: 1, format: "[$USD] #,##0.00" },
      { column: 8, row: 2, rows: 1, format: "#,##0.00" },
    ]);
  });

  const arbitraryPost = fc.record({
    n: fc.integer({ min: 0, max: 30 }),
    text: fc.oneof(fc.string(), fc.constantFrom("=1+1", "@x", "-1", "'q", "\tx", "TRUE", "0012")),
    likes: fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: null }),
    publishedAt: fc.option(fc.constantFrom("2026-01-05", "2026-01-05T10:15", "05/01/2026"), {
      nil: null,
    }),
  });

  it("merging the same records twice equals merging once", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryPost, { maxLength: 25 }),
        fc.array(arbitraryPost, { maxLength: 25 }),
        (first, second) => {
          const toPosts = (list: typeof first) => list.map(({ n, ...fields }) => post(n, fields));
          const before = imported(toPosts(first));
          const once = applyMerge(
            before,
            mergeTable(postsTable, before, toPosts(second), FEBRUARY),
            names
          );
          const again = mergeTable(postsTable, once, toPosts(second), FEBRUARY);
          expect(again.updates).toEqual([]);
          expect(again.appends).toEqual([]);
          expect(applyMerge(once, again, names)).toEqual(once);
        }
      )
    );
  });
});
