import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ImportOptions, importExport } from "../../../src/domain/import";

// Golden fixtures (tests/fixtures/exports/<platform>/<case>/): the input file, `expected.json` (the
// whole ImportResult), `source.md` (which real layout it imitates), optionally `options.json`.
// On a mismatch `actual.json` is written beside `expected.json`, so updating a fixture is a diff.
const root = join(__dirname, "../../fixtures/exports");
const RESERVED = new Set(["expected.json", "actual.json", "source.md", "options.json"]);

const subfolders = (dir: string): string[] =>
  readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory());
const platforms = subfolders(root);
const cases = platforms.flatMap((platform) =>
  subfolders(join(root, platform)).map((name) => ({
    platform,
    name,
    dir: join(root, platform, name),
  }))
);

describe("golden export fixtures", () => {
  it("has at least one fixture in every platform folder", () => {
    expect(platforms.length).toBeGreaterThan(0);
    const empty = platforms.filter((platform) => !cases.some((c) => c.platform === platform));
    expect(empty).toEqual([]);
  });

  it.each(cases)("imports $platform/$name exactly as expected.json says", async ({ dir }) => {
    const inputs = readdirSync(dir).filter((file) => !RESERVED.has(file));
    expect(inputs).toHaveLength(1);
    const input = inputs[0] as string;
    const options = existsSync(join(dir, "options.json"))
      ? (JSON.parse(readFileSync(join(dir, "options.json"), "utf8")) as ImportOptions)
      : {};
    const result = await importExport(
      { name: input, bytes: new Uint8Array(readFileSync(join(dir, input))) },
      options
    );
    const actual = JSON.parse(JSON.stringify(result)) as unknown;
    const expectedPath = join(dir, "expected.json");
    const expected = existsSync(expectedPath)
      ? (JSON.parse(readFileSync(expectedPath, "utf8")) as unknown)
      : undefined;
    const actualPath = join(dir, "actual.json");
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      writeFileSync(actualPath, `${JSON.stringify(actual, null, 2)}\n`);
    } else if (existsSync(actualPath)) {
      rmSync(actualPath);
    }
    expect(actual).toEqual(expected);
  });
});
