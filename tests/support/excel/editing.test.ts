import { createExcelStandIn } from "./index";

// Editing operations the add-in will use to keep its own sheets tidy: each proven against the
// model, so a lenient stand-in (a no-op method, a wrong shift) fails here.

function standInWithTable() {
  const standIn = createExcelStandIn({ sheets: ["Data"] });
  standIn.arrange.addTable("Data", "A1:B4", {
    name: "Posts",
    values: [
      ["Id", "Clicks"],
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ],
  });
  return standIn;
}

describe("Excel stand-in: editing ranges and tables", () => {
  it("adds table rows at an index, shifting the rows below", async () => {
    const standIn = standInWithTable();
    await standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").rows.add(1, [["x", 9]]);
      await context.sync();
    });
    expect(standIn.workbook.values("Data", "A2:B5")).toEqual([
      ["a", 1],
      ["x", 9],
      ["b", 2],
      ["c", 3],
    ]);
    expect(standIn.workbook.table("Posts").address).toBe("Data!A1:B5");
  });

  it("resizes a table to a larger range and keeps its name", async () => {
    const standIn = standInWithTable();
    await standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").resize("Data!A1:C6");
      await context.sync();
    });
    expect(standIn.workbook.table("Posts")).toMatchObject({ address: "Data!A1:C6", rowCount: 5 });
  });

  it("deletes a table with its cells, freeing its name", async () => {
    const standIn = standInWithTable();
    await standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").delete();
      await context.sync();
    });
    expect(standIn.workbook.tables().map((table) => table.name)).toEqual([]);
    expect(standIn.workbook.values("Data", "A1:B1")).toEqual([["", ""]]);
    await standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("Posts");
      await context.sync();
      expect(table.isNullObject).toBe(true);
    });
  });

  it("deletes a table row and moves the rows below up", async () => {
    const standIn = standInWithTable();
    await standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").rows.getItemAt(0).delete();
      await context.sync();
    });
    expect(standIn.workbook.values("Data", "A2:B3")).toEqual([
      ["b", 2],
      ["c", 3],
    ]);
    expect(standIn.workbook.table("Posts").rowCount).toBe(2);
  });

  it("inserts cells shifting down and deletes cells shifting up", async () => {
    const standIn = createExcelStandIn();
    standIn.arrange.setValues("Sheet1", "A1:A3", [[1], [2], [3]]);
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A2").insert("Down");
      await context.sync();
    });
    expect(standIn.workbook.values("Sheet1", "A1:A4")).toEqual([[1], [""], [2], [3]]);
    await standIn.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").delete("Up");
      await context.sync();
    });
    expect(standIn.workbook.values("Sheet1", "A1:A2")).toEqual([[2], [3]]);
  });

  it("clears contents while keeping formats, or formats while keeping contents", async () => {
    const standIn = createExcelStandIn();
    standIn.arrange.setValues("Sheet1", "A1:B1", [[1, 2]]);
    standIn.arrange.setNumberFormat("Sheet1", "A1:B1", "0.0%");
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("B1").clear("Formats");
      await context.sync();
    });
    expect(standIn.workbook.sheet("Sheet1").cell("A1")).toMatchObject({
      value: "",
      numberFormat: "0.0%",
    });
    expect(standIn.workbook.sheet("Sheet1").cell("B1")).toMatchObject({
      value: 2,
      numberFormat: "General",
    });
  });

  it("reports an empty sheet's used range as a null object", async () => {
    const standIn = createExcelStandIn({ sheets: ["Empty", "Full"] });
    standIn.arrange.setValues("Full", "B2:C3", [
      [1, 2],
      [3, 4],
    ]);
    await standIn.Excel.run(async (context) => {
      const empty = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject();
      const full = context.workbook.worksheets.getItem("Full").getUsedRangeOrNullObject();
      full.load("address");
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      expect(full.address).toBe("Full!B2:C3");
    });
  });
});
