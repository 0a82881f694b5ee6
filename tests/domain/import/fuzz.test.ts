import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ImportResult, importExport } from "../../../src/domain/import";

// Mutated fixtures must never make the importer throw, hang or return malformed results.
const root = join(__dirname, "../../fixtures/exports");
const RESERVED = new Set(["expected.json", "actual.json", "source.md", "options.json"]);
const MUTANTS = 10_000;
const SEED = 20261126;

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

const isContainer = (bytes: Uint8Array) =>
  (bytes[0] === 0xd0 && bytes[1] === 0xcf) || (bytes[0] === 0x50 && bytes[1] === 0x4b);

const LF = 10;
const NOISE = [0x22, 0x2c, 0x3b, 0x0a, 0x0d, 0x09, 0x00, 0xff, 0xfe, 0xef, 0xbb, 0xbf, 0x80, 0x2d];

function mutate(bytes: Uint8Array, next: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(next() * n);
  // Damaged binary spreadsheets are only cut short: SheetJS itself can loop on flipped bytes inside
  // an OLE2 or ZIP container (see spreadsheet.ts), which no pre-check can rule out.
  const kind = isContainer(bytes) ? 0 : pick(5);
  switch (kind) {
    case 0:
      return bytes.slice(0, pick(bytes.length + 1));
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
    default: {
      const at = pick(bytes.length + 1);
      const insert = Uint8Array.from({ length: 1 + pick(6) }, () => NOISE[pick(NOISE.length)] ?? 0);
      const out = new Uint8Array(bytes.length + insert.length);
      out.set(bytes.subarray(0, at));
      out.set(insert, at);
      out.set(bytes.subarray(at), at + insert.length);
      return out;
    }
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
  if (result.issues.some((issue) => issue.code === "INTERNAL_ERROR")) return "an exception escaped";
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

describe("importExport under fuzzing", () => {
  it(`never throws and always returns a well-formed result for ${MUTANTS} mutated fixtures`, async () => {
    expect(inputs.length).toBeGreaterThan(20);
    const next = random(SEED);
    const failures: string[] = [];
    for (let i = 0; i < MUTANTS; i++) {
      const input = inputs[i % inputs.length] as { name: string; bytes: Uint8Array };
      const bytes = mutate(input.bytes, next);
      const result = await importExport({ name: input.name, bytes }, { today: "2026-03-03" });
      const problem = malformation(result);
      if (problem && failures.length < 5) failures.push(`mutant ${i} of ${input.name}: ${problem}`);
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
