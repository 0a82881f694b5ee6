import { workbookError, type WorkbookError } from "../domain/workbook/workbookError";
import { WORKBOOK_ERROR } from "../domain/workbook/workbookErrorCode";

/** The parts of an OfficeExtension.Error the message uses. */
interface OfficeErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly debugInfo?: { readonly errorLocation?: unknown };
}

/**
 * Turns what a failed `context.sync()` rejects with into a {@link WorkbookError}, keeping Excel's
 * code and where the batch failed, so the task pane can show it (in the user's language) and a bug
 * report can quote it.
 *
 * @example
 * excelFailure({ code: "InvalidArgument", message: "…", debugInfo: { errorLocation: "Range.values" } })
 * //=> { code: WORKBOOK_ERROR.EXCEL_REQUEST_FAILED, message: "Excel refused the request (InvalidArgument at Range.values): …",
 * //     params: { excelCode: "InvalidArgument", location: "Range.values", detail: "…" } }
 */
export function excelFailure(error: unknown): WorkbookError {
  const e = (typeof error === "object" && error !== null ? error : {}) as OfficeErrorLike;
  const excelCode = typeof e.code === "string" ? e.code : "UnknownError";
  const location = e.debugInfo?.errorLocation;
  const detail = typeof e.message === "string" ? e.message : String(error);
  return workbookError(
    WORKBOOK_ERROR.EXCEL_REQUEST_FAILED,
    typeof location === "string" ? { excelCode, location, detail } : { excelCode, detail }
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
