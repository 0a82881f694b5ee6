import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ImportResult, importExport } from "../../../../src/domain/import";
import { sniffContainer } from "../../../../src/domain/import/containers/sniffContainer";
import { ISSUE } from "../../../../src/domain/import/issues";

// The mutants of the fuzz test and the check of each import's result; fuzzWorker.ts imports them off
// the test's thread, so that a mutant that never finishes can be stopped and reported.

const root = join(__dirname, "../../../fixtures/exports");
const RESERVED = new Set(["expected.json", "actual.json", "source.md", "options.json"]);
const SEED = 20261126;

/** Which mutants: every fixture mutated every way, or binary containers damaged inside. */
export const CAMPAIGNS = {
  mixed: 10_000,
  /** OLE2 `.xls`, ZIP `.xlsx` and ZIP of CSVs, cut, flipped, overwritten or with chunks repeated. */
  containers: 15_000,
} as const;
export type Campaign = keyof typeof CAMPAIGNS;

const inputs = readdirSync(root).flatMap((platform) =>
  readdirSync(join(root, platform)).flatMap((name) =>
    readdirSync(join(root, platform, name))
      .filter((file) => !RESERVED.has(file))
      .map((file) => ({
        name: file,
        bytes: new Uint8Array(readFileSync(join(root, platform, name, file))),
      }))
  )
);

/** A small seeded PRNG (mulberry32), so every run mutates the same way. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isContainer = (bytes: Uint8Array) => ["ole2", "zip"].includes(sniffContainer(bytes));
const containers = inputs.filter((input) => isContainer(input.bytes));

const LF = 10;
const NOISE = [0x22, 0x2c, 0x3b, 0x0a, 0x0d, 0x09, 0x00, 0xff, 0xfe, 0xef, 0xbb, 0xbf, 0x80, 0x2d];

/** How a binary container is damaged: cut, bytes flipped or overwritten, a chunk duplicated. */
const CONTAINER_DAMAGE = ["truncate", "flip", "overwrite", "copy-chunk", "insert-chunk"] as const;
type ContainerDamage = (typeof CONTAINER_DAMAGE)[number];

/**
 * A damaged copy of a binary container. Flips and overwrites keep the size, so they reach the
 * structures inside (sector chains, directory entries, ZIP headers, compressed parts, BIFF
 * records); a copied chunk repeats a sector or a header elsewhere, an inserted one shifts them.
 */
function damageContainer(bytes: Uint8Array, kind: ContainerDamage, next: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(next() * n);
  const copy = bytes.slice();
  switch (kind) {
    case "truncate":
      return bytes.slice(0, pick(bytes.length + 1));
    case "flip": {
      const flips = 1 + pick(12);
      for (let i = 0; i < flips; i++) copy[pick(copy.length)] = pick(256);
      return copy;
    }
    case "overwrite": {
      const at = pick(copy.length);
      const end = Math.min(copy.length, at + 1 + pick(16));
      const constant = next() < 0.5 ? (NOISE[pick(NOISE.length)] ?? 0) : null;
      for (let i = at; i < end; i++) copy[i] = constant ?? pick(256);
      return copy;
    }
    case "copy-chunk": {
      const length = 1 + pick(Math.min(1024, bytes.length));
      const from = pick(bytes.length - length + 1);
      copy.set(bytes.subarray(from, from + length), pick(bytes.length - length + 1));
      return copy;
    }
    case "insert-chunk": {
      const length = 1 + pick(Math.min(1024, bytes.length));
      const from = pick(bytes.length - length + 1);
      const out = new Uint8Array(bytes.length + length);
      out.set(bytes.subarray(0, from + length));
      out.set(bytes.subarray(from, from + length), from + length);
      out.set(bytes.subarray(from + length), from + 2 * length);
      return out;
    }
  }
}

