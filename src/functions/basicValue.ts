/**
 * What Excel hands a custom function for one cell of an `any` argument: a plain value, or — since
 * the metadata allows data types (`allowCustomDataForDataTypeAny`) — a cell-value object such as
 * `{ type: "Double", basicValue: 3 }`, a linked entity, or an error value.
 */
export type CellInput = number | string | boolean | null | Excel.CellValue;

/**
 * An Excel error found in an argument (`#N/A` inside a data type): it becomes the result of the
 * elements it reaches, as Excel's own arithmetic propagates errors.
 */
export interface CellError {
  readonly kind: "CellError";
  /** Excel's text for the error, e.g. `#DIV/0!`. */
  readonly error: string;
  /** Set when the cell holds a data type with no number or text in it (an image, an array). */
  readonly valueType?: string;
}

/** A cell reduced to what arithmetic and text functions see of it. */
export type BasicValue = number | string | boolean | null | CellError;

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && (value as CellError).kind === "CellError";
}

// Error values usually carry their text as basicValue; the type names cover those that do not.
const ERROR_TEXT: Readonly<Record<string, string>> = {
  Div0: "#DIV/0!",
  NotAvailable: "#N/A",
  Num: "#NUM!",
  Null: "#NULL!",
  Value: "#VALUE!",
  Ref: "#REF!",
  Name: "#NAME?",
};

/** The fields a cell-value object may carry, read without trusting its shape. */
interface CellValueFields {
  readonly type?: unknown;
  readonly basicValue?: unknown;
  readonly basicType?: unknown;
  readonly errorType?: unknown;
  readonly text?: unknown;
}

const cellError = (error: string, valueType?: string): CellError =>
  valueType === undefined ? { kind: "CellError", error } : { kind: "CellError", error, valueType };

/**
 * Reads a cell as Excel's arithmetic and text functions see it: plain values as they are, a data
 * type as its basic value — an entity as the text on its card, an error value as that error, and
 * anything with neither number nor text (an image, an array, an unknown shape) as `#VALUE!`. Never
 * throws: the object comes from Excel, and one odd cell must not break a whole spilled result.
 * Values already read pass unchanged.
 *
 * @example
 * basicValue({ type: "Double", basicValue: 3 })                 //=> 3
 * basicValue({ type: "Entity", text: "Paris", properties: {} }) //=> "Paris"
 * basicValue({ type: "Error", basicValue: "#N/A" })             //=> { kind: "CellError", error: "#N/A" }
 */
export function basicValue(cell: CellInput | BasicValue | undefined): BasicValue {
  if (cell === undefined) return null;
  if (typeof cell !== "object" || cell === null || isCellError(cell)) return cell;
  const fields = cell as CellValueFields;
  const type = typeof fields.type === "string" ? fields.type : "unknown";
  const value = fields.basicValue;
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      if (typeof value === "string" && value.startsWith("#")) return cellError(value);
      return cellError(
        (typeof fields.errorType === "string" ? ERROR_TEXT[fields.errorType] : undefined) ??
          "#VALUE!"
      );
    case "Entity":
    case "LinkedEntity":
      // An entity's basic value is #VALUE!; what the user sees in the cell is its text.
      if (typeof fields.text === "string") return fields.text;
      break;
  }
  if (fields.basicType === "Error" || (type !== "String" && value === "#VALUE!")) {
    return typeof value === "string" && value.startsWith("#") && value !== "#VALUE!"
      ? cellError(value)
      : cellError("#VALUE!", type);
  }
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  return cellError("#VALUE!", type);
}
