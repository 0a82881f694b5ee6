/**
 * Header names compared the way they drift between export versions: case (`Link Clicks` /
 * `Link clicks`), spacing, punctuation a re-save stripped (`Duration (sec)` / `Duration sec`),
 * a trailing space (`Phone number clicks `) — only letters and digits count.
 *
 * @example
 * headerKey("Reactions, Comments and Shares") === headerKey("Reactions, comments and shares") //=> true
 * headerKey("\ufeff\"Duration (sec)\"") //=> "durationsec"
 */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}%]/gu, "");
}

const indexes = new WeakMap<readonly string[], HeaderIndex>();

/**
 * The {@link HeaderIndex} of a row, built once however many layouts look at that row.
 *
 * @example
 * headerIndexOf(row) === headerIndexOf(row) //=> true
 */
export function headerIndexOf(row: readonly string[]): HeaderIndex {
  let index = indexes.get(row);
  if (!index) {
    index = new HeaderIndex(row);
    indexes.set(row, index);
  }
  return index;
}

/** A header row as keys, with the position of each occurrence of each key (duplicates kept). */
export class HeaderIndex {
  private readonly positions = new Map<string, number[]>();

  constructor(readonly names: readonly string[]) {
    names.forEach((name, index) => {
      const key = headerKey(name);
      if (key === "") return;
      const list = this.positions.get(key);
      if (list) list.push(index);
      else this.positions.set(key, [index]);
    });
  }

  /** The position of the `nth` (1-based) column with this name, or -1. */
  find(name: string, nth = 1): number {
    return this.positions.get(headerKey(name))?.[nth - 1] ?? -1;
  }

  /** Whether a column has this name, or a key the pattern matches. */
  has(name: string | RegExp): boolean {
    if (typeof name === "string") return this.positions.has(headerKey(name));
    for (const key of this.positions.keys()) if (name.test(key)) return true;
    return false;
  }

  /** Positions of every column whose name matches. */
  matching(test: (key: string) => boolean): number[] {
    const found: number[] = [];
    for (const [key, list] of this.positions) if (test(key)) found.push(...list);
    return found.sort((a, b) => a - b);
  }
}
