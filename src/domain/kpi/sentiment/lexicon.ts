/** What the sentiment scorer needs to know of a language. All words are folded (see foldText). */
export interface Lexicon {
  /** Word → score from −3 to 3; a key ending in `*` matches every word that starts with it. */
  readonly words: Readonly<Record<string, number>>;
  /** Words that flip the sentiment of the words after them ("not good", "n'aime"). */
  readonly negators: readonly string[];
  /** Words that flip the sentiment of the word just before them ("j'aime pas"). */
  readonly negatorsAfter: readonly string[];
  /** Words that strengthen the next sentiment word ("very good"). */
  readonly intensifiers: readonly string[];
  /** Words after which the clause that follows matters more ("good but slow"). */
  readonly contrast: readonly string[];
  /** Frequent words that tell the language apart. */
  readonly stopwords: readonly string[];
}
