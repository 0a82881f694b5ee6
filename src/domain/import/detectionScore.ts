/**
 * How sure detection is, in named tiers. Every reader scores its match of a table and the highest
 * score wins ({@link detectFormat}); a file no reader claims gets a proposed column mapping, whose
 * columns and record kind are scored by {@link ColumnConfidence} and {@link KEYED_KIND}.
 */
export const DetectionScore = {
  /** A reader that is not competing: the format of the file is known, a section of it is read. */
  chosen: 0,
  /** Each name of a layout's header signature: longer signatures are more specific and win. */
  perSignatureName: 100,
  /** Each of a layout's columns found in the header, to rank layouts of equal signatures. */
  perFoundColumn: 1,
  /**
   * A format told by the shape of the file rather than by column names (a `#` preamble, a title
   * line over a daily series, titled blocks): above any two-name signature, below three names.
   */
  structure: 250,
} as const;

/**
 * The score of a header that holds every name of a signature and `found` columns of the layout.
 * A layout has fewer than 100 columns, so a longer signature always wins.
 *
 * @example
 * signatureScore(3, 12) //=> 312
 */
export function signatureScore(signatureNames: number, found: number): number {
  return signatureNames * DetectionScore.perSignatureName + found * DetectionScore.perFoundColumn;
}

/** How sure a proposed mapping is of one column (0–1): the task pane shows it. */
export const ColumnConfidence = {
  /** The column's name is one of the field's known names (or a rate, known to be left out). */
  knownName: 0.9,
  /** The name contains a known name (`Organic impressions`). */
  containsKnownName: 0.6,
  unknown: 0,
} as const;

/**
 * The bonus of a record kind whose key column is mapped (posts an id or link, days a date…):
 * such a kind outranks one that only maps more columns.
 */
export const KEYED_KIND = 100;
