import { execFileSync } from "node:child_process";
import { lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";

// Someone who clones the repository must be able to follow every reference in it: the design
// notes and research the project started from are not part of it, so code, tests, fixtures and
// docs cite docs/ (or a public source by name) instead.
const OUTSIDE_DOCUMENTS: readonly RegExp[] = [
  /DESIGN\.md/,
  /export-formats\.md/,
  /market-and-kpi-definitions\.md/,
  /office-engineering\.md/,
  /model-codebases\.md/,
  /\.\.\/shared\//,
  /env\/machines/,
];

/** Files whose text is not ours: npm's lock file quotes package metadata verbatim. */
const NOT_SCANNED = new Set(["package-lock.json"]);

const root = join(__dirname, "..", "..");

/** Each `line: text` of `text` that cites a document outside the repository. */
function outsideCitations(text: string): string[] {
  return text
    .split("\n")
    .flatMap((line, index) =>
      OUTSIDE_DOCUMENTS.some((pattern) => pattern.test(line))
        ? [`${index + 1}: ${line.trim()}`]
        : []
    );
}

function trackedFiles(): string[] {
  const listing = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" });
  return (
    listing
      .split("\0")
      .filter((file) => file !== "" && !NOT_SCANNED.has(file))
      // A tracked symlink, or a file deleted in the work tree, has no text of its own to scan.
      .filter((file) => lstatSync(join(root, file), { throwIfNoEntry: false })?.isFile() === true)
  );
}

describe("the repository stands on its own", () => {
  it("has no tracked file citing a document outside the repository", () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    const citing = files.flatMap((file) =>
      outsideCitations(readFileSync(join(root, file), "utf8")).map((hit) => `${file}:${hit}`)
    );
    expect(citing).toEqual([]);
  });

  // Each sample is assembled from parts, so that this file's own text cites nothing.
  it.each([
    ["the design notes", ["// The layering of DESIGN", ".md §2 is enforced here."]],
    ["the export-format research", ["Imitates: a GA4 CSV (export-formats", ".md §6.1)."]],
    ["the KPI definitions", ["// worked examples (market-and-kpi-definitions", ".md Part B)"]],
    ["the Office research", [" * (office-engineering", ".md §5.1), and a refused request"]],
    ["the model codebases", ["// as in model-codebases", ".md"]],
    ["a sibling folder", ["see ..", "/shared/reference/notes.md"]],
    ["a description of the build machine", ["// off the network (env", "/machines/node.md)."]],
  ])("flags a line citing %s", (_what, parts) => {
    const line = parts.join("");
    expect(outsideCitations(`first line\n${line}\nlast line`)).toEqual([`2: ${line.trim()}`]);
  });

  it("lets lines cite the repository's own docs and public sources", () => {
    const text = [
      "// Meta Business Suite content export (docs/import-formats.md §3.5).",
      "// Runs a KPI as docs/architecture.md §3.4 says.",
      "// Microsoft Learn: Resource limits and performance optimization for Office Add-ins.",
    ].join("\n");
    expect(outsideCitations(text)).toEqual([]);
  });
});
