// A stand-in workbook on a loaded Excel client, whatever the platform: index.ts gives Jest one on
// the client loaded in Node, the preview page one on the client its <script> loaded.
import type { ExcelClient } from "./client/excelClient";
import type { StandInStats } from "./host/excelHost";
import { ExcelHost, MAX_PAYLOAD_BYTES } from "./host/excelHost";
import { hostObject } from "./host/typeHandler";
import { TYPE_HANDLERS } from "./host/types";
import { WorkbookArranger, WorkbookInspector } from "./inspect";
import { WorkbookModel } from "./model";

type Batch<R> = (context: Excel.RequestContext) => Promise<R>;

export interface StandInOptions {
  sheets?: string[];
}

export interface ExcelStandIn {
  /** Usable as the `Excel` global: Microsoft's Excel namespace, with `run` bound to this workbook. */
  readonly Excel: typeof Excel;
  /** Microsoft's OfficeExtension namespace (its Error class is what a failed sync rejects with). */
  readonly OfficeExtension: typeof OfficeExtension;
  /** A fresh RequestContext on this workbook, for code that takes a context. */
  newContext(): Excel.RequestContext;
  install(): () => void;
  readonly workbook: WorkbookInspector;
  readonly arrange: WorkbookArranger;
  readonly stats: StandInStats;
  resetStats(): void;
  /** The raw model and host, for the renderer and for stand-in tests. */
  readonly model: WorkbookModel;
  readonly host: ExcelHost;
  /** Calls `listener` after the host has answered each request (the preview redraws on it). */
  onRequest(listener: () => void): () => void;
}

let nextStandIn = 1;

export function createStandIn(client: ExcelClient, options: StandInOptions = {}): ExcelStandIn {
  const model = new WorkbookModel();
  for (const name of options.sheets ?? ["Sheet1"]) model.addSheet(name);
  const stats: StandInStats = {
    syncs: 0,
    requests: [],
    cleanups: 0,
    maxRequestBytes: MAX_PAYLOAD_BYTES,
  };
  const host = new ExcelHost(hostObject("Workbook", model), TYPE_HANDLERS, stats, (type) =>
    client.properties(type)
  );
  const url = `https://excel-stand-in-${nextStandIn++}.invalid`;
  const listeners = new Set<() => void>();
  client.serve(url, (body) => {
    try {
      return host.process(body);
    } finally {
      for (const listener of listeners) listener();
    }
  });
  const newContext = (): Excel.RequestContext => new client.Excel.RequestContext(url);

  function run<R>(...args: unknown[]): Promise<R> {
    const [first, second] = args;
    // With only a batch, Excel.run would create a context on the document; here it is this workbook.
    if (typeof first === "function") return client.Excel.run(newContext(), first as Batch<R>);
    return (client.Excel.run as (...a: unknown[]) => Promise<R>)(first, second);
  }

  const excel = Object.assign(Object.create(client.Excel) as object, { run }) as typeof Excel;

  return {
    Excel: excel,
    OfficeExtension: client.OfficeExtension,
    newContext,
    install() {
      const global = globalThis as { Excel?: unknown; OfficeExtension?: unknown };
      const previous = { Excel: global.Excel, OfficeExtension: global.OfficeExtension };
      global.Excel = excel;
      global.OfficeExtension = client.OfficeExtension;
      return () => {
        global.Excel = previous.Excel;
        global.OfficeExtension = previous.OfficeExtension;
      };
    },
    workbook: new WorkbookInspector(model),
    arrange: new WorkbookArranger(model),
    stats,
    resetStats() {
      stats.syncs = 0;
      stats.cleanups = 0;
      stats.requests.length = 0;
    },
    model,
    host,
    onRequest(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
