import type { NoParams } from "../catalogue";
import type { ContainerProblem } from "./containers/containerProblem";
import type { RecordKind } from "./schema";

/**
 * What went wrong, or what was worth knowing, while importing a file. Codes are stable: the task
 * pane renders them in the user's language (messages.ts) and tests assert them. Use these
 * constants, never the code's text. Errors are values: `importExport` never throws.
 */
export const ISSUE = {
  // The file as a whole (severity "error": no records).
  EMPTY_FILE: "EMPTY_FILE",
  BINARY_FILE: "BINARY_FILE",
  UNREADABLE_SPREADSHEET: "UNREADABLE_SPREADSHEET",
  UNKNOWN_FORMAT: "UNKNOWN_FORMAT",
  NO_DATA_ROWS: "NO_DATA_ROWS",
  INTERNAL_ERROR: "INTERNAL_ERROR",
  /** The import ran out of time (a file too large or damaged to read in the time allowed). */
  IMPORT_TIMEOUT: "IMPORT_TIMEOUT",
  /** The background reader could not start or stopped unexpectedly. */
  IMPORT_WORKER_FAILED: "IMPORT_WORKER_FAILED",
  // Decoding and parsing.
  ENCODING_FALLBACK: "ENCODING_FALLBACK",
  UNTERMINATED_QUOTE: "UNTERMINATED_QUOTE",
  // Rows that were not imported, counted per reason.
  DESCRIPTION_ROW_SKIPPED: "DESCRIPTION_ROW_SKIPPED",
  TOTALS_ROW_SKIPPED: "TOTALS_ROW_SKIPPED",
  MISSING_ID: "MISSING_ID",
  MISSING_DATE: "MISSING_DATE",
  MISSING_KEY: "MISSING_KEY",
  // Values.
  INVALID_NUMBER: "INVALID_NUMBER",
  INVALID_DATE: "INVALID_DATE",
  ID_REFORMATTED: "ID_REFORMATTED",
  YEAR_INFERRED: "YEAR_INFERRED",
  DAILY_ROWS_AGGREGATED: "DAILY_ROWS_AGGREGATED",
  VIEWS_NOT_REPORTED: "VIEWS_NOT_REPORTED",
  MAPPING_COLUMN_MISSING: "MAPPING_COLUMN_MISSING",
  SECTION_SKIPPED: "SECTION_SKIPPED",
  // Records.
  INCOMPLETE_KEY: "INCOMPLETE_KEY",
} as const;

export type ImportIssueCode = (typeof ISSUE)[keyof typeof ISSUE];

/** The codes that stand for rows left out of the records (the workbook counts them as skipped). */
export const ROW_SKIPPING_CODES = [
  ISSUE.DESCRIPTION_ROW_SKIPPED,
  ISSUE.TOTALS_ROW_SKIPPED,
  ISSUE.MISSING_ID,
  ISSUE.MISSING_DATE,
  ISSUE.MISSING_KEY,
] as const;

export type RowSkippingCode = (typeof ROW_SKIPPING_CODES)[number];

/** The codes counted per row (or per cell, with a column) rather than reported one by one. */
export type CountedCode =
  | RowSkippingCode
  | typeof ISSUE.INVALID_NUMBER
  | typeof ISSUE.INVALID_DATE
  | typeof ISSUE.ID_REFORMATTED
  | typeof ISSUE.SECTION_SKIPPED;

/** Rows, or cells of one column, that were skipped or emptied for one reason. */
export interface RowTally {
  readonly count: number;
  /** The first rows, 1-based as a spreadsheet shows them; `count` may be more. */
  readonly rows: readonly number[];
  /** The column's header as exported, for cells. */
  readonly column?: string;
}

/**
 * Why a spreadsheet cannot be read, with what its message needs: a container problem found
 * before SheetJS reads it (containers/containerProblem.ts), or what SheetJS made of it.
 */
