import { isWorkbookError, type WorkbookError } from "../domain/workbook/workbookError";
import { excelFailure } from "./excelFailure";

/** An error Excel raised (OfficeExtension.Error): it carries a string `code`. */
const isOfficeError = (error: unknown): boolean =>
  typeof error === "object" &&
  error !== null &&
  typeof (error as { code?: unknown }).code === "string";

/**
 * One `Excel.run` whose Excel failures come back as a {@link WorkbookError} value. Anything else
 * thrown is a bug in the add-in and is not disguised as an Excel problem: it propagates.
 */
export async function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T | WorkbookError>
): Promise<T | WorkbookError> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    if (isOfficeError(error) && !isWorkbookError(error)) return excelFailure(error);
    throw error;
  }
}
