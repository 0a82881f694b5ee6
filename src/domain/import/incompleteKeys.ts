import { FIELDS, RECORD_KEY } from "./fields";
import type { IssueLog } from "./issueLog";
import { ISSUE } from "./issues";
import type { RecordRows } from "./recordRows";
import type { RecordKind, RecordLists } from "./schema";

/** How many row numbers the issue lists. */
const LISTED_ROWS = 10;

const valuesOf = (record: object, fields: readonly string[]): string =>
  JSON.stringify(fields.map((field) => (record as Record<string, unknown>)[field] ?? null));

/**
 * A key field's value (a string, number or null, as records hold) as a Map key that two values
 * share exactly when their JSON does: JSON writes NaN, ±Infinity and a missing value as null.
 */
const keyPart = (value: unknown): unknown =>
  value === undefined || (typeof value === "number" && !Number.isFinite(value)) ? null : value;

/** Records grouped by key, one Map level per key field; a leaf holds a record, or its group. */
type KeyTree = Map<unknown, KeyTree | object | object[]>;

/** The groups of two or more records sharing a key, exactly. */
function groupsByKey(list: readonly object[], key: readonly string[]): object[][] {
  const root: KeyTree = new Map();
  const groups: object[][] = [];
  const last = key.length - 1;
  for (const record of list) {
    const values = record as Record<string, unknown>;
    let node = root;
    for (let i = 0; i < last; i++) {
      const part = keyPart(values[key[i] ?? ""]);
      let child = node.get(part) as KeyTree | undefined;
      if (!child) {
        child = new Map();
        node.set(part, child);
      }
      node = child;
    }
    const part = keyPart(values[key[last] ?? ""]);
    const leaf = node.get(part);
    if (leaf === undefined) node.set(part, record);
    else if (Array.isArray(leaf)) leaf.push(record);
    else {
      const group = [leaf, record];
      node.set(part, group);
      groups.push(group);
    }
  }
  return groups;
}

/** A 32-bit FNV-1a hash of a record's key: equal keys hash alike, unequal ones seldom do. */
function keyHash(values: Record<string, unknown>, key: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const field of key) {
    const part = keyPart(values[field]);
    if (typeof part === "string") {
      for (let i = 0; i < part.length; i++) hash = Math.imul(hash ^ part.charCodeAt(i), 0x01000193);
    } else {
      const code = typeof part === "number" ? Math.imul(part | 0, 0x9e3779b1) ^ (part * 1e6) : 0;
      hash = Math.imul(hash ^ (part === null ? 0x6e756c6c : code), 0x01000193);
    }
    // Between fields, so that ("ab", "c") and ("a", "bc") differ.
    hash = Math.imul(hash ^ 0x1f, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The groups of two or more records sharing a key. A file of 100,000 records usually has none, so
 * keys are compared as numbers first (a hash per record, sorted): only records whose hash repeats
 * are grouped by their values, which keeps the check off the import's time and heap.
 */
function sharedKeys(list: readonly object[], key: readonly string[]): object[][] {
  const hashes = new Uint32Array(list.length);
  list.forEach((record, i) => (hashes[i] = keyHash(record as Record<string, unknown>, key)));
  const sorted = hashes.slice().sort();
  const repeated = new Set<number>();
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i] ?? 0);
  }
  if (repeated.size === 0) return [];
  return groupsByKey(
    list.filter((_, i) => repeated.has(hashes[i] ?? 0)),
    key
  );
}

/**
 * Warns, per record kind, about records that share their key with another record of the file
 * but differ in other values (ISSUE.INCOMPLETE_KEY): the key does not identify them, so the
 * workbook keeps them all rather than keeping one. Records identical in every field are plain
 * duplicates and not reported here.
 *
 * @param rowOf - the file row each record was read from, where the layout says
 *
 * @example
 * // two ads "Instagram Post" on the same day, no id column, different spend
 * reportIncompleteKeys(records, rowOf, log) // logs INCOMPLETE_KEY { kind: "ads", count: 2, rows: [2, 3] }
 */
export function reportIncompleteKeys(records: RecordLists, rowOf: RecordRows, log: IssueLog): void {
  for (const kind of Object.keys(RECORD_KEY) as RecordKind[]) {
    const list: readonly object[] = records[kind];
    if (list.length < 2) continue;
    const key: readonly string[] = RECORD_KEY[kind];
    const fields = Object.keys(FIELDS[kind]);
    const clashing: object[] = [];
    for (const same of sharedKeys(list, key)) {
      // The first of identical records stands for them: the others are plain duplicates.
      const distinct = new Map<string, object>();
      for (const record of same) {
        const values = valuesOf(record, fields);
        if (!distinct.has(values)) distinct.set(values, record);
      }
      if (distinct.size > 1) clashing.push(...distinct.values());
    }
    if (clashing.length === 0) continue;
    const rows = rowOf
      .rowsOf(clashing)
      .sort((a, b) => a - b)
      .slice(0, LISTED_ROWS);
    const params = { kind, key, count: clashing.length, rows };
    const first = rows[0];
    log.warn(ISSUE.INCOMPLETE_KEY, params, first === undefined ? {} : { row: first });
  }
}
