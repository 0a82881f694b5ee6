import { readFileSync } from "node:fs";
import { join } from "node:path";
import { IMPORT_LOG } from "../../../src/domain/workbook/importLogTable";
import { AS_OF_COLUMN, SOURCE_FILE_COLUMN } from "../../../src/domain/workbook/tableSpec";
import { RECORD_KINDS, TABLE_SPECS } from "../../../src/domain/workbook/tableSpecs";

const doc = readFileSync(join(__dirname, "../../../docs/workbook-tables.md"), "utf8");

/** The cells of the markdown table that follows a heading, header and rule rows left out. */
function tableAfter(heading: string): string[][] {
  const start = doc.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`docs/workbook-tables.md has no "${heading}"`);
  const lines = doc.slice(start).split("\n").slice(2);
  const first = lines.findIndex((line) => line.startsWith("|"));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/`/g, ""))
    );
  }
  return rows;
}

describe("docs/workbook-tables.md", () => {
  it.each(RECORD_KINDS)(
    "documents every column of the %s table, in order, with its format",
    (kind) => {
      const spec = TABLE_SPECS[kind];
      const expected = [
        ...spec.columns.map((c) => [
          c.name,
          c.field,
          typeof c.numberFormat === "string"
            ? c.numberFormat
            : c.numberFormat
              ? "per row (see below)"
              : "General",
        ]),
        [AS_OF_COLUMN, "—", "yyyy-mm-dd"],
        [SOURCE_FILE_COLUMN, "—", "General"],
      ];
      const documented = tableAfter(`### ${spec.tableName}`).map(
        ([name = "", field = "", , format = ""]) => [name, field, format]
      );
      expect(documented).toEqual(expected);
    }
  );

  it("documents the import log's columns in order", () => {
    expect(tableAfter("## Import log").map(([name = "", format = ""]) => [name, format])).toEqual(
      IMPORT_LOG.columns.map((c) => [c.name, c.numberFormat ?? "General"])
    );
  });

  it("lists every table with its sheet", () => {
    const listed = tableAfter("## Tables and sheets").map(([, table = "", sheet = ""]) => [
      table,
      sheet,
    ]);
    expect(listed).toEqual([
      ...RECORD_KINDS.map((kind) => [TABLE_SPECS[kind].tableName, TABLE_SPECS[kind].sheetName]),
      [IMPORT_LOG.tableName, IMPORT_LOG.sheetName],
    ]);
  });
});
