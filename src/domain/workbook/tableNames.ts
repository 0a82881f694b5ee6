import type { RecordKind } from "../import/schema";

/** Everything the add-in creates by name: one table per record kind, and the import log. */
export type OwnedTable = RecordKind | "importLog";

/** Suffix of the names the add-in falls back to when the user already uses ours. */
const FALLBACK_SUFFIX = "_SocialKPI";

/**
 * The name for a new add-in table: the preferred one, else `<name>_SocialKPI`, else
 * `<name>_SocialKPI2`, `3`… Table names and defined names share one case-insensitive namespace in
 * Excel, so `taken` holds both. The user's own table is never renamed or reused.
 *
 * @example
 * freeTableName("Posts", ["posts"]) //=> "Posts_SocialKPI"
 */
export function freeTableName(preferred: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  const base = `${preferred}${FALLBACK_SUFFIX}`;
  const candidates = [preferred, base];
  for (const name of candidates) if (!used.has(name.toLowerCase())) return name;
  let n = 2;
  while (used.has(`${base}${n}`.toLowerCase())) n++;
  return `${base}${n}`;
}

/**
 * The name for a new add-in sheet: the preferred one, else `<name> (Social KPI)`, then
 * `<name> (Social KPI 2)`… A sheet that exists is the user's, even if it has our name: the add-in
 * only writes on sheets it created (docs/architecture.md §3.3).
 *
 * @example
 * freeSheetName("Posts", ["Posts"]) //=> "Posts (Social KPI)"
 */
export function freeSheetName(preferred: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  if (!used.has(preferred.toLowerCase())) return preferred;
  for (let n = 1; ; n++) {
    const name = `${preferred} (Social KPI${n === 1 ? "" : ` ${n}`})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
