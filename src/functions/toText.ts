import type { ArgumentCell } from "../domain/kpi/kpiDefinition";
import { BLANK } from "./toNumber";

/**
 * Reads one cell as text: numbers as Excel shows them in General format, booleans as TRUE/FALSE,
 * and empty cells as blank.
 *
 * @example
 * toText("Love it") //=> "Love it"
 * toText(42)        //=> "42"
 * toText(null)      //=> BLANK
 */
export function toText(cell: ArgumentCell | undefined): string | typeof BLANK {
  if (cell === null || cell === undefined || cell === "") return BLANK;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}
