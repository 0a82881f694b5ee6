import type { ImportResult, SheetGrid } from "../../domain/import";
import { ISSUE, type IssueParams } from "../../domain/import/issues";
import { IssueLog } from "../../domain/import/issueLog";
import { emptyRecordLists } from "../../domain/import/schema";
import type { OnProgress } from "../../domain/progress";
import type {
  ImportFile,
  ImportRequest,
  ImportWorker,
  WorkerReadOptions,
} from "./importWorkerProtocol";

/** Long enough for a 100,000-row export on a slow laptop; a hang beyond it is a damaged file or a bug. */
export const DEFAULT_IMPORT_TIMEOUT_MS = 120_000;

export interface WorkerImportOptions extends WorkerReadOptions {
  /** After this long the worker is stopped and the import fails with ISSUE.IMPORT_TIMEOUT. */
  readonly timeoutMs?: number;
  /** Parse progress (phase `parse`), forwarded from the worker. */
  readonly onProgress?: OnProgress;
  /** Where the worker comes from; the bundled import worker by default. */
  readonly createWorker?: () => ImportWorker | Promise<ImportWorker>;
}

/** A result that imports nothing and says why, as `importExport` reports files it cannot read. */
function failedImport(
  ...[code, params]:
    | [typeof ISSUE.IMPORT_TIMEOUT, IssueParams[typeof ISSUE.IMPORT_TIMEOUT]]
    | [typeof ISSUE.IMPORT_WORKER_FAILED, IssueParams[typeof ISSUE.IMPORT_WORKER_FAILED]]
): ImportResult {
  const log = new IssueLog();
  log.error(code, params);
  return { platform: "unknown", format: "unknown", ...emptyRecordLists(), issues: log.toIssues() };
}

const bundledWorker = async (): Promise<ImportWorker> =>
  (await import("./createImportWorker")).createImportWorker();

/**
 * Imports a file, or a sheet's cells, in a Web Worker, so the task pane stays responsive, with a
 * time limit: a worker
 * that has not answered in time is terminated and the import comes back failed with
 * ISSUE.IMPORT_TIMEOUT instead of hanging; a worker that cannot start or crashes gives
 * ISSUE.IMPORT_WORKER_FAILED. Like `importExport`, it never rejects.
 *
 * @example
 * const result = await runImportInWorker(
 *   { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
 *   { timeoutMs: 60_000, onProgress: (progress) => setShare(progressFraction(progress)) }
 * );
 */
export function runImportInWorker(
  source: ImportFile | SheetGrid,
  options: WorkerImportOptions = {}
): Promise<ImportResult> {
  const {
    timeoutMs = DEFAULT_IMPORT_TIMEOUT_MS,
    onProgress,
    createWorker = bundledWorker,
  } = options;
  const request: ImportRequest = {
    ...("bytes" in source ? { file: source } : { sheet: source }),
    options: {
      ...(options.platform ? { platform: options.platform } : {}),
      ...(options.mapping ? { mapping: options.mapping } : {}),
    },
  };
  return new Promise((resolve) => {
    let worker: ImportWorker | undefined;
    let settled = false;
    const finish = (result: ImportResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker?.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish(failedImport(ISSUE.IMPORT_TIMEOUT, { seconds: Math.round(timeoutMs / 1000) })),
      timeoutMs
    );
    const start = async () => {
      const started = await createWorker();
      if (settled) {
        started.terminate();
        return;
      }
      worker = started;
      started.onmessage = ({ data }) => {
        if (data.type === "progress") onProgress?.(data.progress);
        else finish(data.result);
      };
      started.onerror = (event) =>
        finish(
          failedImport(ISSUE.IMPORT_WORKER_FAILED, { detail: event.message || "unknown error" })
        );
      // Copied, not transferred: the caller keeps its bytes (to retry with a mapping).
      started.postMessage(request);
    };
    start().catch((error: unknown) =>
      finish(
        failedImport(ISSUE.IMPORT_WORKER_FAILED, {
          detail: error instanceof Error ? error.message : String(error),
        })
      )
    );
  });
}
