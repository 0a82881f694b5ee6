// How tests read the error Excel's client rejects a batch with (an OfficeExtension.Error).
import type { ExcelStandIn } from "./index";

/** The members of OfficeExtension.Error that tests check. */
export interface ExcelRejection {
  name: string;
  code: string;
  message: string;
  debugInfo: { code: string; errorLocation?: string };
}

/** The error `promise` rejects with; the test fails if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<ExcelRejection> {
  try {
    await promise;
  } catch (error) {
    return error as ExcelRejection;
  }
  throw new Error("expected the promise to reject");
}

/** What a test queues in one Excel.run before its sync. */
export type Batch = (context: Excel.RequestContext) => void;

/** The code and location Excel reports for a batch that fails; the test fails if it succeeds. */
export async function failure(
  standIn: ExcelStandIn,
  batch: Batch
): Promise<{ code: string; location: string | undefined }> {
  const error = await rejection(
    standIn.Excel.run(async (context) => {
      batch(context);
      await context.sync();
    })
  );
  return { code: error.code, location: error.debugInfo.errorLocation };
}
