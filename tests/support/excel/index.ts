// The Excel stand-in: Microsoft's own Excel client library talking to an in-memory host, for tests
// that run production code calling `Excel.run`. The client builds every request exactly as it does
// in Excel; the host (host/) executes it against the workbook model and answers in Excel's format.
// See the README section "Testing without Excel" for what it does not do.
//
//   const standIn = createExcelStandIn({ sheets: ["Sheet1"] });
//   beforeEach(() => standIn.install());      // sets globalThis.Excel; returns an uninstall function
//   await importPosts(records);               // production code
//   expect(standIn.workbook.table("Posts").rowCount).toBe(3);
//   expect(standIn.stats.syncs).toBeLessThanOrEqual(3);
import { loadExcelClient } from "./client/loadInNode";
import type { ExcelStandIn, StandInOptions } from "./standIn";
import { createStandIn } from "./standIn";

export { StandInError } from "./errors";
export type { StandInStats } from "./host/excelHost";
export { renderWorkbookHtml } from "./render";
export type { ExcelStandIn, StandInOptions } from "./standIn";

/** A stand-in on the client loaded in Node (Jest, the bench). */
export function createExcelStandIn(options: StandInOptions = {}): ExcelStandIn {
  return createStandIn(loadExcelClient(), options);
}
