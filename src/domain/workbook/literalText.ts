import type { WorkbookCell } from "./workbookCell";

/**
 * Excel refuses cell text longer than this. The apostrophe that {@link literalText} adds is not
 * stored, but it travels in the request, so text is cut one character earlier.
 */
const MAX_CELL_TEXT = 32_767;

/**
 * The longest text the add-in writes to one cell (see {@link MAX_CELL_TEXT}). Longer export text is
 * cut to this length and the import report says how many cells were cut.
 */
export const MAX_WRITTEN_TEXT = MAX_CELL_TEXT - 1;

/**
 * How a string must be sent through `range.values` so that the cell holds exactly that string.
 *
 * Excel parses written strings as if a user had typed them: `=…`, `+…`, `-…`, `@…` become formulas,
 * `"0012"` and 19-digit ids become (rounded) numbers, `"TRUE"` a boolean, `"2026-01-05"` a date; a
 * leading TAB or CR is the classic way exported text smuggles such content past a first-character
 * check. A leading apostrophe is Excel's own "this is
 * text" marker: it is not stored, the cell keeps the rest verbatim and `values` returns it
 * unchanged. Prefixing every string, rather than only the ones that look dangerous, is what makes
 * this safe: which strings Excel reinterprets depends on the user's locale (dates, decimal
 * commas, currencies), so no list of patterns can be complete. A string that itself starts with an
 * apostrophe keeps it, because only the added one is consumed.
 *
 * @example
 * literalText("=HYPERLINK(\"http://x\")") //=> "'=HYPERLINK(\"http://x\")"
 * literalText("1234567890123456789") //=> "'1234567890123456789"
 * literalText("") //=> "" (an empty cell)
 */
export function literalText(text: string): string {
  return text === "" ? "" : `'${text}`;
}

/**
 * The value to send for a logical cell value: strings as literal text, numbers and booleans as is.
 *
 * @example
 * toWrittenValue("@brand") //=> "'@brand"
 * toWrittenValue(42) //=> 42
 */
export function toWrittenValue(value: WorkbookCell): WorkbookCell {
  return typeof value === "string" ? literalText(value) : value;
}
