import { workbookError, type WorkbookError } from "../domain/workbook/workbookError";

/** The parts of an OfficeExtension.Error the message uses. */
interface OfficeErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly debugInfo?: { readonly errorLocation?: unknown };
}

/**
 * Turns what a failed `context.sync()` rejects with into a {@link WorkbookError}, keeping Excel's
 * code and where the batch failed, so the task pane can show it and a bug report can quote it.
 *
 * @example
 * excelFailure({ code: "InvalidArgument", message: "…", debugInfo: { errorLocation: "Range.values" } })
 * //=> { code: "EXCEL_REQUEST_FAILED", message: "Excel refused the request (InvalidArgument at Range.values): …" }
 */
export function excelFailure(error: unknown): WorkbookError {
  const e = (typeof error === "object" && error !== null ? error : {}) as OfficeErrorLike;
  const code = typeof e.code === "string" ? e.code : "UnknownError";
  const location =
    typeof e.debugInfo?.errorLocation === "string" ? ` at ${e.debugInfo.errorLocation}` : "";
  const message = typeof e.message === "string" ? e.message : String(error);
  return workbookError(
    "EXCEL_REQUEST_FAILED",
    `Excel refused the request (${code}${location}): ${message}`
  );
}

/** Whether Excel refused a response for its size (then a smaller read can succeed). */
export function isResponseTooLarge(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as OfficeErrorLike).code === "ResponsePayloadSizeLimitExceeded"
  );
}
