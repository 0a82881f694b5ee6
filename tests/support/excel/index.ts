// The Excel stand-in: an in-memory workbook behind office.js-shaped proxies, for tests that run
// production code calling `Excel.run`. See docs/architecture.md §4 and the README on its limits.
//
//   const standIn = createExcelStandIn({ sheets: ["Sheet1"] });
//   beforeEach(() => standIn.install());      // sets globalThis.Excel; returns an uninstall function
//   await importPosts(records);               // production code
//   expect(standIn.workbook.table("Posts").rowCount).toBe(3);
//   expect(standIn.stats.syncs).toBeLessThanOrEqual(3);
import type { StandInStats } from "./batch";
import { MAX_REQUEST_BYTES, RequestContext } from "./batch";
import * as enums from "./enums";
import { WorkbookModel } from "./model";
import { WorkbookArranger, WorkbookInspector } from "./inspect";
import { WorkbookProxy } from "./workbook";

export { StandInError } from "./errors";
export type { StandInStats } from "./batch";
export { renderWorkbookHtml } from "./render";

type Batch<R> = (context: Excel.RequestContext) => Promise<R>;

export interface ExcelStandIn {
  /** Usable as the `Excel` global: run() plus the string enums and ErrorCodes. */
  readonly Excel: typeof enums & {
    run<R>(batch: Batch<R>): Promise<R>;
    run<R>(object: unknown, batch: Batch<R>): Promise<R>;
  };
  install(): () => void;
  readonly workbook: WorkbookInspector;
  readonly arrange: WorkbookArranger;
  readonly stats: StandInStats;
  resetStats(): void;
  /** The raw model, for the renderer and for stand-in tests. */
  readonly model: WorkbookModel;
}

export function createExcelStandIn(options: { sheets?: string[] } = {}): ExcelStandIn {
  const model = new WorkbookModel();
  for (const name of options.sheets ?? ["Sheet1"]) model.addSheet(name);
  const stats: StandInStats = { syncs: 0, requests: [], maxRequestBytes: MAX_REQUEST_BYTES };

  /** As office.js does, run() syncs whatever the batch left queued once its promise resolves. */
  async function run<R>(...args: [Batch<R>] | [unknown, Batch<R>]): Promise<R> {
    const batch = args.length === 1 ? args[0] : args[1];
    const context = new RequestContext(
      model,
      stats,
      (ctx) => new WorkbookProxy(ctx, undefined, "workbook", [], (p) => p as WorkbookModel)
    );
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context._pending > 0) await context.sync();
    return result;
  }

  const Excel = { ...enums, run } as ExcelStandIn["Excel"];

  return {
    Excel,
    install() {
      const global = globalThis as { Excel?: unknown };
      const previous = global.Excel;
      global.Excel = Excel;
      return () => {
        global.Excel = previous;
      };
    },
    workbook: new WorkbookInspector(model),
    arrange: new WorkbookArranger(model),
    stats,
    resetStats() {
      stats.syncs = 0;
      stats.requests.length = 0;
    },
    model,
  };
}
