// The page of the Chromium import figures (bench/importInChromium.ts builds it for the web with
// the importer, Papa Parse and SheetJS as a browser build resolves them): the same comparisons
// as in Node, in the engine the task pane runs in.
import { importExport } from "../src/domain/import";
import type { Comparison } from "./compare";
import { compareCsvImport, compareXlsxImport, csvExport, xlsxExport } from "./importComparisons";

export interface ImportBenchPage {
  csv(): Promise<Comparison>;
  xlsx(): Promise<Comparison>;
}

// Without a collection before each round, one side's garbage would be collected in the other's time.
const withGc = (run: () => Promise<Comparison>) => (): Promise<Comparison> => {
  if (typeof (globalThis as { gc?: unknown }).gc !== "function") {
    return Promise.reject(
      new Error("gc() is missing: launch Chromium with --js-flags=--expose-gc")
    );
  }
  return run();
};

const page: ImportBenchPage = {
  csv: withGc(() => compareCsvImport(importExport, csvExport())),
  xlsx: withGc(() => compareXlsxImport(importExport, xlsxExport())),
};
Object.assign(globalThis, { __importBench: page });
