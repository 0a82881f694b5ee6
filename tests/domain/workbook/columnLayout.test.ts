import { columnLayout } from "../../../src/domain/workbook/columnLayout";

describe("columnLayout", () => {
  it("finds our columns among the user's, case-insensitively", () => {
    expect(columnLayout(["My note", "post id", "Platform"], ["Platform", "Post ID"])).toEqual({
      positions: [2, 1],
      missing: [],
      width: 3,
    });
  });

  it("appends our missing columns at the right edge", () => {
    expect(columnLayout(["Platform", "Note"], ["Platform", "Post ID", "Text"])).toEqual({
      positions: [0, 2, 3],
      missing: ["Post ID", "Text"],
      width: 4,
    });
  });
});