export type SpreadsheetProblemParams = {
  readonly [P in Exclude<ContainerProblem, "too-large">]: NoParams;
} & {
  /** The limit on what the container unpacks to, in megabytes. */
  readonly "too-large": { readonly megabytes: number };
  /** The limit on the cells of a workbook. */
  readonly "too-many-cells": { readonly cells: number };
  /** The spreadsheet reader's code could not be loaded; `detail` is the loader's error. */
  readonly "reader-unavailable": { readonly detail: string };
  /** SheetJS refused the file; `detail` is its error. */
  readonly unreadable: { readonly detail: string };
};

export type SpreadsheetProblem = keyof SpreadsheetProblemParams;

/** A spreadsheet problem and its parameters, as one value. */
export type UnreadableSpreadsheet = {
  [P in SpreadsheetProblem]: { readonly problem: P } & SpreadsheetProblemParams[P];
}[SpreadsheetProblem];

/** The parameters of each code's message. */
export interface IssueParams {
  /** `blank`: the file decodes to whitespace only. */
  readonly EMPTY_FILE: { readonly blank: boolean };
  readonly BINARY_FILE: NoParams;
  readonly UNREADABLE_SPREADSHEET: UnreadableSpreadsheet;
  readonly UNKNOWN_FORMAT:
    | { readonly reason: "mapping-proposed" | "no-header" }
    /** A Meta daily series whose title is a metric the tables do not hold. */
    | { readonly reason: "earnings-series" | "unknown-series"; readonly series: string };
  readonly NO_DATA_ROWS: NoParams;
  /** `detail`: the exception's message, as the JavaScript engine worded it. */
  readonly INTERNAL_ERROR: { readonly detail: string };
  /** `seconds`: the time limit the import ran out of. */
  readonly IMPORT_TIMEOUT: { readonly seconds: number };
  /** `detail`: what the browser said about the worker, when it said anything. */
  readonly IMPORT_WORKER_FAILED: { readonly detail: string };
  readonly ENCODING_FALLBACK: NoParams;
  readonly UNTERMINATED_QUOTE: NoParams;
  readonly DESCRIPTION_ROW_SKIPPED: RowTally;
  readonly TOTALS_ROW_SKIPPED: RowTally;
  readonly MISSING_ID: RowTally;
  readonly MISSING_DATE: RowTally;
  readonly MISSING_KEY: RowTally;
  readonly INVALID_NUMBER: RowTally;
  readonly INVALID_DATE: RowTally;
  readonly ID_REFORMATTED: RowTally;
  /** `latest`: the ISO date no inferred date is after. */
  readonly YEAR_INFERRED: { readonly column: string; readonly latest: string };
  readonly DAILY_ROWS_AGGREGATED: { readonly rows: number; readonly posts: number };
  readonly VIEWS_NOT_REPORTED: NoParams;
  readonly MAPPING_COLUMN_MISSING: NoParams;
  /** Counted sections of a file, or a whole sheet (or file of an archive) by its name. */
  readonly SECTION_SKIPPED: RowTally | { readonly sheet: string };
  /**
   * Records of one kind that share their key (`key`: its fields) with another record of the file
   * but differ in other values: all kept. `rows` is empty where the layout does not say which
   * rows the records came from.
   */
  readonly INCOMPLETE_KEY: {
    readonly kind: RecordKind;
    readonly key: readonly string[];
    readonly count: number;
    readonly rows: readonly number[];
  };
}

/** One issue of one code. */
export interface IssueOf<C extends ImportIssueCode> {
  readonly severity: "error" | "warning";
  readonly code: C;
  /** The English rendering of the code and params, for logs and for callers that show no other. */
  readonly message: string;
  /** What the message says, for rendering it in another language (`renderIssue`). */
  readonly params: IssueParams[C];
  /** 1-based row of the file as a spreadsheet shows it (a quoted multi-line field is one row). */
  readonly row?: number;
  /** The column's header, as exported. */
  readonly column?: string;
  /** For an issue that stands for many rows or cells (skipped rows, bad cells): how many. */
  readonly count?: number;
}

export type ImportIssue = { [C in ImportIssueCode]: IssueOf<C> }[ImportIssueCode];
