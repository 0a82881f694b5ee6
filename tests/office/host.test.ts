import type { Progress } from "../../src/domain/progress";
import { excelHost } from "../../src/office/host";
import { posts, postsFile } from "../support/builders/records";
import { useExcelStandIn } from "../support/excel/useExcelStandIn";

const excel = useExcelStandIn();

describe("the Excel host", () => {
  it("writes an import with write progress and reads it back under the tables' names", async () => {
    const progress: Progress[] = [];

    const report = await excelHost.writeImport(postsFile(posts(3)), (step) => progress.push(step));

    expect(report).toMatchObject({ added: 3 });
    expect(progress.at(-1)).toEqual({ phase: "write", done: 3, total: 3 });
    expect(await excelHost.readTableNames()).toMatchObject({ posts: "Posts" });
    expect(await excelHost.readTables(["posts"])).toMatchObject({ posts: posts(3) });
  });

  it("applies a template, which shows its sheet, then converts KPI formulas on the sheet the user goes back to", async () => {
    excel.standIn.arrange.setValues("Sheet1", "A1:C1", [[3, 4, "=KPI.CTR(A1,B1)"]]);

    const applied = await excelHost.applyTemplate({
      id: "notes",
      sheetName: "Notes",
      cells: [{ at: "A1", value: "Notes" }],
    });
    expect(excel.standIn.workbook.activeSheet()).toBe("Notes");
    excel.standIn.arrange.activate("Sheet1");
    const report = await excelHost.convertKpiFormulas("sheet");

    expect(applied).toEqual({ sheetName: "Notes", created: true });
    expect(report).toMatchObject({ converted: [{ address: "Sheet1!C1" }], kept: [] });
    expect(excel.standIn.workbook.sheet("Sheet1").cell("C1").value).toBe(0.75);
  });
});
