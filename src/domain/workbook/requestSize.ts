/**
 * Sizing requests to Excel. Excel on the web refuses a request or a response over 5,000,000 bytes
 * (Microsoft Learn: "Resource limits and performance optimization for Office Add-ins"), and a
 * refused request applies nothing, so the add-in sizes its blocks from the JSON it sends, with room
 * to spare for object paths and the other operations of the same request.
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** What one range write costs beyond its values: its object path and action, generously. */
export const OPERATION_BYTES = 400;

/** Rows read in the first block of a table, before its row size is known. */
export const FIRST_READ_ROWS = 2_000;

/**
 * UTF-8 length of a string: what the request actually weighs (an emoji is 4 bytes, not 2 chars).
 *
 * @example
 * utf8Length("é😀") //=> 6
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Bytes a value takes in a request: its JSON, in UTF-8.
 *
 * @example
 * jsonBytes([["'=1", 2, null]]) //=> 17
 */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}

/**
 * How many rows to read next from a table, given the bytes per row seen so far: the rows left
 * spread evenly over as few blocks as the budget allows, at least one. Filling every block up to
 * the budget would make as many blocks, the last one small and the others at the budget.
 *
 * @example
 * nextReadRows(400, 100_000) //=> 10000 (10 blocks of 10,000)
 * nextReadRows(400, 95_000) //=> 9500 (10 blocks of 9,500 rather than 9 of 10,000 and one of 5,000)
 */
export function nextReadRows(
  bytesPerRow: number,
  remaining: number,
  budget = REQUEST_BUDGET_BYTES
): number {
  const fit = Math.max(1, Math.floor(budget / Math.max(1, bytesPerRow)));
  const blocks = Math.max(1, Math.ceil(remaining / fit));
  return Math.max(1, Math.ceil(remaining / blocks));
}
