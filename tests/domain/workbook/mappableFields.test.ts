import { FIELDS } from "../../../src/domain/import/fields";
import type { RecordKind } from "../../../src/domain/import/schema";
import { mappableFields, missingRequired } from "../../../src/domain/workbook/mappableFields";
import { TABLE_SPECS } from "../../../src/domain/workbook/tableSpecs";

const KINDS = Object.keys(FIELDS) as RecordKind[];

describe("the fields a column can be mapped to", () => {
  it.each(KINDS)("are the %s fields a cell can hold, never those the file sets", (kind) => {
    const fields = mappableFields(kind).map(({ field }) => field);
    const perFile = Object.entries(FIELDS[kind]).filter(([, spec]) => spec.perFile === true);
    for (const [field] of perFile) expect(fields).not.toContain(field);
    expect(fields.length + perFile.length).toBe(Object.keys(FIELDS[kind]).length);
  });

  it("mark the fields each table cannot keep a row without", () => {
    const required = (kind: RecordKind) =>
      mappableFields(kind).flatMap(({ field, required }) => (required ? [field] : []));
    expect(required("posts")).toEqual(["postId"]);
    expect(required("daily")).toEqual(["date"]);
    expect(required("traffic")).toEqual(
      TABLE_SPECS.traffic.required.filter((field) => field !== "dimension")
    );
  });

  it("find the required fields a mapping leaves out, a permalink standing in for a post ID", () => {
    expect(missingRequired({ kind: "posts", columns: { Likes: "likes" } })).toEqual(["postId"]);
    expect(missingRequired({ kind: "posts", columns: { URL: "permalink" } })).toEqual([]);
    expect(missingRequired({ kind: "posts", columns: { Id: "postId" } })).toEqual([]);
    expect(missingRequired({ kind: "daily", columns: { Reach: "reach" } })).toEqual(["date"]);
    expect(missingRequired({ kind: "ads", columns: {} })).toEqual([]);
  });
});
