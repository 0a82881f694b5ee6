/**
 * Why an import could not be written, or the tables could not be read. Codes are stable: the task
 * pane renders them in the user's language (messages.ts) and tests assert them. Use these
 * constants, never the code's text. Errors are values: nothing in the workbook layer throws at
 * its callers.
 */
export const WORKBOOK_ERROR = {
  /** The import would push a table past Excel's 1,048,576 sheet rows; nothing was written. */
  TOO_MANY_ROWS: "TOO_MANY_ROWS",
  /** Excel refused a request (with Excel's code and where it failed). */
  EXCEL_REQUEST_FAILED: "EXCEL_REQUEST_FAILED",
  /** An add-in table asked for is not in the workbook (never created, or deleted by the user). */
  TABLE_NOT_FOUND: "TABLE_NOT_FOUND",
} as const;

export type WorkbookErrorCode = (typeof WORKBOOK_ERROR)[keyof typeof WORKBOOK_ERROR];

/** The parameters of each code's message. */
export interface WorkbookErrorParams {
  readonly TOO_MANY_ROWS: {
    readonly tableName: string;
    readonly appendedRows: number;
    /** Data rows the table can still take. */
    readonly room: number;
    readonly maxRows: number;
  };
  readonly EXCEL_REQUEST_FAILED: {
    /** Excel's error code (`InvalidArgument`…), `UnknownError` when it gave none. */
    readonly excelCode: string;
    /** Where the batch failed (`Range.values`), when Excel says. */
    readonly location?: string;
    /** Excel's own message, in Office's language. */
    readonly detail: string;
  };
  readonly TABLE_NOT_FOUND: {
    /** The table's preferred name (`ImportLog`): the one the user knows it by. */
    readonly tableName: string;
  };
}
