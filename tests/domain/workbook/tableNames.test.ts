import { freeSheetName, freeTableName } from "../../../src/domain/workbook/tableNames";

describe("names for new tables and sheets", () => {
  it("uses the preferred table name when it is free", () => {
    expect(freeTableName("Posts", ["Daily", "Goal"])).toBe("Posts");
  });

  it("falls back to a documented alternative when the user has the name, in any case", () => {
    expect(freeTableName("Posts", ["POSTS"])).toBe("Posts_SocialKPI");
    expect(freeTableName("Posts", ["posts", "Posts_SocialKPI"])).toBe("Posts_SocialKPI2");
    expect(freeTableName("Posts", ["posts", "Posts_SocialKPI", "Posts_SocialKPI2"])).toBe(
      "Posts_SocialKPI3"
    );
  });

  it("never puts a new table on a sheet that already exists", () => {
    expect(freeSheetName("Posts", [])).toBe("Posts");
    expect(freeSheetName("Posts", ["posts"])).toBe("Posts (Social KPI)");
    expect(freeSheetName("Import log", ["Import log", "Import log (Social KPI)"])).toBe(
      "Import log (Social KPI 2)"
    );
  });

  it("keeps fallback sheet names within Excel's 31 characters", () => {
    expect(freeSheetName("Import log", ["Import log"]).length).toBeLessThanOrEqual(31);
  });
});
