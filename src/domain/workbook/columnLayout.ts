/**
 * Where the add-in's columns are in a table as it is now. Users may add columns (anywhere) and
 * move ours; they are matched by header, case-insensitively as Excel matches table column names.
 * A column of ours that is gone (renamed or deleted) is added again at the right edge.
 */
export interface ColumnLayout {
  /** For each of our column names, its 0-based position in the table (after `missing` are added). */
  readonly positions: readonly number[];
  /** Our columns that the table lacks, in the order they will be appended. */
  readonly missing: readonly string[];
  /** The table's width once `missing` are appended. */
  readonly width: number;
}

/**
 * Maps our column names onto a table's headers.
 *
 * @example
 * columnLayout(["Platform", "My note", "Post ID"], ["Platform", "Post ID", "Text"])
 * //=> { positions: [0, 2, 3], missing: ["Text"], width: 4 }
 */
export function columnLayout(headers: readonly string[], names: readonly string[]): ColumnLayout {
  const index = new Map<string, number>();
  headers.forEach((header, i) => {
    const key = header.toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  const missing: string[] = [];
  const positions = names.map((name) => {
    const found = index.get(name.toLowerCase());
    if (found !== undefined) return found;
    missing.push(name);
    return headers.length + missing.length - 1;
  });
  return { positions, missing, width: headers.length + missing.length };
}
