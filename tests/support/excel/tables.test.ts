import { createExcelStandIn } from "./index";

const header = [["Platform", "Post Id", "Impressions", "Clicks (all)"]];

function standInWithPosts() {
  const standIn = createExcelStandIn({ sheets: ["Data", "Dashboard"] });
  standIn.arrange.addTable("Data", "A1:D3", {
    name: "Posts",
    values: [...header, ["x", "'1", 100, 5], ["x", "'2", 200, 7]],
  });
  return standIn;
}

describe("Excel stand-in: tables and structured references", () => {
  it("creates a table from a Range, names it and records headers and style", async () => {
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [["Name", "Name"]];
      const table = sheet.tables.add(sheet.getRange("A1:B1"), true);
      table.name = "People";
      table.style = "TableStyleLight9";
      table.rows.add(undefined, [
        ["Ann", "x"],
        ["Bob", "y"],
      ]);
      table.rows.load("count");
      await context.sync();
      expect(table.rows.count).toBe(2);
    });
    expect(standIn.workbook.table("People")).toMatchObject({
      address: "Sheet1!A1:B3",
      headers: ["Name", "Name2"],
      style: "TableStyleLight9",
      rowCount: 2,
    });
  });

  it.each([["1abc"], ["has space"], ["A1"], ["R1C1"], ["r"], ["x".repeat(256)], ["posts"]])(
    "rejects the table name %p",
    async (name) => {
      const standIn = standInWithPosts();
      await expect(
        standIn.Excel.run(async (context) => {
          const table = context.workbook.worksheets.getItem("Dashboard").tables.add("A1:B2", true);
          table.name = name;
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  );

  it("rejects a table name already used by a defined name", async () => {
    const standIn = createExcelStandIn();
    standIn.arrange.addName("Goal", "=0.05");
    await expect(
      standIn.Excel.run(async (context) => {
        context.workbook.tables.add("Sheet1!A1:B2", true).name = "GOAL";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("rejects a table overlapping another table", async () => {
    const standIn = standInWithPosts();
    await expect(
      standIn.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").tables.add("C2:F5", true);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("evaluates structured references from another sheet and follows appended rows", async () => {
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const dash = context.workbook.worksheets.getItem("Dashboard");
      dash.getRange("A1:D1").formulas = [
        [
          "=SUM(Posts[Impressions])",
          "=COUNTA(Posts[[#Headers],[Post Id]])",
          "=SUM(Posts[[Impressions]:[Clicks (all)]])",
          "=ROWS(Posts[#All])",
        ],
      ];
      await context.sync();
      const body = context.workbook.tables.getItem("Posts").getDataBodyRange();
      body.getRowsBelow(1).values = [["y", "'3", 300, 1]];
      await context.sync();
    });
    expect(standIn.workbook.values("Dashboard", "A1:D1")).toEqual([[600, 1, 613, 4]]);
    expect(standIn.workbook.table("Posts").address).toBe("Data!A1:D4");
    expect(standIn.workbook.sheet("Dashboard").cell("A1").formula).toBe("=SUM(Posts[Impressions])");
  });

  it("resolves this-row references inside the table and re-translates after a rename", async () => {
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Posts");
      table.columns.add(undefined, [
        ["Ratio"],
        ["=[@[Clicks (all)]]/[@Impressions]"],
        ["=Posts[@[Clicks (all)]]/Posts[@Impressions]"],
      ]);
      context.workbook.worksheets.getItem("Dashboard").getRange("A1").formulas = [
        ["=SUM(Posts[Ratio])"],
      ];
      await context.sync();
      table.name = "Content";
      await context.sync();
    });
    expect(standIn.workbook.values("Data", "E2:E3")).toEqual([[0.05], [0.035]]);
    expect(standIn.workbook.values("Dashboard", "A1")).toEqual([[0.085]]);
  });

  it("evaluates formulas over tables longer than HyperFormula's default 40,000 rows", () => {
    const standIn = createExcelStandIn({ sheets: ["Data", "Out"] });
    const rows = 50_000;
    standIn.arrange.addTable("Data", `A1:A${rows + 1}`, {
      name: "Big",
      values: [["n"], ...Array.from({ length: rows }, () => [2])],
    });
    standIn.arrange.setValues("Out", "A1", [["=SUM(Big[n])"]]);
    standIn.arrange.setValues("Data", "C1048576", [["=ROW()"]]);
    expect(standIn.workbook.values("Out", "A1")).toEqual([[100_000]]);
    expect(standIn.workbook.values("Data", "C1048576")).toEqual([[1_048_576]]);
  });

  it("quotes sheet names with spaces in translated references", () => {
    const standIn = createExcelStandIn({ sheets: ["My Data", "Out"] });
    standIn.arrange.addTable("My Data", "A1:A3", { name: "T", values: [["n"], [1], [2]] });
    standIn.arrange.setValues("Out", "A1", [["=SUM(T[n])+'My Data'!A2"]]);
    expect(standIn.workbook.values("Out", "A1")).toEqual([[4]]);
  });

  it("fills the blank row of a header-only table on the first rows.add", async () => {
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [["a", "b"]];
      const table = sheet.tables.add("A1:B1", true);
      table.rows.add(undefined, [[1, 2]]);
      await context.sync();
    });
    expect(standIn.workbook.tables()[0]).toMatchObject({ address: "Sheet1!A1:B2", rowCount: 1 });
  });

  it("converts a table to a range and deletes tables", async () => {
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").convertToRange();
      await context.sync();
    });
    expect(standIn.workbook.tables()).toEqual([]);
    expect(standIn.workbook.values("Data", "C2")).toEqual([[100]]);
  });

  it("gets columns by name, with OrNullObject for missing ones", async () => {
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Posts");
      const column = table.columns.getItem("Impressions");
      const missing = table.columns.getItemOrNullObject("Reach");
      const body = column.getDataBodyRange();
      body.load("values, address");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(body.address).toBe("Data!C2:C3");
      expect(body.values).toEqual([[100], [200]]);
    });
  });
});
