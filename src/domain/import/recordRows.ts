/**
 * The file row (1-based) each record was read from, for issues about records. Noting a row is two
 * array pushes: a 100,000-row file notes 100,000 rows and looks up almost none (only records an
 * issue names), where a WeakMap would cost a hash-table entry per record and slow every garbage
 * collection of the import.
 */
export class RecordRows {
  private readonly records: object[] = [];
  private readonly rows: number[] = [];

  /** Notes that `record` was read from file row `row`. */
  set(record: object, row: number): void {
    this.records.push(record);
    this.rows.push(row);
  }

  /**
   * The rows these records were read from, in the order they were noted; records noted nowhere
   * (built by a layout's `finish` from others) have none.
   *
   * @example
   * rows.set(a, 2); rows.set(b, 3);
   * rows.rowsOf([b, a]) //=> [2, 3]
   */
  rowsOf(records: readonly object[]): number[] {
    const wanted = new Set(records);
    const found: number[] = [];
    for (let i = 0; i < this.records.length; i++) {
      const row = this.rows[i];
      if (row !== undefined && wanted.has(this.records[i] as object)) found.push(row);
    }
    return found;
  }
}
