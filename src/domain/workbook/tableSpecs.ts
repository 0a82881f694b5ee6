import type { RecordKind } from "../import/schema";
import { adsTable } from "./adsTable";
import { audienceTable } from "./audienceTable";
import { dailyTable } from "./dailyTable";
import { mentionsTable } from "./mentionsTable";
import { postsTable } from "./postsTable";
import type { AS_OF_COLUMN, SOURCE_FILE_COLUMN, TableSpec } from "./tableSpec";
import { trafficTable } from "./trafficTable";

const specs = {
  posts: postsTable,
  daily: dailyTable,
  traffic: trafficTable,
  ads: adsTable,
  audience: audienceTable,
  mentions: mentionsTable,
} as const;

/** The table of every record kind, in the order the add-in creates their sheets. */
export const TABLE_SPECS: { readonly [K in RecordKind]: TableSpec<K> } = specs;

export const RECORD_KINDS = Object.keys(TABLE_SPECS) as RecordKind[];

/**
 * The header of every column the add-in writes in the table of kind `K`, as a type: the spec's
 * columns plus the two every data table ends with. Formulas built from it name only columns that
 * exist, so renaming a column in a spec breaks the build where a formula still uses the old name.
 */
export type ColumnName<K extends RecordKind> =
  (typeof specs)[K]["columns"][number]["name"] | typeof AS_OF_COLUMN | typeof SOURCE_FILE_COLUMN;
