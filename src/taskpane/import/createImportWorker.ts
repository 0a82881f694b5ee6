import type { ImportWorker } from "./importWorkerProtocol";

/**
 * Starts the import worker. Webpack bundles `importWorker.ts` as its own chunk from this exact
 * `new Worker(new URL(…, import.meta.url))` form, and this module is loaded on demand, so neither
 * the importer nor SheetJS weigh on the task pane's first load.
 */
export function createImportWorker(): ImportWorker {
  return new Worker(new URL("./importWorker.ts", import.meta.url), { name: "import" });
}
