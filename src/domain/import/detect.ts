import type { FormatReader, LayoutMatch, TableSlice } from "./layout";

export interface Detection {
  readonly reader: FormatReader;
  readonly match: LayoutMatch;
}

/**
 * Recognises a table's export format from its content (never from the file name, which users
 * rename and which Meta gives the same pattern for Facebook and Instagram): every reader looks for
 * its header near the top, past preambles and description rows; the best score wins, and among
 * equal scores the reader listed first.
 *
 * @param table - a file's rows, or one sheet's
 * @param readers - the known formats, in detection order
 * @returns the best reader and where its header is, or null when none recognises the table
 */
export function detectFormat(
  table: TableSlice,
  readers: readonly FormatReader[]
): Detection | null {
  let best: Detection | null = null;
  for (const reader of readers) {
    const match = reader.match(table);
    if (match && (!best || match.score > best.match.score)) best = { reader, match };
  }
  return best;
}
