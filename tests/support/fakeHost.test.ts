import type { SmartGoal } from "../../src/domain/goals/smartGoal";
import { kpiRegistry } from "../../src/domain/kpi/registry";
import type { Progress } from "../../src/domain/progress";
import type { SheetSpec } from "../../src/domain/templates/sheetSpec";
import { workbookError } from "../../src/domain/workbook/workbookError";
import { WORKBOOK_ERROR } from "../../src/domain/workbook/workbookErrorCode";
import { day, post, posts, postsFile } from "./builders/records";
import { FakeHost } from "./fakeHost";

const goals: SheetSpec = {
  id: "goals",
  sheetName: "Goals",
  cells: [{ at: "A1", value: "Target" }],
  inputs: [{ at: "B1", initial: 1000 }],
};

describe("the fake host", () => {
  it("reads back the records it imported, under the tables' names", async () => {
    const host = new FakeHost();
    const file = postsFile(posts(3), { records: { posts: posts(3), daily: [day("2026-01-05")] } });

    const report = await host.writeImport(file);

    expect(report).toMatchObject({ added: 4, updated: 0 });
    expect(await host.readTables(["posts", "daily"])).toMatchObject({
      posts: posts(3),
      daily: [day("2026-01-05")],
      ads: [],
    });
    expect(await host.readTableNames()).toEqual({
      posts: "Posts",
      daily: "Daily",
      importLog: "ImportLog",
    });
  });

  it("merges a re-import as the Excel host does: a newer export updates, nothing duplicates", async () => {
    const host = new FakeHost();
    await host.writeImport(postsFile(posts(3), { periodEnd: "2026-01-31" }));

    const changed = [post(0), post(1, { likes: 99 }), post(2)];
    const report = await host.writeImport(postsFile(changed, { periodEnd: "2026-02-28" }));

    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: 2 });
    expect(await host.readTables(["posts"])).toMatchObject({ posts: changed });
  });

  it("reports write progress up to every row", async () => {
    const host = new FakeHost();
    const progress: Progress[] = [];
    await host.writeImport(postsFile(posts(5)), (step) => progress.push(step));
    expect(progress.at(-1)).toEqual({ phase: "write", done: 5, total: 5 });
  });

  it("inserts a formula in the selected cell and converts it to a native formula", async () => {
    const host = new FakeHost();
    host.selection = "Data!D2";

    expect(await host.insertFormulaIntoSelection("=KPI.CTR(B2,C2)")).toBe("Data!D2");
    const report = await host.convertKpiFormulas("sheet");

    const native = kpiRegistry.CTR.nativeFormula?.(["B2", "C2"], "en");
    expect(report).toEqual({
      converted: [{ address: "Data!D2", before: "=KPI.CTR(B2,C2)", after: native, maps: false }],
      kept: [],
    });
    expect(host.cells.get("Data!D2")).toBe(native);
  });

  it("converts only the selected cell when asked for the selection", async () => {
    const host = new FakeHost();
    host.enter("Data!A1", "=KPI.CPC(B1,C1)");
    host.enter("Data!A2", "=KPI.CPC(B2,C2)");
    host.selection = "Data!A2";

    const report = await host.convertKpiFormulas("selection");

    expect(report).toMatchObject({ converted: [{ address: "Data!A2" }] });
    expect(host.cells.get("Data!A1")).toBe("=KPI.CPC(B1,C1)");
  });

  it("keeps the user's input cells when a template is applied again", async () => {
    const host = new FakeHost();
    expect(await host.applyTemplate(goals)).toEqual({ sheetName: "Goals", created: true });
    host.enter("Goals!B1", 5000);

    expect(await host.applyTemplate(goals)).toEqual({ sheetName: "Goals", created: false });
    expect(host.templates.get("goals")?.inputs.get("B1")).toBe(5000);
  });

  it("names the sheet of each template applied", async () => {
    const host = new FakeHost();
    expect(await host.readAppliedTemplates()).toEqual({});
    host.sheetNames.push("Goals");
    await host.applyTemplate(goals);

    expect(await host.readAppliedTemplates()).toEqual({ goals: "Goals (Social KPI)" });
  });

  it("puts a template beside a user's sheet of the same name", async () => {
    const host = new FakeHost();
    host.sheetNames.push("Goals");
    expect(await host.applyTemplate(goals)).toEqual({
      sheetName: "Goals (Social KPI)",
      created: true,
    });
  });

  it("adds goals as the Excel host does: the goals sheet first, then each empty row, growing when full", async () => {
    const host = new FakeHost();
    const goal: SmartGoal = {
      specific: "Reach 1,000 impressions",
      owner: "",
      metric: "ENGAGEMENT_RATE",
      baseline: 0,
      target: 1000,
      achievableNote: "",
      relevantTo: "Awareness",
      start: 46_000,
      deadline: 46_030,
    };
    const input = (at: string) => host.templates.get("goals")?.inputs.get(at);

    expect(await host.addGoal(goal, "fr")).toEqual({
      sheetName: "Objectifs",
      row: 5,
      created: true,
    });
    host.enter("Objectifs!D6", "Typed");
    expect(await host.addGoal(goal, "en")).toEqual({
      sheetName: "Objectifs",
      row: 7,
      created: false,
    });

    expect(input("B7")).toBe("TAUX_ENGAGEMENT");
    expect(input("D6")).toBe("Typed");
    for (let row = 8; row <= 24; row++) await host.addGoal(goal, "en");
    expect(await host.addGoal(goal, "en")).toMatchObject({ row: 25 });
    expect(input("A25")).toBe("Reach 1,000 impressions");
    expect(input("A44")).toBe("");
  });

  it("fails the next call on demand, changing nothing, and records every call", async () => {
    const host = new FakeHost();
    const error = workbookError(WORKBOOK_ERROR.EXCEL_REQUEST_FAILED, {
      excelCode: "InvalidArgument",
      detail: "Excel refused the request",
    });
    host.failNext = error;

    expect(await host.writeImport(postsFile(posts(2)))).toBe(error);
    expect(await host.readTables(["posts"])).toMatchObject({ posts: [] });
    expect(host.calls).toEqual(["writeImport", "readTables"]);
  });

  it("shows a table it holds by activating its sheet, and says when it holds none", async () => {
    const host = new FakeHost();
    expect(await host.showTable("importLog")).toMatchObject({
      code: WORKBOOK_ERROR.TABLE_NOT_FOUND,
      params: { tableName: "ImportLog" },
    });

    await host.writeImport(postsFile(posts(1)));

    expect(await host.showTable("importLog")).toBe("Import log");
    expect(await host.readActiveSheet()).toMatchObject({ sheet: "Import log" });
  });
});
