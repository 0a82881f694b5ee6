import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

// import-x/no-cycle (eslint.config.mjs) skips type-only imports, by design of the rule, so a
// loop of `import type` passes it; both cycles it was enabled after were of that kind. This test
// closes the gap: every import counts, type-only and dynamic ones included.

const root = resolve(__dirname, "../..");

type Graph = ReadonlyMap<string, readonly string[]>;

/** The files of the graph a file imports (relative specifiers only: packages cannot import us). */
function importsOf(file: string, text: string, exists: (path: string) => boolean): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith("."))
    .flatMap((specifier) => {
      const base = join(dirname(file), specifier);
      const candidates = [".ts", ".tsx", "/index.ts", "/index.tsx"].map((end) => base + end);
      return candidates.filter(exists).slice(0, 1);
    });
}

function graphOf(files: ReadonlyMap<string, string>): Graph {
  return new Map(
    [...files].map(([file, text]) => [file, importsOf(file, text, (path) => files.has(path))])
  );
}

/** Every strongly connected group of more than one file, or of one file importing itself. */
function cyclesOf(graph: Graph): string[][] {
  // Tarjan's algorithm: each group is found once, however many loops run through it.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(group.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("import cycles", () => {
  it("are absent from src, type-only and dynamic imports included", () => {
    const files = sourceFiles(join(root, "src"));
    const texts = new Map(files.map((file) => [file, readFileSync(file, "utf8")]));
    const cycles = cyclesOf(graphOf(texts)).map((group) =>
      group.map((file) => relative(root, file))
    );
    expect(files.length).toBeGreaterThan(100);
    expect(cycles).toEqual([]);
  });

  it("are found when two files import each other's types", () => {
    const files = new Map([
      ["/p/kpiDefinition.ts", 'import type { KpiResult } from "./kpiError";\n'],
      ["/p/kpiError.ts", 'import type { Localized } from "./kpiDefinition";\n'],
      ["/p/ctr.ts", 'import { kpiError } from "./kpiError";\n'],
    ]);
    expect(cyclesOf(graphOf(files))).toEqual([["/p/kpiDefinition.ts", "/p/kpiError.ts"]]);
  });

  it("are found through a dynamic import and a folder's index", () => {
    const files = new Map([
      ["/p/spreadsheet.ts", 'export const load = () => import("./containers");\n'],
      ["/p/containers/index.ts", 'import type { Container } from "../spreadsheet";\n'],
    ]);
    expect(cyclesOf(graphOf(files))).toEqual([["/p/containers/index.ts", "/p/spreadsheet.ts"]]);
  });
});
