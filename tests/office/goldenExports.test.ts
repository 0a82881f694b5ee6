import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ImportResult, RecordKind } from "../../src/domain/import";
import { importedFile } from "../../src/domain/workbook/importedFile";
import { RECORD_KINDS } from "../../src/domain/workbook/tableSpecs";
import { readTables } from "../../src/office/readTables";
import { writeImport } from "../../src/office/writeImport";
import { useExcelStandIn } from "../support/excel/useExcelStandIn";
import { NOW } from "../support/builders/records";

// The importer's golden fixtures (tests/fixtures/exports/<platform>/<case>/expected.json) hold
// the ImportResult of real export layouts: every record kind, currencies, durations, odd text.
const root = join(__dirname, "../fixtures/exports");
const cases = readdirSync(root).flatMap((platform) =>
  readdirSync(join(root, platform))
    .map((name) => join(root, platform, name, "expected.json"))
    .filter((path) => existsSync(path))
    .map((path) => ({ name: path.slice(root.length + 1, -"/expected.json".length), path }))
);

// Each test writes into a fresh stand-in workbook installed as the `Excel` global.
useExcelStandIn();

describe("the importer's golden exports, written to the workbook", () => {
  it("has golden exports to write", () => {
    expect(cases.length).toBeGreaterThan(5);
  });

  it.each(cases)(
    "$name reads back exactly as imported, and re-imports unchanged",
    async ({ path }) => {
      const result = JSON.parse(readFileSync(path, "utf8")) as ImportResult;
      const file = importedFile("export", result);
      const kinds = RECORD_KINDS.filter((kind: RecordKind) => result[kind].length > 0);

      const first = await writeImport(file, { now: NOW });
      const read = await readTables(kinds);
      const again = await writeImport(file, { now: NOW });

      const { posts, daily, traffic, ads, audience, mentions } = result;
      expect(read).toEqual({ posts, daily, traffic, ads, audience, mentions });
      expect(first).toMatchObject({ updated: 0, unchanged: 0 });
      expect(again).toMatchObject({ added: 0, updated: 0 });
    }
  );
});
