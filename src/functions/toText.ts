import { basicValue, type BasicValue, type CellError, type CellInput } from "./basicValue";
import { BLANK } from "./toNumber";

/**
 * Reads one cell as text: numbers as Excel shows them in General format, booleans as TRUE/FALSE,
 * empty cells as blank, and a data type by its basic value (an entity by the text on its card).
 *
 * @example
 * toText("Love it") //=> "Love it"
 * toText(42)        //=> "42"
 * toText({ type: "Entity", text: "Paris", properties: {} }) //=> "Paris"
 * toText(null)      //=> BLANK
 */
export function toText(
  input: CellInput | BasicValue | undefined
): string | typeof BLANK | CellError {
  const cell = basicValue(input);
  if (cell === null || cell === "") return BLANK;
  if (typeof cell === "object") return cell;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}
