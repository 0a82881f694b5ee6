// Tables as Excel documents them (Excel.Table, TableCollection, TableRow(Collection) and
// TableColumn(Collection) in @types/office-js); each behaviour test names its source.
import { createExcelStandIn } from "./index";
import { failure, rejection } from "./rejection";

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
    // @types/office-js Excel.TableCollection.add: "The range object or source address determines
    // the worksheet under which the table will be added."
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
      // @types/office-js Excel.Table.name: "The set name of the table must follow the guidelines
      // specified in the Rename an Excel table article" (support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114).
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
    // support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114 (Rename an Excel table):
    // "Use a unique name: duplicate names aren't allowed", tables and names sharing one namespace.
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
    // @types/office-js Excel.TableCollection.add: "If the table cannot be added (e.g., because the
    // address is invalid, or the table would overlap with another table), an error will be thrown."
    const standIn = standInWithPosts();
    await expect(
      standIn.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").tables.add("C2:F5", true);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("evaluates structured references from another sheet and follows appended rows", async () => {
    // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables — data written directly
    // below a table extends it, and Excel's structured references follow the table's size.
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
    // @types/office-js Excel.TableColumnCollection.add: "values - Optional. A 2D array of
    // unformatted values of the table column." (header first, as in Microsoft's tables article).
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
    expect(standIn.workbook.sheet("Dashboard").cell("A1").formula).toBe("=SUM(Content[Ratio])");
  });

  it("evaluates and renames a table whose name has non-ASCII letters", async () => {
    // @types/office-js Excel.Table.name: "Table name must start with a letter or underscore";
    // Excel counts accented and non-Latin letters as letters (a table called "Données").
    const standIn = createExcelStandIn({ sheets: ["Data", "Out"] });
    standIn.arrange.addTable("Data", "A1:B3", {
      name: "Données",
      values: [
        ["Réseau", "Vues"],
        ["x", 2],
        ["y", 3],
      ],
    });
    await standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Données");
      table.columns.add(undefined, [
        ["Part"],
        ["=[@Vues]/SUM(Données[Vues])"],
        ["=Données[@Vues]/5"],
      ]);
      context.workbook.worksheets.getItem("Out").getRange("A1").formulas = [
        ["=SUM(Données[Vues])*2"],
      ];
      await context.sync();
      table.name = "Städte";
      await context.sync();
    });
    expect(standIn.workbook.values("Out", "A1")).toEqual([[10]]);
    expect(standIn.workbook.values("Data", "C2:C3")).toEqual([[0.4], [0.6]]);
    expect(standIn.workbook.sheet("Out").cell("A1").formula).toBe("=SUM(Städte[Vues])*2");
    expect(standIn.workbook.sheet("Data").cell("C2").formula).toBe("=[@Vues]/SUM(Städte[Vues])");
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
    // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables — "Create a table":
    // tables.add("A1:D1", true) then rows.add of seven rows gives a table of seven data rows.
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

  it("gets columns by name, with OrNullObject for missing ones", async () => {
    // @types/office-js Excel.TableColumnCollection.getItemOrNullObject: "If the column doesn't
    // exist, then this method returns an object with its isNullObject property set to true."
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Posts");
      const column = table.columns.getItem("impressions");
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

describe("Excel stand-in: TableCollection", () => {
  it("refuses an address without its worksheet given to workbook.tables.add", async () => {
    // @types/office-js Excel.TableCollection.add: "The range object or source address determines
    // the worksheet under which the table will be added." — "A1:B2" names no worksheet.
    const standIn = createExcelStandIn();
    const error = await failure(standIn, (context) => {
      context.workbook.tables.add("A1:B2", true);
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("adds the table on the worksheet its address names", async () => {
    // @types/office-js Excel.TableCollection.add: "The range object or source address determines
    // the worksheet under which the table will be added."
    const standIn = createExcelStandIn({ sheets: ["Data", "Other"] });
    await standIn.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("Other!B2:C4", true);
      await context.sync();
    });
    expect(standIn.workbook.tables()).toMatchObject([{ sheet: "Other", address: "Other!B2:C4" }]);
  });

  it.each([["A1:B2,D1:E2"], ["Sheet1!"], ["nonsense"], ["Nowhere!A1:B2"]])(
    "refuses the address %p",
    async (address) => {
      // @types/office-js Excel.TableCollection.add: "If the table cannot be added (e.g., because
      // the address is invalid …), an error will be thrown."
      const standIn = createExcelStandIn();
      const error = await failure(standIn, (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add(address, true);
      });
      expect(error.code).toBe("InvalidArgument");
    }
  );

  it("generates headers and moves the data down one row when the range has none", async () => {
    // @types/office-js Excel.TableCollection.add: "If the source does not contain headers (i.e.,
    // when this property set to false), Excel will automatically generate a header and shift the
    // data down by one row."
    const standIn = createExcelStandIn();
    standIn.arrange.setValues("Sheet1", "A1:B2", [
      [1, 2],
      [3, 4],
    ]);
    await standIn.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", false);
      await context.sync();
    });
    expect(standIn.workbook.values("Sheet1", "A1:B3")).toEqual([
      ["Column1", "Column2"],
      [1, 2],
      [3, 4],
    ]);
    expect(standIn.workbook.tables()[0]).toMatchObject({ address: "Sheet1!A1:B3", rowCount: 2 });
  });

  it("counts and lists tables per workbook and per worksheet", async () => {
    // @types/office-js Excel.TableCollection: getCount "Gets the number of tables in the
    // collection", count "Returns the number of tables in the workbook", getItemAt "Zero-indexed".
    const standIn = standInWithPosts();
    standIn.arrange.addTable("Dashboard", "A1:B2", { name: "Goals" });
    await standIn.Excel.run(async (context) => {
      const all = context.workbook.tables;
      const onDashboard = context.workbook.worksheets.getItem("Dashboard").tables;
      const count = all.getCount();
      const second = all.getItemAt(1);
      all.load("count, items/name");
      onDashboard.load("items/name");
      second.load("name");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
      expect(count.value).toBe(2);
      expect(all.count).toBe(2);
      expect(all.items.map((t) => t.name)).toEqual(["Posts", "Goals"]);
      expect(onDashboard.items.map((t) => t.name)).toEqual(["Goals"]);
      expect(second.name).toBe("Goals");
    });
  });

  it("finds tables by name case-insensitively or by id, and answers null objects for others", async () => {
    // @types/office-js Excel.TableCollection.getItem: "Gets a table by name or ID."
    // getItemOrNullObject: "If the table doesn't exist, then this method returns an object with
    // its isNullObject property set to true."
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const byName = context.workbook.tables.getItem("POSTS");
      byName.load("id");
      const missing = context.workbook.tables.getItemOrNullObject("Nope");
      const elsewhere = context.workbook.worksheets
        .getItem("Dashboard")
        .tables.getItemOrNullObject("Posts");
      await context.sync();
      const byId = context.workbook.tables.getItem(byName.id);
      byId.load("name");
      await context.sync();
      expect(byId.name).toBe("Posts");
      expect(missing.isNullObject).toBe(true);
      expect(elsewhere.isNullObject).toBe(true);
    });
    await expect(
      standIn.Excel.run(async (context) => {
        context.workbook.tables.getItem("Nope").load("name");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("Excel stand-in: Table", () => {
  it("keeps its id through a rename, so a proxy finds the renamed table", async () => {
    // @types/office-js Excel.Table.id: "The value of the identifier remains the same even when
    // the table is renamed."
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Dashboard").tables.add("A1:B3", true);
      table.load("id, legacyId");
      await context.sync();
      const id = table.id;
      table.name = "Renamed";
      await context.sync();
      table.load("id, name");
      await context.sync();
      expect(table.id).toBe(id);
      expect(table.name).toBe("Renamed");
      expect(table.legacyId).toMatch(/^\d+$/);
    });
  });

  it("reads the worksheet it is on and its ranges", async () => {
    // @types/office-js Excel.Table: worksheet "The worksheet containing the current table";
    // getRange "the entire table", getHeaderRowRange "the header row", getDataBodyRange "the data body".
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Posts");
      const sheet = table.worksheet.load("name");
      const ranges = [table.getRange(), table.getHeaderRowRange(), table.getDataBodyRange()].map(
        (r) => r.load("address")
      );
      await context.sync();
      expect(sheet.name).toBe("Data");
      expect(ranges.map((r) => r.address)).toEqual(["Data!A1:D3", "Data!A1:D1", "Data!A2:D3"]);
    });
  });

  it.each([["TableStyleMedium29"], ["TableStyleLight0"], ["Fancy"], [7]])(
    "refuses the style %p",
    async (style) => {
      // @types/office-js Excel.Table.style: "Possible values are: "TableStyleLight1" through
      // "TableStyleLight21", "TableStyleMedium1" through "TableStyleMedium28", "TableStyleDark1"
      // through "TableStyleDark11"." (The stand-in's workbooks hold no custom styles.)
      const standIn = standInWithPosts();
      const error = await failure(standIn, (context) => {
        context.workbook.tables.getItem("Posts").style = style as string;
      });
      expect(error.code).toBe("InvalidArgument");
    }
  );

  it("accepts the built-in styles and reads the formatting flags back", async () => {
    // @types/office-js Excel.Table.style (built-in names), showBandedRows, showBandedColumns,
    // highlightFirstColumn, highlightLastColumn: booleans.
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Posts");
      table.set({
        style: "TableStyleDark11",
        showBandedRows: false,
        showBandedColumns: true,
        highlightFirstColumn: true,
        highlightLastColumn: true,
      });
      table.load(
        "style, showBandedRows, showBandedColumns, highlightFirstColumn, highlightLastColumn"
      );
      await context.sync();
      expect(table.toJSON()).toMatchObject({
        style: "TableStyleDark11",
        showBandedRows: false,
        showBandedColumns: true,
        highlightFirstColumn: true,
        highlightLastColumn: true,
      });
    });
  });

  it("adds a totals row under the data: Total, then a SUBTOTAL of the last column", async () => {
    // @types/office-js Excel.Table.showTotals: "This value can be set to show or remove the total
    // row." getTotalRowRange: "the totals row of the table". Excel labels the first cell "Total"
    // and sums the last column with SUBTOTAL(109, …) (support.microsoft.com "Total the data in an
    // Excel table").
    const standIn = standInWithPosts();
    // Row 5, not 4: a value typed right under a table would extend it.
    standIn.arrange.setValues("Data", "A5", [["below"]]);
    await standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Posts");
      table.showTotals = true;
      const totals = table.getTotalRowRange().load("address, values, formulas");
      const range = table.getRange().load("address");
      const body = table.getDataBodyRange().load("address");
      await context.sync();
      expect(range.address).toBe("Data!A1:D4");
      expect(body.address).toBe("Data!A2:D3");
      expect(totals.address).toBe("Data!A4:D4");
      expect(totals.formulas).toEqual([["Total", "", "", "=SUBTOTAL(109,[Clicks (all)])"]]);
      expect(totals.values).toEqual([["Total", "", "", 12]]);
    });
    // The cells that were below the table moved down to make room.
    expect(standIn.workbook.values("Data", "A6")).toEqual([["below"]]);
    expect(standIn.workbook.table("Posts")).toMatchObject({
      address: "Data!A1:D4",
      rowCount: 2,
      showTotals: true,
    });
  });

  it("counts a text last column in the totals row, and keeps the totals row under added rows", async () => {
    // @types/office-js Excel.TableRowCollection.add: "Any rows below the inserted row are shifted
    // downwards." SUBTOTAL(103, …) counts non-empty cells (the default for a text column).
    const standIn = createExcelStandIn();
    standIn.arrange.addTable("Sheet1", "A1:B3", {
      name: "T",
      values: [
        ["n", "label"],
        [1, "a"],
        [2, "b"],
      ],
    });
    standIn.arrange.setValues("Sheet1", "D1", [["=SUM(T[#Totals])", "=ROWS(T[#All])"]]);
    await standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.showTotals = true;
      table.rows.add(null as unknown as undefined, [[3, "c"]]);
      await context.sync();
    });
    expect(standIn.workbook.values("Sheet1", "A4:B5")).toEqual([
      [3, "c"],
      ["Total", 3],
    ]);
    expect(standIn.workbook.sheet("Sheet1").cell("B5").formula).toBe("=SUBTOTAL(103,[label])");
    expect(standIn.workbook.values("Sheet1", "D1:E1")).toEqual([[3, 5]]);
  });

  it("removes the totals row when showTotals is turned off", async () => {
    // @types/office-js Excel.Table.showTotals: "This value can be set to show or remove the total row."
    const standIn = standInWithPosts();
    standIn.arrange.setValues("Data", "A5", [["below"]]);
    await standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Posts");
      table.showTotals = true;
      await context.sync();
      table.showTotals = false;
      const range = table.getRange().load("address");
      await context.sync();
      expect(range.address).toBe("Data!A1:D3");
    });
    expect(standIn.workbook.values("Data", "A4:A5")).toEqual([[""], ["below"]]);
  });

  it("has no totals row range while the totals row is off", async () => {
    // @types/office-js Excel.Table.getTotalRowRange: "Gets the range object associated with the
    // totals row of the table." — a table without one has none to give.
    const standIn = standInWithPosts();
    const error = await failure(standIn, (context) => {
      context.workbook.tables.getItem("Posts").getTotalRowRange().load("address");
    });
    expect(error.code).toBe("ItemNotFound");
  });

  it("takes the header row out of the table when showHeaders is off, keeping the column names", async () => {
    // @types/office-js Excel.Table.showHeaders: "This value can be set to show or remove the header row."
    const standIn = standInWithPosts();
    standIn.arrange.setValues("Dashboard", "A1", [["=SUM(Posts[Impressions])"]]);
    await standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Posts");
      table.showHeaders = false;
      const range = table.getRange().load("address");
      const column = table.columns.getItem("Impressions").load("name");
      await context.sync();
      expect(range.address).toBe("Data!A2:D3");
      expect(column.name).toBe("Impressions");
    });
    expect(standIn.workbook.values("Data", "A1:D1")).toEqual([["", "", "", ""]]);
    expect(standIn.workbook.values("Dashboard", "A1")).toEqual([[300]]);
    await standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").showHeaders = true;
      await context.sync();
    });
    expect(standIn.workbook.values("Data", "A1:D1")).toEqual(header);
  });

  it("refuses to show the header row again over cells that now hold data", async () => {
    // @types/office-js Excel.Table.showHeaders: "This value can be set to show or remove the header
    // row." — the stand-in refuses rather than overwrite what was typed into the freed row.
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").showHeaders = false;
      await context.sync();
    });
    standIn.arrange.setValues("Data", "B1", [["typed"]]);
    const error = await failure(standIn, (context) => {
      context.workbook.tables.getItem("Posts").showHeaders = true;
    });
    expect(error.code).toBe("InvalidOperation");
    expect(standIn.workbook.values("Data", "B1")).toEqual([["typed"]]);
  });

  it("refuses the filter buttons and the header row range of a table without a header row", async () => {
    // @types/office-js Excel.Table.showFilterButton: "Setting this is only allowed if the table
    // contains a header row."
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").showHeaders = false;
      await context.sync();
    });
    const filter = await failure(standIn, (context) => {
      context.workbook.tables.getItem("Posts").showFilterButton = true;
    });
    expect(filter.code).toBe("InvalidOperation");
    const headerRange = await failure(standIn, (context) => {
      context.workbook.tables.getItem("Posts").getHeaderRowRange().load("address");
    });
    expect(headerRange.code).toBe("ItemNotFound");
  });

  it("refuses a non-boolean for showTotals and showHeaders", async () => {
    // @types/office-js Excel.Table.showTotals / showHeaders: `boolean`.
    const standIn = standInWithPosts();
    const error = await failure(standIn, (context) => {
      context.workbook.tables.getItem("Posts").showTotals = "yes" as unknown as boolean;
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("deletes the table with its cells; formulas that named it show #REF!", async () => {
    // @types/office-js Excel.Table.delete: "Deletes the table." (convertToRange is the way to keep
    // the data: "Converts the table into a normal range of cells. All data is preserved.")
    const standIn = standInWithPosts();
    standIn.arrange.setValues("Dashboard", "A1", [["=SUM(Posts[Impressions])"]]);
    await standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").delete();
      await context.sync();
    });
    expect(standIn.workbook.tables()).toEqual([]);
    expect(standIn.workbook.values("Data", "A1:B2")).toEqual([
      ["", ""],
      ["", ""],
    ]);
    expect(standIn.workbook.sheet("Dashboard").cell("A1").formula).toBe("=SUM(#REF!)");
  });

  it("converts a table to a range, keeping the data and turning structured references into A1 references", async () => {
    // @types/office-js Excel.Table.convertToRange: "Converts the table into a normal range of
    // cells. All data is preserved." Excel rewrites structured references as cell references
    // (support.microsoft.com "Using structured references with Excel tables").
    const standIn = standInWithPosts();
    standIn.arrange.setValues("Dashboard", "A1", [["=SUM(Posts[Impressions])"]]);
    standIn.arrange.setValues("Data", "F1", [["=COUNT(Posts[Clicks (all)])"]]);
    await standIn.Excel.run(async (context) => {
      const range = context.workbook.tables.getItem("Posts").convertToRange().load("address");
      await context.sync();
      expect(range.address).toBe("Data!A1:D3");
    });
    expect(standIn.workbook.tables()).toEqual([]);
    expect(standIn.workbook.values("Data", "C2")).toEqual([[100]]);
    expect(standIn.workbook.sheet("Dashboard").cell("A1").formula).toBe("=SUM(Data!$C$2:$C$3)");
    expect(standIn.workbook.sheet("Data").cell("F1").formula).toBe("=COUNT($D$2:$D$3)");
    expect(standIn.workbook.values("Dashboard", "A1")).toEqual([[300]]);
  });

  it("answers ItemNotFound for a table used after it was deleted", async () => {
    // @types/office-js Excel.Table.delete: "Deletes the table." — the proxy has nothing left to act on.
    const standIn = standInWithPosts();
    const error = await rejection(
      standIn.Excel.run(async (context) => {
        const table = context.workbook.tables.getItem("Posts");
        table.load("id");
        await context.sync();
        table.delete();
        await context.sync();
        table.load("name");
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
  });

  it("resizes with the header row in place, keeping the columns' ids", async () => {
    // @types/office-js Excel.Table.resize: "The new range must overlap with the original table
    // range and the headers (or the top of the table) must be in the same row."
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Posts");
      table.resize("A1:E5");
      const range = table.getRange().load("address");
      const columns = table.columns.load("items/id, items/name");
      await context.sync();
      expect(range.address).toBe("Data!A1:E5");
      expect(columns.items.map((c) => [c.id, c.name])).toEqual([
        [1, "Platform"],
        [2, "Post Id"],
        [3, "Impressions"],
        [4, "Clicks (all)"],
        [5, "Column1"],
      ]);
    });
    expect(standIn.workbook.table("Posts").rowCount).toBe(4);
  });

  it.each([["A2:D5"], ["F1:G3"], ["Dashboard!A1:D3"]])(
    "refuses to resize to %p",
    async (address) => {
      // @types/office-js Excel.Table.resize: "The new range must overlap with the original table
      // range and the headers (or the top of the table) must be in the same row."
      const standIn = standInWithPosts();
      const error = await failure(standIn, (context) => {
        context.workbook.tables.getItem("Posts").resize(address);
      });
      expect(error.code).toBe("InvalidArgument");
    }
  );

  it("refuses to resize over another table", async () => {
    // @types/office-js Excel.TableCollection.add: a table cannot "overlap with another table".
    const standIn = standInWithPosts();
    standIn.arrange.addTable("Data", "F1:G3", { name: "Other" });
    const error = await failure(standIn, (context) => {
      context.workbook.tables.getItem("Posts").resize("A1:G3");
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it.each<[string, (table: Excel.Table) => void]>([
    ["autoFilter", (t) => t.autoFilter.load("enabled")],
    ["sort", (t) => t.sort.load("matchCase")],
    ["clearFilters", (t) => t.clearFilters()],
    ["a column filter", (t) => t.columns.getItem("Platform").filter.applyValuesFilter(["x"])],
  ])("answers NotImplemented for %s, which it does not model", async (_, attempt) => {
    // The stand-in never answers a member it does not model with a silent no-op.
    const standIn = standInWithPosts();
    const error = await failure(standIn, (context) => {
      attempt(context.workbook.tables.getItem("Posts"));
    });
    expect(error.code).toBe("NotImplemented");
  });
});

describe("Excel stand-in: table rows", () => {
  it("inserts rows at an index, shifting the rows below down", async () => {
    // @types/office-js Excel.TableRowCollection.add: "index - Optional. Specifies the relative
    // position of the new row. If null or -1, the addition happens at the end. Any rows below the
    // inserted row are shifted downwards. Zero-indexed."
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const rows = context.workbook.tables.getItem("Posts").rows;
      const added = rows.add(1, [["y", "'9", 900, 9]]);
      rows.add(-1, [["z", "'10", 1000, 10]]);
      added.load("index, values");
      await context.sync();
      expect(added.index).toBe(1);
      expect(added.values).toEqual([["y", "9", 900, 9]]);
    });
    expect(standIn.workbook.tableValues("Posts").map((r) => r[2])).toEqual([100, 900, 200, 1000]);
  });

  it.each<[string, (rows: Excel.TableRowCollection) => void]>([
    ["a row narrower than the table", (rows) => rows.add(undefined, [["too", "short"]])],
    ["an index past the last row", (rows) => rows.add(5, [["a", "b", 1, 2]])],
    ["an empty array", (rows) => rows.add(undefined, [])],
  ])("refuses rows.add with %s", async (_, add) => {
    // @types/office-js Excel.TableRowCollection.add: "values - Optional. A 2D array of unformatted
    // values of the table row." — one value per column, as for Range.values; "index - … Specifies
    // the relative position of the new row".
    const standIn = standInWithPosts();
    const error = await failure(standIn, (context) => {
      add(context.workbook.tables.getItem("Posts").rows);
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("adds below the table without inserting when alwaysInsert is false", async () => {
    // @types/office-js Excel.TableRowCollection.add: "alwaysInsert … If true, the new rows will be
    // inserted into the table. If false, the new rows will be added below the table. Default is true."
    const inserted = standInWithPosts();
    const added = standInWithPosts();
    for (const standIn of [inserted, added]) {
      standIn.arrange.setValues("Data", "A5:A6", [["under"], ["further"]]);
    }
    await inserted.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").rows.add(undefined, [["y", "'3", 300, 1]]);
      await context.sync();
    });
    await added.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").rows.add(undefined, [["y", "'3", 300, 1]], false);
      await context.sync();
    });
    expect(inserted.workbook.values("Data", "A4:A7")).toEqual([
      ["y"],
      [""],
      ["under"],
      ["further"],
    ]);
    expect(added.workbook.values("Data", "A4:A7")).toEqual([["y"], ["under"], ["further"], [""]]);
    expect(added.workbook.table("Posts").rowCount).toBe(3);
  });

  it("adds a blank row without values, and fills a row from one value", async () => {
    // @types/office-js Excel.TableRowCollection.add: "values - Optional." and typed
    // `Array<Array<boolean | string | number>> | boolean | string | number` — one value fills the
    // row, as a single value fills a range (Excel.Range.values).
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const rows = context.workbook.tables.getItem("Posts").rows;
      rows.add();
      rows.add(undefined, "n/a");
      await context.sync();
    });
    expect(standIn.workbook.tableValues("Posts").slice(2)).toEqual([
      ["", "", "", ""],
      ["n/a", "n/a", "n/a", "n/a"],
    ]);
  });

  it("counts rows, gets them by position and writes a row's values", async () => {
    // @types/office-js Excel.TableRowCollection: count "Returns the number of rows in the table",
    // getItemAt "Gets a row based on its position in the collection"; Excel.TableRow.values
    // "Represents the raw values of the specified range".
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const rows = context.workbook.tables.getItem("Posts").rows;
      const count = rows.getCount();
      rows.load("count, items/index");
      const second = rows.getItemAt(1);
      second.values = [["z", "'22", 220, 22]];
      const range = second.getRange().load("address");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
      expect([count.value, rows.count]).toEqual([2, 2]);
      expect(rows.items.map((r) => r.index)).toEqual([0, 1]);
      expect(range.address).toBe("Data!A3:D3");
    });
    expect(standIn.workbook.values("Data", "A3:D3")).toEqual([["z", "22", 220, 22]]);
  });

  it("deletes rows and keeps one blank data row when all are deleted", async () => {
    // @types/office-js Excel.TableRow.delete: "Deletes the row from the table." deleteRowsAt:
    // "Delete a specified number of rows from a table, starting at a given index."
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const rows = context.workbook.tables.getItem("Posts").rows;
      rows.add(undefined, [
        ["y", "'3", 300, 1],
        ["z", "'4", 400, 2],
      ]);
      rows.getItemAt(0).delete();
      await context.sync();
    });
    expect(standIn.workbook.tableValues("Posts").map((r) => r[2])).toEqual([200, 300, 400]);
    await standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").rows.deleteRows([0, 2]);
      await context.sync();
    });
    expect(standIn.workbook.tableValues("Posts").map((r) => r[2])).toEqual([300]);
    await standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").rows.deleteRowsAt(0, 1);
      await context.sync();
    });
    expect(standIn.workbook.table("Posts")).toMatchObject({ address: "Data!A1:D2", rowCount: 0 });
  });

  it.each<[string, (rows: Excel.TableRowCollection) => void]>([
    ["deleteRows with a row that does not exist", (rows) => rows.deleteRows([0, 5])],
    ["deleteRows with a row given twice", (rows) => rows.deleteRows([1, 1])],
    ["deleteRowsAt past the last row", (rows) => rows.deleteRowsAt(1, 2)],
  ])("refuses %s", async (_, del) => {
    // @types/office-js Excel.TableRowCollection.deleteRows: "This method will throw the
    // InvalidArgument error if a chosen row has already been deleted or doesn't exist."
    const standIn = standInWithPosts();
    const error = await failure(standIn, (context) => {
      del(context.workbook.tables.getItem("Posts").rows);
    });
    expect(error.code).toBe("InvalidArgument");
    expect(standIn.workbook.table("Posts").rowCount).toBe(2);
  });
});

