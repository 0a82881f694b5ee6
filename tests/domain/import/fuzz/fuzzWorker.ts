import { parentPort, workerData } from "node:worker_threads";
import { type Campaign, check, mutants } from "./mutants";

/** What the worker tells the test: the mutant it starts on, then the problems it found. */
export type FuzzMessage =
  | { readonly type: "mutant"; readonly label: string }
  | { readonly type: "done"; readonly count: number; readonly failures: readonly string[] };

const post = (message: FuzzMessage) => parentPort?.postMessage(message);

async function run(campaign: Campaign): Promise<void> {
  const failures: string[] = [];
  let count = 0;
  for (const mutant of mutants(campaign)) {
    post({ type: "mutant", label: mutant.label });
    const problem = await check(mutant);
    if (problem && failures.length < 5) failures.push(`${mutant.label}: ${problem}`);
    count++;
  }
  post({ type: "done", count, failures });
}

void run((workerData as { campaign: Campaign }).campaign);
