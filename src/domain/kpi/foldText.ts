/**
 * Text folded for matching: lower case, accents removed, so "Café" matches "cafe" and "ÉTÉ"
 * matches "été" — how people actually type brand names in social posts.
 *
 * @example
 * foldText("Crème Brûlée") //=> "creme brulee"
 */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
