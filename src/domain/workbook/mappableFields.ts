import { FIELDS, type FieldSpec } from "../import/fields";
import type { ColumnMapping } from "../import/mapping";
import type { CanonicalField, RecordKind } from "../import/schema";
import { TABLE_SPECS } from "./tableSpecs";

/** A field a user may map a column to, and whether its table keeps no record without it. */
export interface MappableField {
  readonly field: CanonicalField;
  readonly spec: FieldSpec;
  readonly required: boolean;
}

/**
 * The fields of a record kind a column can hold, in contract order: every field but those the
 * file as a whole sets (an ads report's platform, a web report's dimension). Required are the
 * fields the kind's table needs in every row (a post's ID, a day's date).
 *
 * @example
 * mappableFields("daily").find((f) => f.field === "date")?.required //=> true
 */
export function mappableFields(kind: RecordKind): MappableField[] {
  const required: readonly string[] = TABLE_SPECS[kind].required;
  return (Object.entries(FIELDS[kind]) as [CanonicalField, FieldSpec][])
    .filter(([, spec]) => !spec.perFile)
    .map(([field, spec]) => ({ field, spec, required: required.includes(field) }));
}

/**
 * The required fields a mapping maps no column to: importing with it would skip every row. A
 * post's permalink stands in for a missing post ID, as the importer reads mapped posts.
 *
 * @example
 * missingRequired({ kind: "posts", columns: { "Post URL": "permalink" } }) //=> []
 */
export function missingRequired(mapping: ColumnMapping): CanonicalField[] {
  const mapped = new Set<string>(Object.values(mapping.columns));
  if (mapping.kind === "posts" && mapped.has("permalink")) mapped.add("postId");
  return mappableFields(mapping.kind)
    .filter(({ field, required }) => required && !mapped.has(field))
    .map(({ field }) => field);
}