describe("Excel stand-in: table columns", () => {
  it("numbers columns from 1 and never reuses an id", async () => {
    // @types/office-js Excel.TableColumn.id: "Returns a unique key that identifies the column
    // within the table." index: "Zero-indexed."
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const columns = context.workbook.tables.getItem("Posts").columns;
      columns.getItem("Post Id").delete();
      columns.add(null as unknown as undefined, undefined, "Reach");
      columns.load("count, items/id, items/index, items/name");
      const byId = columns.getItem(5).load("name");
      const third = columns.getItemAt(2).load("name, id");
      const count = columns.getCount();
      await context.sync();
      expect(columns.items.map((c) => [c.id, c.index, c.name])).toEqual([
        [1, 0, "Platform"],
        [3, 1, "Impressions"],
        [4, 2, "Clicks (all)"],
        [5, 3, "Reach"],
      ]);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
      expect([columns.count, count.value]).toEqual([4, 4]);
      expect(byId.name).toBe("Reach");
      expect([third.name, third.id]).toEqual(["Clicks (all)", 4]);
    });
  });

  it("inserts a column at an index, moving the columns to its right", async () => {
    // @types/office-js Excel.TableColumnCollection.add: "index - Optional. Specifies the relative
    // position of the new column. If null or -1, the addition happens at the end. Columns with a
    // higher index will be shifted to the side. Zero-indexed." "name - … If null, the default name
    // will be used."
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Posts");
      const added = table.columns.add(1, [["Day"], ["Mon"], ["Tue"]]);
      table.columns.add(-1);
      added.load("index, id");
      await context.sync();
      expect([added.index, added.id]).toEqual([1, 5]);
    });
    expect(standIn.workbook.values("Data", "A1:F2")).toEqual([
      ["Platform", "Day", "Post Id", "Impressions", "Clicks (all)", "Column1"],
      ["x", "Mon", "1", 100, 5, ""],
    ]);
    expect(standIn.workbook.table("Posts").address).toBe("Data!A1:F3");
  });

  it("keeps a column proxy on its column when another is inserted before it", async () => {
    // @types/office-js Excel.TableColumn.id: "Returns a unique key that identifies the column
    // within the table." — the client finds a loaded column again by that id.
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const columns = context.workbook.tables.getItem("Posts").columns;
      const impressions = columns.getItem("Impressions").load("id");
      await context.sync();
      columns.add(0, undefined, "First");
      impressions.load("index, name");
      await context.sync();
      expect([impressions.index, impressions.name]).toEqual([3, "Impressions"]);
    });
  });

  it("refuses column values that do not match the column's height", async () => {
    // @types/office-js Excel.TableColumnCollection.add: "values - Optional. A 2D array of
    // unformatted values of the table column." — one row per row of the column.
    const standIn = standInWithPosts();
    const error = await failure(standIn, (context) => {
      context.workbook.tables.getItem("Posts").columns.add(undefined, [["Only a header"]]);
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("renames a column and rewrites the structured references that name it", async () => {
    // @types/office-js Excel.TableColumn.name: "Specifies the name of the table column." Excel
    // updates structured references when a column header changes (support.microsoft.com "Using
    // structured references with Excel tables").
    const standIn = standInWithPosts();
    standIn.arrange.setValues("Dashboard", "A1:C1", [
      [
        "=SUM(Posts[Impressions])",
        "=SUM(Posts[[Impressions]:[Clicks (all)]])",
        '="Posts[Impressions]"',
      ],
    ]);
    await standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Posts");
      table.columns.add(undefined, [
        ["Ratio"],
        ["=[@[Clicks (all)]]/[@Impressions]"],
        ["=[@Impressions]"],
      ]);
      await context.sync();
      table.columns.getItem("Impressions").name = "Views [all]";
      await context.sync();
    });
    const dash = standIn.workbook.sheet("Dashboard");
    expect(dash.cell("A1").formula).toBe("=SUM(Posts[Views '[all']])");
    expect(dash.cell("B1").formula).toBe("=SUM(Posts[[Views '[all']]:[Clicks (all)]])");
    expect(dash.cell("C1").formula).toBe('="Posts[Impressions]"');
    expect(standIn.workbook.sheet("Data").cell("E2").formula).toBe(
      "=[@[Clicks (all)]]/[@[Views '[all']]]"
    );
    expect(standIn.workbook.values("Dashboard", "A1:B1")).toEqual([[300, 312]]);
    expect(standIn.workbook.values("Data", "E2:E3")).toEqual([[0.05], [200]]);
  });

  it("treats a header cell written through a range as a column rename", async () => {
    // @types/office-js Excel.Table.getHeaderRowRange: "Gets the range object associated with the
    // header row of the table." — its cells are the column names.
    const standIn = standInWithPosts();
    standIn.arrange.setValues("Dashboard", "A1", [["=SUM(Posts[Impressions])"]]);
    await standIn.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C1").values = [["Views"]];
      await context.sync();
    });
    expect(standIn.workbook.sheet("Dashboard").cell("A1").formula).toBe("=SUM(Posts[Views])");
    expect(standIn.workbook.values("Dashboard", "A1")).toEqual([[300]]);
  });

  it("makes a duplicate or empty header unique, and refuses an empty name", async () => {
    // @types/office-js Excel.TableColumn.name: "Specifies the name of the table column." Column
    // names in a table are unique (Excel appends a number to a duplicate header).
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").columns.getItem("Platform").name = "Impressions";
      await context.sync();
    });
    expect(standIn.workbook.table("Posts").headers).toEqual([
      "Impressions2",
      "Post Id",
      "Impressions",
      "Clicks (all)",
    ]);
    const error = await failure(standIn, (context) => {
      context.workbook.tables.getItem("Posts").columns.getItem("Post Id").name = " ";
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("reads and writes a column's values and ranges", async () => {
    // @types/office-js Excel.TableColumn: values "Represents the raw values of the specified
    // range"; getRange "the entire column", getHeaderRowRange, getDataBodyRange, getTotalRowRange.
    const standIn = standInWithPosts();
    await standIn.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Posts");
      table.showTotals = true;
      const column = table.columns.getItem("Impressions");
      column.load("values");
      const ranges = [
        column.getRange(),
        column.getHeaderRowRange(),
        column.getDataBodyRange(),
        column.getTotalRowRange(),
      ].map((r) => r.load("address"));
      await context.sync();
      expect(column.values).toEqual([["Impressions"], [100], [200], [""]]);
      expect(ranges.map((r) => r.address)).toEqual([
        "Data!C1:C4",
        "Data!C1",
        "Data!C2:C3",
        "Data!C4",
      ]);
      column.values = [["Views"], [1], [2], [""]];
      await context.sync();
    });
    expect(standIn.workbook.values("Data", "C1:C3")).toEqual([["Views"], [1], [2]]);
  });

  it("deletes a column, moving the columns to its right; references to it show #REF!", async () => {
    // @types/office-js Excel.TableColumn.delete: "Deletes the column from the table."
    const standIn = standInWithPosts();
    standIn.arrange.setValues("Dashboard", "A1:B1", [
      ["=SUM(Posts[Post Id])", "=SUM(Posts[Impressions])"],
    ]);
    await standIn.Excel.run(async (context) => {
      context.workbook.tables.getItem("Posts").columns.getItem("Post Id").delete();
      await context.sync();
    });
    expect(standIn.workbook.values("Data", "A1:D2")).toEqual([
      ["Platform", "Impressions", "Clicks (all)", ""],
      ["x", 100, 5, ""],
    ]);
    expect(standIn.workbook.table("Posts").address).toBe("Data!A1:C3");
    expect(standIn.workbook.sheet("Dashboard").cell("A1").formula).toBe("=SUM(#REF!)");
    expect(standIn.workbook.values("Dashboard", "B1")).toEqual([[300]]);
  });

  it("refuses to delete a table's last column", async () => {
    // @types/office-js Excel.TableColumn.delete: "Deletes the column from the table." — a table
    // has at least one column; deleting the whole table is Table.delete.
    const standIn = createExcelStandIn();
    standIn.arrange.addTable("Sheet1", "A1:A2", { name: "One", values: [["n"], [1]] });
    const error = await failure(standIn, (context) => {
      context.workbook.tables.getItem("One").columns.getItemAt(0).delete();
    });
    expect(error.code).toBe("InvalidOperation");
  });

  it("answers ItemNotFound for a missing column and for a deleted one", async () => {
    // @types/office-js Excel.TableColumnCollection.getItem: "Gets a column object by name or ID."
    const standIn = standInWithPosts();
    const missing = await failure(standIn, (context) => {
      context.workbook.tables.getItem("Posts").columns.getItem("Reach").load("name");
    });
    expect(missing.code).toBe("ItemNotFound");
    const deleted = await rejection(
      standIn.Excel.run(async (context) => {
        const column = context.workbook.tables
          .getItem("Posts")
          .columns.getItem("Platform")
          .load("id");
        await context.sync();
        column.delete();
        await context.sync();
        column.load("name");
        await context.sync();
      })
    );
    expect(deleted.code).toBe("ItemNotFound");
  });
});

describe("Excel stand-in: deleting table rows given as objects", () => {
  it("deletes the TableRow objects passed to rows.deleteRows", async () => {
    // @types/office-js Excel.TableRowCollection.deleteRows: "rows - An array of row index numbers
    // or row objects to delete from the table."
    const standIn = createExcelStandIn();
    standIn.arrange.addTable("Sheet1", "A1:A4", {
      name: "T",
      values: [["N"], [1], [2], [3]],
    });
    await standIn.Excel.run(async (context) => {
      const rows = context.workbook.tables.getItem("T").rows;
      rows.deleteRows([rows.getItemAt(0), rows.getItemAt(2)]);
      await context.sync();
    });
    expect(standIn.workbook.values("Sheet1", "A1:A2")).toEqual([["N"], [2]]);
  });
});
