import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { FuzzMessage } from "./fuzz/fuzzWorker";
import { CAMPAIGNS, type Campaign, inputCount } from "./fuzz/mutants";

// Mutated fixtures must never make the importer throw, hang or return malformed results.

/**
 * A mutant still running after this long is taken for a hang: a mutant imports in well under a
 * millisecond on average, while the hangs this fuzz found (SheetJS inflating a damaged ZIP part,
 * walking a formula past its record, our own loop over a damaged sheet range) ran for seconds or
 * forever. The mutants run in a worker thread, so even an endless loop is stopped and named.
 */
const HANG_MS = 5_000;

interface FuzzRun {
  readonly count: number;
  readonly failures: readonly string[];
}

/** Runs a campaign in a worker (TypeScript through tsx), stopping it if a mutant hangs. */
function runCampaign(campaign: Campaign): Promise<FuzzRun> {
  const entry = join(__dirname, "fuzz/fuzzWorker.ts");
  const source = `require(${JSON.stringify(require.resolve("tsx/cjs/api"))}).register(); require(${JSON.stringify(entry)});`;
  const worker = new Worker(source, { eval: true, workerData: { campaign } });
  return new Promise((resolve, reject) => {
    let current = "the worker's start";
    let watchdog = setTimeout(hang, HANG_MS * 4);
    function hang() {
      void worker.terminate();
      resolve({ count: 0, failures: [`${current}: still running after ${HANG_MS} ms (a hang)`] });
    }
    worker.on("message", (message: FuzzMessage) => {
      clearTimeout(watchdog);
      if (message.type === "mutant") {
        current = message.label;
        watchdog = setTimeout(hang, HANG_MS);
        return;
      }
      void worker.terminate();
      resolve(message);
    });
    worker.on("error", (error) => {
      clearTimeout(watchdog);
      reject(error);
    });
  });
}

describe("importExport under fuzzing", () => {
  it(`never throws, hangs or returns a malformed result for ${CAMPAIGNS.mixed} mutated fixtures`, async () => {
    expect(inputCount("mixed")).toBeGreaterThan(20);
    const run = await runCampaign("mixed");
    expect(run.failures).toEqual([]);
    expect(run.count).toBe(CAMPAIGNS.mixed);
  }, 120_000);

  it(`never hangs on ${CAMPAIGNS.containers} binary containers with flipped, overwritten or duplicated bytes`, async () => {
    expect(inputCount("containers")).toBeGreaterThanOrEqual(6);
    const run = await runCampaign("containers");
    expect(run.failures).toEqual([]);
    expect(run.count).toBe(CAMPAIGNS.containers);
  }, 120_000);
});
