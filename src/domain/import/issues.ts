/**
 * What went wrong, or what was worth knowing, while importing a file. Codes are stable: the task
 * pane translates them and tests assert them. Errors are values: `importExport` never throws.
 */
export type ImportIssueCode =
  // The file as a whole (severity "error": no records).
  | "EMPTY_FILE"
  | "BINARY_FILE"
  | "UNREADABLE_SPREADSHEET"
  | "UNKNOWN_FORMAT"
  | "NO_DATA_ROWS"
  | "INTERNAL_ERROR"
  /** The import ran out of time (a file too large or damaged to read in the time allowed). */
  | "IMPORT_TIMEOUT"
  /** The background reader could not start or stopped unexpectedly. */
  | "IMPORT_WORKER_FAILED"
  // Decoding and parsing.
  | "ENCODING_FALLBACK"
  | "UNTERMINATED_QUOTE"
  // Rows that were not imported, counted per reason.
  | "DESCRIPTION_ROW_SKIPPED"
  | "TOTALS_ROW_SKIPPED"
  | "MISSING_ID"
  | "MISSING_DATE"
  | "MISSING_KEY"
  // Values.
  | "INVALID_NUMBER"
  | "INVALID_DATE"
  | "ID_REFORMATTED"
  | "YEAR_INFERRED"
  | "DAILY_ROWS_AGGREGATED"
  | "VIEWS_NOT_REPORTED"
  | "MAPPING_COLUMN_MISSING"
  | "SECTION_SKIPPED";

export interface ImportIssue {
  severity: "error" | "warning";
  code: ImportIssueCode;
  message: string;
  /** 1-based row of the file as a spreadsheet shows it (a quoted multi-line field is one row). */
  row?: number;
  /** The column's header, as exported. */
  column?: string;
  /** For an issue that stands for many rows or cells (skipped rows, bad cells): how many. */
  count?: number;
}
