import type { OwnedTable } from "./tableNames";

/**
 * The `workbook.settings` key under which the add-in remembers its tables. The value maps each
 * {@link OwnedTable} to the table's id (stable when the user renames it) and its last known name.
 */
export const TABLES_SETTING = "SocialKPI.tables";

export interface RememberedTable {
  readonly id: string;
  readonly name: string;
}

export type RememberedTables = Partial<Record<OwnedTable, RememberedTable>>;

const isRemembered = (value: unknown): value is RememberedTable =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as RememberedTable).id === "string" &&
  typeof (value as RememberedTable).name === "string";

/**
 * Reads the setting's value, keeping only well-formed entries: a setting damaged by hand or by an
 * older version is ignored entry by entry, never trusted.
 *
 * @example
 * parseRememberedTables({ posts: { id: "{1}", name: "Posts_SocialKPI" }, daily: 3 })
 * //=> { posts: { id: "{1}", name: "Posts_SocialKPI" } }
 */
export function parseRememberedTables(value: unknown): RememberedTables {
  if (typeof value !== "object" || value === null) return {};
  const remembered: RememberedTables = {};
  for (const [key, entry] of Object.entries(value)) {
    if (isRemembered(entry)) remembered[key as OwnedTable] = { id: entry.id, name: entry.name };
  }
  return remembered;
}
