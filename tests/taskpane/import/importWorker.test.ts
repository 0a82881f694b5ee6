import type {
  ImportMessage,
  ImportRequest,
} from "../../../src/taskpane/import/importWorkerProtocol";

/** The worker's global scope, stood in for: what the entry registers and what it posts. */
interface FakeScope {
  onmessage: ((event: { data: ImportRequest }) => void) | null;
  posted: ImportMessage[];
  postMessage(message: ImportMessage): void;
}

/** Loads the worker entry on a fake scope; `result` settles once it posts its result. */
async function startWorker(): Promise<{ scope: FakeScope; result: Promise<void> }> {
  let answered = () => {};
  const result = new Promise<void>((resolve) => (answered = resolve));
  const scope: FakeScope = {
    onmessage: null,
    posted: [],
    postMessage(message) {
      this.posted.push(message);
      if (message.type === "result") answered();
    },
  };
  (globalThis as { self?: unknown }).self = scope;
  await jest.isolateModulesAsync(async () => {
    await import("../../../src/taskpane/import/importWorker");
  });
  return { scope, result };
}

describe("the import worker", () => {
  it("imports the file it is sent, posting parse progress and then the result", async () => {
    const { scope, result } = await startWorker();
    const bytes = new TextEncoder().encode("Date,Views\n2020-06-10,3342\n");

    scope.onmessage?.({ data: { file: { name: "Totals.csv", bytes }, options: {} } });
    await result;

    const last = scope.posted.at(-1);
    expect(last).toMatchObject({ type: "result", result: { format: "youtube/totals" } });
    const progress = scope.posted.filter((message) => message.type === "progress");
    expect(progress.at(-1)).toEqual({
      type: "progress",
      progress: { phase: "parse", done: bytes.length, total: bytes.length },
    });
    delete (globalThis as { self?: unknown }).self;
  });

  it("imports a sheet's cells it is sent, as the same import", async () => {
    const { scope, result } = await startWorker();

    const sheet = {
      sheet: "Totals",
      values: [
        ["Date", "Views"],
        ["2020-06-10", 3342],
      ],
      firstRow: 1,
    };
    scope.onmessage?.({ data: { sheet, options: {} } });
    await result;

    expect(scope.posted.at(-1)).toMatchObject({
      type: "result",
      result: { format: "youtube/totals", daily: [{ date: "2020-06-10", views: 3342 }] },
    });
    delete (globalThis as { self?: unknown }).self;
  });
});
