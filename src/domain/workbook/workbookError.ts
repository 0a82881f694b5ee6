/**
 * Why an import could not be written, or the tables could not be read. Codes are stable: the task
 * pane translates them and tests assert them. Errors are values: nothing in the workbook layer
 * throws at its callers.
 */
export type WorkbookErrorCode =
  /** The import would push a table past Excel's 1,048,576 sheet rows; nothing was written. */
  | "TOO_MANY_ROWS"
  /** Excel refused a request (the message carries Excel's code and where it failed). */
  | "EXCEL_REQUEST_FAILED";

export interface WorkbookError {
  readonly kind: "WorkbookError";
  readonly code: WorkbookErrorCode;
  readonly message: string;
}

/**
 * Builds a {@link WorkbookError}.
 *
 * @example
 * workbookError("TOO_MANY_ROWS", "Table Posts would need 1,048,600 rows.")
 */
export function workbookError(code: WorkbookErrorCode, message: string): WorkbookError {
  return { kind: "WorkbookError", code, message };
}

/** Tells a {@link WorkbookError} from a result. */
export function isWorkbookError(value: unknown): value is WorkbookError {
  return (
    typeof value === "object" && value !== null && (value as WorkbookError).kind === "WorkbookError"
  );
}
