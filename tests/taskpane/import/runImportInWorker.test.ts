import { ISSUE, type ImportResult } from "../../../src/domain/import";
import { emptyRecordLists } from "../../../src/domain/import/schema";
import type { Progress } from "../../../src/domain/progress";
import type {
  ImportMessage,
  ImportRequest,
  ImportWorker,
} from "../../../src/taskpane/import/importWorkerProtocol";
import {
  DEFAULT_IMPORT_TIMEOUT_MS,
  runImportInWorker,
} from "../../../src/taskpane/import/runImportInWorker";

/** A worker that records what it is sent and answers when the test says so. */
class FakeWorker implements ImportWorker {
  onmessage: ((event: MessageEvent<ImportMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: ImportRequest[] = [];
  terminated = false;

  postMessage(message: ImportRequest): void {
    this.received.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  send(message: ImportMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<ImportMessage>);
  }

  fail(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
}

const file = {
  name: "posts.csv",
  bytes: new TextEncoder().encode("Date,Views\n2020-06-10,3342\n"),
};

const result: ImportResult = {
  platform: "youtube",
  format: "youtube/totals",
  ...emptyRecordLists(),
  issues: [],
};

/** Lets the client's start (an awaited worker factory) run. */
const started = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => jest.useRealTimers());

describe("importing in a worker", () => {
  it("sends the file and its options, and passes the worker's result through", async () => {
    const worker = new FakeWorker();
    const pending = runImportInWorker(file, { platform: "youtube", createWorker: () => worker });
    await started();

    worker.send({ type: "result", result });

    expect(await pending).toBe(result);
    expect(worker.received).toEqual([{ file, options: { platform: "youtube" } }]);
    expect(worker.terminated).toBe(true);
  });

  it("sends a sheet's cells as a sheet", async () => {
    const worker = new FakeWorker();
    const sheet = { sheet: "Sheet1", values: [["Date", "Views"]], firstRow: 1 };
    const pending = runImportInWorker(sheet, { createWorker: () => worker });
    await started();

    worker.send({ type: "result", result });

    expect(await pending).toBe(result);
    expect(worker.received).toEqual([{ sheet, options: {} }]);
  });

  it("forwards the worker's progress as it comes", async () => {
    const worker = new FakeWorker();
    const progress: Progress[] = [];
    const pending = runImportInWorker(file, {
      createWorker: () => worker,
      onProgress: (step) => progress.push(step),
    });
    await started();

    worker.send({ type: "progress", progress: { phase: "parse", done: 0, total: 27 } });
    worker.send({ type: "progress", progress: { phase: "parse", done: 27, total: 27 } });
    worker.send({ type: "result", result });
    await pending;

    expect(progress).toEqual([
      { phase: "parse", done: 0, total: 27 },
      { phase: "parse", done: 27, total: 27 },
    ]);
  });

  it("stops a worker that does not answer in time and fails the import with IMPORT_TIMEOUT", async () => {
    jest.useFakeTimers();
    const worker = new FakeWorker();
    const pending = runImportInWorker(file, { timeoutMs: 5_000, createWorker: () => worker });
    await jest.advanceTimersByTimeAsync(4_999);
    expect(worker.terminated).toBe(false);

    await jest.advanceTimersByTimeAsync(1);
    const outcome = await pending;

    expect(worker.terminated).toBe(true);
    expect(outcome).toMatchObject({ platform: "unknown", posts: [], daily: [] });
    expect(outcome.issues).toEqual([
      expect.objectContaining({ severity: "error", code: ISSUE.IMPORT_TIMEOUT }),
    ]);
    worker.send({ type: "result", result });
    expect(await pending).toBe(outcome);
  });

  it("has a default time limit", async () => {
    jest.useFakeTimers();
    const worker = new FakeWorker();
    const pending = runImportInWorker(file, { createWorker: () => worker });
    await jest.advanceTimersByTimeAsync(DEFAULT_IMPORT_TIMEOUT_MS);
    expect((await pending).issues[0]?.code).toBe(ISSUE.IMPORT_TIMEOUT);
  });

  it("fails the import with IMPORT_WORKER_FAILED when the worker crashes or cannot start", async () => {
    const worker = new FakeWorker();
    const crashed = runImportInWorker(file, { createWorker: () => worker });
    await started();
    worker.fail("out of memory");

    expect((await crashed).issues).toEqual([
      expect.objectContaining({
        code: ISSUE.IMPORT_WORKER_FAILED,
        message: expect.stringContaining("out of memory"),
      }),
    ]);
    expect(worker.terminated).toBe(true);

    const unstarted = await runImportInWorker(file, {
      createWorker: () => Promise.reject(new Error("chunk failed to load")),
    });
    expect(unstarted.issues[0]?.code).toBe(ISSUE.IMPORT_WORKER_FAILED);
  });
});
