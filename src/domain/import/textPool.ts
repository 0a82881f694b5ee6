/** Texts longer than this are not pooled: they seldom repeat, and hashing them costs. */
const MAX_LENGTH = 32;
/** Past this many different texts a column is not one that repeats a few values. */
const MAX_TEXTS = 256;

/**
 * One copy of each short text a column repeats (the page name, the post type on every row of a
 * 100,000-row export): a record kept to the end of an import is copied by the garbage collector,
 * and with it every text of its own, so rows that share their texts are cheaper to keep. A column
 * of mostly different texts stops being pooled once it has shown {@link MAX_TEXTS} of them.
 *
 * @example
 * const pool = new TextPool();
 * pool.intern(row[2]) === pool.intern(nextRow[2]) //=> true when both say "SUGARLOAF"
 */
export class TextPool {
  private readonly texts = new Map<string, string>();
  private open = true;
  private last = "";

  /** The pooled copy of `text`, or `text` itself when it is not pooled. */
  intern(text: string): string {
    // The same text as the row above (the CSV reader hands over one text for a repeated cell).
    if (text === this.last) return this.last;
    if (!this.open || text.length > MAX_LENGTH) return text;
    const known = this.texts.get(text);
    if (known !== undefined) return (this.last = known);
    if (this.texts.size >= MAX_TEXTS) {
      this.open = false;
      this.texts.clear();
    } else {
      this.texts.set(text, text);
    }
    return (this.last = text);
  }
}
