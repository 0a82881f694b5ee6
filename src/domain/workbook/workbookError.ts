import { workbookErrorMessage } from "./messages";
import type { PartialWrite } from "./partialWrite";
import type { WorkbookErrorCode, WorkbookErrorParams } from "./workbookErrorCode";

/** A workbook failure as a value: its code, its parameters and its English message. */
interface ErrorOf<C extends WorkbookErrorCode> {
  readonly kind: "WorkbookError";
  readonly code: C;
  /** The English rendering of the code and params, for logs and bug reports. */
  readonly message: string;
  /** What the message says, for rendering it in the user's language (`renderWorkbookError`). */
  readonly params: WorkbookErrorParams[C];
  /** For an import Excel refused part-way: what reached the workbook before (describeWritten). */
  readonly written?: PartialWrite;
}

export type WorkbookError = { [C in WorkbookErrorCode]: ErrorOf<C> }[WorkbookErrorCode];

/**
 * Builds a {@link WorkbookError}.
 *
 * @example
 * workbookError(WORKBOOK_ERROR.EXCEL_REQUEST_FAILED, { excelCode: "InvalidArgument", detail: "…" })
 */
export function workbookError<C extends WorkbookErrorCode>(
  code: C,
  params: WorkbookErrorParams[C]
): WorkbookError {
  const error: ErrorOf<C> = {
    kind: "WorkbookError",
    code,
    message: workbookErrorMessage(code, params, "en"),
    params,
  };
  return error as WorkbookError;
}

/** Tells a {@link WorkbookError} from a result. */
export function isWorkbookError(value: unknown): value is WorkbookError {
  return (
    typeof value === "object" && value !== null && (value as WorkbookError).kind === "WorkbookError"
  );
}
