// Defined names (workbook.names, worksheet.names) as Excel documents them; each test names its source.
import { createExcelStandIn } from "./index";
import { failure } from "./rejection";

describe("Excel stand-in: defined names", () => {
  it("adds names that formulas use and that tests read back", async () => {
    // @types/office-js Excel.NamedItemCollection.add: "reference: The formula or the range that the
    // name will refer to." Excel.NamedItem.value: "For a named range, it will return the range address."
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[200]];
      context.workbook.names.add("Goal", sheet.getRange("A1"), "monthly goal");
      context.workbook.names.add("Rate", "=0.5");
      sheet.getRange("B1").formulas = [["=Goal*Rate"]];
      const goal = context.workbook.names.getItem("Goal");
      goal.load("name, type, value, formula, comment, scope, visible");
      const rate = context.workbook.names.getItem("Rate");
      rate.load("type, value");
      await context.sync();
      expect(goal.toJSON()).toEqual({
        name: "Goal",
        type: "Range",
        value: "Sheet1!$A$1",
        formula: "=Sheet1!$A$1",
        comment: "monthly goal",
        scope: "Workbook",
        visible: true,
      });
      expect([rate.type, rate.value]).toEqual(["Double", 0.5]);
    });
    expect(standIn.workbook.values("Sheet1", "B1")).toEqual([[100]]);
    expect(standIn.workbook.names().map((n) => n.name)).toEqual(["Goal", "Rate"]);
  });

  it("reads back string and boolean constants with their types", async () => {
    // @types/office-js Excel.NamedItem.type: "Specifies the type of the value returned by the name's
    // formula" (Excel.NamedItemType: String, Integer, Double, Boolean, Range, Error, Array).
    const standIn = createExcelStandIn();
    const result = await standIn.Excel.run(async (context) => {
      const label = context.workbook.names.add("Label", '="KPI ""Q1"""');
      const on = context.workbook.names.add("Enabled", "=TRUE");
      label.load("type, value");
      on.load("type, value");
      await context.sync();
      return [label.type, label.value as unknown, on.type, on.value as unknown];
    });
    expect(result).toEqual(["String", 'KPI "Q1"', "Boolean", true]);
  });

  it("computes the value of a name whose formula is not a constant", async () => {
    // @types/office-js Excel.NamedItem.value: "Represents the value computed by the name's formula."
    const standIn = createExcelStandIn();
    standIn.arrange.setValues("Sheet1", "A1:A3", [[1], [2], [3]]);
    const result = await standIn.Excel.run(async (context) => {
      const total = context.workbook.names.add("Total", "=SUM(Sheet1!$A$1:$A$3)*2");
      const broken = context.workbook.names.add("Broken", "=1/0");
      total.load("type, value");
      broken.load("type, value");
      await context.sync();
      return [total.type, total.value as unknown, broken.type, broken.value as unknown];
    });
    expect(result).toEqual(["Double", 12, "Error", "#DIV/0!"]);
  });

  it("refuses a formula with a syntax error", async () => {
    // @types/office-js Excel.NamedItem.formula: "The formula of the named item. Formulas always start
    // with an equal sign" — Excel parses it when the name is added and refuses what it cannot parse.
    const standIn = createExcelStandIn();
    const error = await failure(standIn, (context) => {
      context.workbook.names.add("Broken", "=SUM(A1:A3");
    });
    expect(error.code).toBe("InvalidArgument");
    expect(standIn.workbook.names()).toEqual([]);
  });

  it("refuses invalid names, cell-like names and names already taken", async () => {
    // support.microsoft.com/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64
    // ("Learn about syntax rules for names": a letter, "_" or "\" first, no spaces, not a cell
    // reference such as "A1"; ECMA-376 "Names" adds TRUE and FALSE); names and tables share a namespace.
    const standIn = createExcelStandIn();
    standIn.arrange.addTable("Sheet1", "A1:B2", {
      name: "Posts",
      values: [
        ["Name", "Reach"],
        ["a", 1],
      ],
    });
    standIn.arrange.addName("Goal", "=1");
    const codes: string[] = [];
    for (const name of ["my name", "A1", "1st", "TRUE", "Posts", "Goal"]) {
      codes.push(
        (await failure(standIn, (context) => context.workbook.names.add(name, "=1"))).code
      );
    }
    expect(codes).toEqual([
      "InvalidArgument",
      "InvalidArgument",
      "InvalidArgument",
      "InvalidArgument",
      "InvalidArgument",
      "ItemAlreadyExists",
    ]);
  });

  it("finds names case-insensitively and answers ItemNotFound or a null object for a missing one", async () => {
    // @types/office-js Excel.NamedItemCollection.getItemOrNullObject: "If the object does not exist,
    // then this method returns an object with its isNullObject property set to true."
    const standIn = createExcelStandIn();
    standIn.arrange.addName("Goal", "=1");
    const found = await standIn.Excel.run(async (context) => {
      const goal = context.workbook.names.getItem("GOAL");
      goal.load("name");
      const missing = context.workbook.names.getItemOrNullObject("Nope");
      const count = context.workbook.names.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
      return [goal.name, missing.isNullObject, count.value];
    });
    expect(found).toEqual(["Goal", true, 1]);
    const error = await failure(standIn, (context) => {
      context.workbook.names.getItem("Nope").load("name");
    });
    expect(error.code).toBe("ItemNotFound");
  });

  it("lists names as collection items", async () => {
    // @types/office-js Excel.NamedItemCollection.items: "Gets the loaded child items in this collection."
    const standIn = createExcelStandIn();
    standIn.arrange.addName("A_one", "=1").addName("B_two", "=2");
    const names = await standIn.Excel.run(async (context) => {
      const items = context.workbook.names.load("items/name, items/value");
      await context.sync();
      return items.items.map((n) => [n.name, n.value as unknown]);
    });
    expect(names).toEqual([
      ["A_one", 1],
      ["B_two", 2],
    ]);
  });

  it("gives the range of a named range and refuses getRange for a constant", async () => {
    // @types/office-js Excel.NamedItem.getRange: "Throws an error if the named item's type is not a
    // range." getRangeOrNullObject: "If the named item's type is not a range, then this method
    // returns an object with its isNullObject property set to true."
    const standIn = createExcelStandIn();
    standIn.arrange.addName("Data", "=Sheet1!$A$1:$B$3").addName("Rate", "=0.5");
    const result = await standIn.Excel.run(async (context) => {
      const range = context.workbook.names.getItem("Data").getRange();
      range.load("address");
      const none = context.workbook.names.getItem("Rate").getRangeOrNullObject();
      await context.sync();
      return [range.address, none.isNullObject];
    });
    expect(result).toEqual(["Sheet1!A1:B3", true]);
    const error = await failure(standIn, (context) => {
      context.workbook.names.getItem("Rate").getRange().load("address");
    });
    expect(error.code).toBe("InvalidOperation");
  });

  it("resolves a defined name given to worksheet.getRange", async () => {
    // @types/office-js Excel.Worksheet.getRange: "address: Optional. The string representing the
    // address or name of the range."
    const standIn = createExcelStandIn();
    standIn.arrange.setValues("Sheet1", "B2:C2", [[1, 2]]).addName("MyRange", "=Sheet1!$B$2:$C$2");
    const result = await standIn.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("MyRange");
      range.load("address, values");
      await context.sync();
      return [range.address, range.values];
    });
    expect(result).toEqual(["Sheet1!B2:C2", [[1, 2]]]);
  });

  it("refuses getRange with a name that does not refer to a range on that sheet", async () => {
    // @types/office-js Excel.Worksheet.getRange: "Gets the Range object, representing a single
    // rectangular block of cells, specified by the address or name" — of this worksheet.
    const standIn = createExcelStandIn({ sheets: ["Sheet1", "Other"] });
    standIn.arrange.addName("Elsewhere", "=Other!$A$1");
    const error = await failure(standIn, (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("Elsewhere").load("address");
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("scopes worksheet names to their sheet, where they win over a workbook name", async () => {
    // @types/office-js Excel.NamedItem.scope: "Specifies if the name is scoped to the workbook or to
    // a specific worksheet"; Excel.Worksheet.names: "Collection of names scoped to the current worksheet."
    const standIn = createExcelStandIn({ sheets: ["Sheet1", "Other"] });
    await standIn.Excel.run(async (context) => {
      context.workbook.names.add("Rate", "=0.1");
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const local = sheet.names.add("Rate", "=0.2");
      sheet.getRange("A1").formulas = [["=Rate*100"]];
      context.workbook.worksheets.getItem("Other").getRange("A1").formulas = [["=Rate*100"]];
      local.load("scope");
      const ws = local.worksheet;
      ws.load("name");
      const globalSheet = context.workbook.names.getItem("Rate").worksheetOrNullObject;
      await context.sync();
      expect([local.scope, ws.name, globalSheet.isNullObject]).toEqual([
        "Worksheet",
        "Sheet1",
        true,
      ]);
    });
    expect(standIn.workbook.values("Sheet1", "A1")).toEqual([[20]]);
    expect(standIn.workbook.values("Other", "A1")).toEqual([[10]]);
    expect(standIn.workbook.sheet("Sheet1").names.map((n) => [n.name, n.scope])).toEqual([
      ["Rate", "Sheet1"],
    ]);
  });

  it("throws for worksheet of a workbook-scoped name", async () => {
    // @types/office-js Excel.NamedItem.worksheet: "Throws an error if the item is scoped to the
    // workbook instead."
    const standIn = createExcelStandIn();
    standIn.arrange.addName("Goal", "=1");
    const error = await failure(standIn, (context) => {
      context.workbook.names.getItem("Goal").worksheet.load("name");
    });
    expect(error.code).toBe("ItemNotFound");
  });

  it("changes the formula, comment and visibility, and deletes names", async () => {
    // @types/office-js Excel.NamedItem.formula / comment / visible (settable) and delete(): "Deletes
    // the given name."
    const standIn = createExcelStandIn();
    standIn.arrange.addName("Goal", "=1").addName("Old", "=2");
    await standIn.Excel.run(async (context) => {
      const goal = context.workbook.names.getItem("Goal");
      goal.formula = "=Sheet1!$C$1";
      goal.comment = "where the goal lives";
      goal.visible = false;
      context.workbook.names.getItem("Old").delete();
      await context.sync();
    });
    expect(standIn.workbook.names()).toEqual([
      expect.objectContaining({
        name: "Goal",
        formula: "=Sheet1!$C$1",
        comment: "where the goal lives",
        type: "Range",
      }),
    ]);
  });

  it("refuses a non-boolean visible and an unparseable formula on an existing name", async () => {
    // @types/office-js Excel.NamedItem.visible: boolean; Excel.NamedItem.formula: "Formulas always
    // start with an equal sign" and are parsed as Excel parses a cell's.
    const standIn = createExcelStandIn();
    standIn.arrange.addName("Goal", "=1");
    const codes: string[] = [];
    for (const change of [
      (n: Excel.NamedItem) => (n.visible = "yes" as unknown as boolean),
      (n: Excel.NamedItem) => (n.formula = "=1+"),
    ]) {
      codes.push(
        (await failure(standIn, (context) => change(context.workbook.names.getItem("Goal")))).code
      );
    }
    expect(codes).toEqual(["InvalidArgument", "InvalidArgument"]);
    expect(standIn.workbook.names()[0]?.formula).toBe("=1");
  });

  it("adds a name from a local formula as from an en-US one", async () => {
    // @types/office-js Excel.NamedItemCollection.addFormulaLocal: "formula: The formula in the user's
    // locale that the name will refer to." The stand-in's workbook is en-US.
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      context.workbook.names.addFormulaLocal("Half", "=0.5", "a half");
      await context.sync();
    });
    expect(standIn.workbook.names()).toEqual([
      expect.objectContaining({ name: "Half", value: 0.5, comment: "a half" }),
    ]);
  });

  it("answers NotImplemented for a name with relative references", async () => {
    // @types/office-js Excel.NamedItem.formula — a relative reference in a name moves with the cell
    // using it; the stand-in does not model that, so it says so instead of computing something else.
    const standIn = createExcelStandIn();
    const error = await failure(standIn, (context) => {
      context.workbook.names.add("Here", "=Sheet1!A1");
    });
    expect(error.code).toBe("NotImplemented");
  });

  it("answers NotImplemented for arrayValues", async () => {
    // The stand-in does not model Excel.NamedItem.arrayValues (ExcelApi 1.7): never a silent no-op.
    const standIn = createExcelStandIn();
    standIn.arrange.addName("Goal", "=1");
    const error = await failure(standIn, (context) => {
      context.workbook.names.getItem("Goal").arrayValues.load("values");
    });
    expect(error.code).toBe("NotImplemented");
  });
});
