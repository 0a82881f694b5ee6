/**
 * The file row (1-based) each record was read from, for issues about records. A reader notes a
 * table's records with their rows once, as two lists it built side by side: a 100,000-row file
 * notes 100,000 rows and looks up almost none (only records an issue names), where a WeakMap, or
 * a second list of the records, would cost an entry per record and slow every garbage collection
 * of the import.
 */
export class RecordRows {
  private readonly tables: Array<{ records: readonly object[]; rows: readonly number[] }> = [];

  /** Notes that `records[i]` was read from file row `rows[i]`; the lists are not copied. */
  note(records: readonly object[], rows: readonly number[]): void {
    this.tables.push({ records, rows });
  }

  /**
   * The rows these records were read from, in the order they were noted; records noted nowhere
   * (built by a layout's `finish` from others) have none.
   *
   * @example
   * rows.note([a, b], [2, 3]);
   * rows.rowsOf([b, a]) //=> [2, 3]
   */
  rowsOf(records: readonly object[]): number[] {
    const wanted = new Set(records);
    const found: number[] = [];
    for (const table of this.tables) {
      for (let i = 0; i < table.records.length; i++) {
        const row = table.rows[i];
        if (row !== undefined && wanted.has(table.records[i] as object)) found.push(row);
      }
    }
    return found;
  }
}
