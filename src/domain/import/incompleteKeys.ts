import { FIELDS, RECORD_KEY } from "./fields";
import type { IssueLog } from "./issueLog";
import { ISSUE } from "./issues";
import type { RecordKind, RecordLists } from "./schema";

/** How many row numbers the issue lists. */
const LISTED_ROWS = 10;

const valuesOf = (record: object, fields: readonly string[]): string =>
  JSON.stringify(fields.map((field) => (record as Record<string, unknown>)[field] ?? null));

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
export function reportIncompleteKeys(
  records: RecordLists,
  rowOf: WeakMap<object, number>,
  log: IssueLog
): void {
  for (const kind of Object.keys(RECORD_KEY) as RecordKind[]) {
    const list: readonly object[] = records[kind];
    if (list.length < 2) continue;
    const key: readonly string[] = RECORD_KEY[kind];
    const fields = Object.keys(FIELDS[kind]);
    const byKey = new Map<string, object[]>();
    for (const record of list) {
      const k = valuesOf(record, key);
      const same = byKey.get(k);
      if (same) same.push(record);
      else byKey.set(k, [record]);
    }
    const clashing: object[] = [];
    for (const same of byKey.values()) {
      if (same.length < 2) continue;
      // The first of identical records stands for them: the others are plain duplicates.
      const distinct = new Map<string, object>();
      for (const record of same) {
        const values = valuesOf(record, fields);
        if (!distinct.has(values)) distinct.set(values, record);
      }
      if (distinct.size > 1) clashing.push(...distinct.values());
    }
    if (clashing.length === 0) continue;
    const rows = clashing
      .map((record) => rowOf.get(record))
      .filter((row) => row !== undefined)
      .sort((a, b) => a - b)
      .slice(0, LISTED_ROWS);
    const params = { kind, key, count: clashing.length, rows };
    const first = rows[0];
    log.warn(ISSUE.INCOMPLETE_KEY, params, first === undefined ? {} : { row: first });
  }
}