function mutate(bytes: Uint8Array, next: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(next() * n);
  // Binary containers are damaged inside too, not only cut short: containerCheck.ts checks a
  // container's structure before SheetJS reads it, so no damaged byte may make the import hang.
  if (isContainer(bytes)) {
    return damageContainer(bytes, CONTAINER_DAMAGE[pick(CONTAINER_DAMAGE.length)] ?? "flip", next);
  }
  const kind = pick(5);
  switch (kind) {
    case 1: {
      const copy = bytes.slice();
      const flips = 1 + pick(12);
      for (let i = 0; i < flips && copy.length > 0; i++) {
        copy[pick(copy.length)] = next() < 0.5 ? (NOISE[pick(NOISE.length)] ?? 0) : pick(256);
      }
      return copy;
    }
    case 2:
    case 3: {
      const lines: Uint8Array[] = [];
      let start = 0;
      for (let i = 0; i <= bytes.length; i++) {
        if (i === bytes.length || bytes[i] === LF) {
          lines.push(bytes.slice(start, Math.min(i + 1, bytes.length)));
          start = i + 1;
        }
      }
      if (kind === 2) {
        for (let i = lines.length - 1; i > 0; i--) {
          const j = pick(i + 1);
          [lines[i], lines[j]] = [lines[j] as Uint8Array, lines[i] as Uint8Array];
        }
      } else {
        const line = lines[pick(lines.length)] ?? new Uint8Array();
        lines.splice(pick(lines.length + 1), 0, line, line);
      }
      const out = new Uint8Array(lines.reduce((sum, line) => sum + line.length, 0));
      let at = 0;
      for (const line of lines) {
        out.set(line, at);
        at += line.length;
      }
      return out;
    }
    case 4: {
      const at = pick(bytes.length + 1);
      const insert = Uint8Array.from({ length: 1 + pick(6) }, () => NOISE[pick(NOISE.length)] ?? 0);
      const out = new Uint8Array(bytes.length + insert.length);
      out.set(bytes.subarray(0, at));
      out.set(insert, at);
      out.set(bytes.subarray(at), at + insert.length);
      return out;
    }
    default:
      return bytes.slice(0, pick(bytes.length + 1));
  }
}

/** What every result must look like, however bad the input. */
function malformation(result: ImportResult): string | null {
  const lists = [
    result.posts,
    result.daily,
    result.traffic,
    result.ads,
    result.audience,
    result.mentions,
  ];
  if (!lists.every(Array.isArray)) return "a record list is missing";
  if (result.issues.some((issue) => issue.code === ISSUE.INTERNAL_ERROR))
    return "an exception escaped";
  if (result.issues.some((issue) => !issue.code || !issue.message))
    return "an issue lacks code or message";
  const failed = result.issues.some((issue) => issue.severity === "error");
  if (failed && lists.some((list) => list.length > 0)) return "records came with an error";
  if (result.posts.some((post) => typeof post.postId !== "string" || post.postId === ""))
    return "bad post id";
  const numbers = lists.flatMap((list) =>
    (list as unknown as Array<Record<string, unknown>>).flatMap<unknown>((record) =>
      Object.values(record).filter((value) => typeof value === "number")
    )
  ) as number[];
  if (numbers.some((value) => !Number.isFinite(value))) return "a non-finite number";
  return null;
}

/** A mutant: which input, how it was made, and its bytes. */
export interface Mutant {
  readonly label: string;
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The mutants of a campaign, made one at a time (the same ones on every run). */
export function* mutants(campaign: Campaign): Generator<Mutant> {
  if (campaign === "mixed") {
    const next = random(SEED);
    for (let i = 0; i < CAMPAIGNS.mixed; i++) {
      const input = inputs[i % inputs.length] as { name: string; bytes: Uint8Array };
      yield {
        label: `mutant ${i} of ${input.name}`,
        name: input.name,
        bytes: mutate(input.bytes, next),
      };
    }
    return;
  }
  const next = random(SEED + 1);
  for (let i = 0; i < CAMPAIGNS.containers; i++) {
    const input = containers[i % containers.length] as { name: string; bytes: Uint8Array };
    const kind =
      CONTAINER_DAMAGE[Math.floor(i / containers.length) % CONTAINER_DAMAGE.length] ?? "flip";
    yield {
      label: `${kind} mutant ${i} of ${input.name}`,
      name: input.name,
      bytes: damageContainer(input.bytes, kind, next),
    };
  }
}

/** How many inputs a campaign draws from (a test checks that the fixtures are all there). */
export function inputCount(campaign: Campaign): number {
  return campaign === "mixed" ? inputs.length : containers.length;
}

/** Imports one mutant: a problem string when the result is malformed, else null. */
export async function check(mutant: Mutant): Promise<string | null> {
  const result = await importExport(
    { name: mutant.name, bytes: mutant.bytes },
    { today: "2026-03-03" }
  );
  return malformation(result);
}
