import fc from "fast-check";
import { FIELDS, type FieldSpec, type ValueType } from "../../../src/domain/import/fields";
import type { RecordKind } from "../../../src/domain/import/schema";
import { TABLE_SPECS } from "../../../src/domain/workbook/tableSpecs";
import type { TableSpec } from "../../../src/domain/workbook/tableSpec";

// Records of any kind drawn from small pools of values, so that generated files often hold rows
// that share their key, and sometimes rows identical in every field.

/** A canonical record as plain data. */
export type Row = Record<string, string | number | null>;

/** Few values per type, so keys collide; what the importer produces (no empty text, ISO dates). */
const VALUE: { readonly [T in ValueType]: fc.Arbitrary<string | number> } = {
  platform: fc.constantFrom("x", "facebook"),
  id: fc.constantFrom("1", "2", "18765432109876543210"),
  text: fc.constantFrom("Instagram Post", "=1+1", "Spring"),
  date: fc.constantFrom("2026-01-05", "2026-01-06"),
  datetime: fc.constantFrom("2026-01-05T10:15", "2026-01-05"),
  integer: fc.integer({ min: 0, max: 3 }),
  money: fc.integer({ min: 0, max: 3 }).map((cents) => cents / 4),
  duration: fc.integer({ min: 0, max: 3 }),
  share: fc.constantFrom(0, 0.25, 0.5),
};

export function arbitraryRow(kind: RecordKind): fc.Arbitrary<Row> {
  const fields = FIELDS[kind] as Readonly<Record<string, FieldSpec>>;
  const spec = TABLE_SPECS[kind] as TableSpec;
  const required = new Set<string>(spec.required);
  return fc.record(
    Object.fromEntries(
      Object.entries(fields).map(([field, { type }]) => [
        field,
        required.has(field) ? VALUE[type] : fc.option(VALUE[type], { nil: null, freq: 3 }),
      ])
    )
  );
}

/** The rows of a file without the ones identical in every field to an earlier one. */
export function distinct(rows: readonly Row[]): Row[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const whole = JSON.stringify(row);
    if (seen.has(whole)) return false;
    seen.add(whole);
    return true;
  });
}
