import fc from "fast-check";
import { headersOf, mergeTable } from "../../../src/domain/workbook/mergeTable";
import { recordsFromRows } from "../../../src/domain/workbook/recordsFromRows";
import { RECORD_KINDS, TABLE_SPECS } from "../../../src/domain/workbook/tableSpecs";
import type { TableSpec } from "../../../src/domain/workbook/tableSpec";
import { applyMerge } from "./applyMerge";
import { arbitraryRow, distinct, type Row } from "./generatedRecords";

// Every table kind: only rows identical in every field are duplicates; rows that share a key
// with other values all keep their own table row.

const SOURCE = { asOf: 46081, sourceFile: "export.csv" };

const sorted = (rows: readonly Row[]): string[] => rows.map((row) => JSON.stringify(row)).sort();

describe.each(RECORD_KINDS)("the %s table's key, over generated files", (kind) => {
  const spec = TABLE_SPECS[kind] as TableSpec;
  const names = headersOf(spec);
  // Records come back from the table with their fields in the table's column order.
  const inColumnOrder = (row: Row): Row =>
    Object.fromEntries(spec.columns.map((column) => [column.field, row[column.field] ?? null]));

  it("keeps every row but those identical in every field, and re-importing changes nothing", () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow(kind), { maxLength: 40 }), (file) => {
        const merge = mergeTable(spec, undefined, file as never[], SOURCE);
        const kept = distinct(file);
        const repeated = file.length - kept.length;

        expect(merge.added).toBe(kept.length);
        expect(merge.skipped).toEqual(
          repeated === 0 ? [] : [{ reason: "DUPLICATE_IN_FILE", rows: repeated }]
        );
        const table = applyMerge(undefined, merge, names);
        const read = recordsFromRows(spec, table) as unknown as Row[];
        expect(sorted(read)).toEqual(sorted(kept.map(inColumnOrder)));

        const again = mergeTable(spec, table, file as never[], SOURCE);
        expect(again).toMatchObject({ added: 0, updated: 0, unchanged: kept.length });
        expect(again.skipped).toEqual(merge.skipped);
      })
    );
  });

  it("a later file with the same keys updates each row in place, never adding its figures twice", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRow(kind), { maxLength: 30 }),
        fc.array(arbitraryRow(kind), { maxLength: 30 }),
        (first, second) => {
          const before = applyMerge(
            undefined,
            mergeTable(spec, undefined, first as never[], SOURCE),
            names
          );
          const merge = mergeTable(spec, before, second as never[], SOURCE);
          const after = applyMerge(before, merge, names);
          const rowsAfter = after.rows.filter((row) => row.some((cell) => cell !== "")).length;
          expect(rowsAfter).toBe(distinct(first).length + merge.added);
          expect(merge.added).toBeLessThanOrEqual(distinct(second).length);
          const again = mergeTable(spec, after, second as never[], SOURCE);
          expect(again).toMatchObject({ added: 0, updated: 0 });
        }
      )
    );
  });
});
