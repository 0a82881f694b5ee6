import { importExport, importSheet } from "../../../src/domain/import";
import type { Progress } from "../../../src/domain/progress";
import type {
  ImportMessage,
  ImportRequest,
  ImportWorker,
} from "../../../src/taskpane/import/importWorkerProtocol";

/** Year-less dates are placed before this day, so results do not depend on when tests run. */
export const TODAY = "2026-11-26";

/**
 * A worker that runs the real importer on the test's thread (jsdom has no Web Workers), answering
 * as the bundled worker does: progress, then one result. `hold` keeps the result back until
 * `release()`, so a test can look at the pane while an import runs.
 */
export class InlineWorker implements ImportWorker {
  onmessage: ((event: MessageEvent<ImportMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: ImportRequest[] = [];
  private released: Promise<void> = Promise.resolve();
  release: () => void = () => {};

  constructor(hold = false) {
    if (hold) this.released = new Promise((resolve) => (this.release = resolve));
  }

  postMessage(request: ImportRequest): void {
    this.received.push(request);
    const send = (message: ImportMessage) =>
      this.onmessage?.({ data: message } as MessageEvent<ImportMessage>);
    const options = {
      ...request.options,
      today: TODAY,
      onProgress: (progress: Progress) => send({ type: "progress", progress }),
    };
    send({ type: "progress", progress: { phase: "parse", done: 0, total: 100 } });
    void this.released
      .then(() =>
        "sheet" in request
          ? importSheet(request.sheet, options)
          : importExport(request.file, options)
      )
      .then((result) => send({ type: "result", result }));
  }

  terminate(): void {}
}
