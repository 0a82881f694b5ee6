// Worksheet protection and cell locking as Excel documents them; each test names its source.
import { createExcelStandIn } from "./index";
import { failure, rejection } from "./rejection";

async function protectWith(
  standIn: ReturnType<typeof createExcelStandIn>,
  options: Excel.WorksheetProtectionOptions
): Promise<string> {
  const error = await failure(standIn, (context) => {
    context.workbook.worksheets.getItem("Sheet1").protection.protect(options);
  });
  return error.code;
}

describe("Excel stand-in: protection", () => {
  it("protects a sheet with options and reads back protected and every option", async () => {
    // @types/office-js Excel.WorksheetProtection.protect: "options: Optional. Sheet protection
    // options. password: Optional. Sheet protection password." options: "Specifies the protection
    // options for the worksheet." protected: "Specifies if the worksheet is protected."
    const standIn = createExcelStandIn();
    const read = await standIn.Excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Sheet1").protection;
      protection.load("protected");
      await context.sync();
      const before = protection.protected;
      protection.protect({ allowFormatCells: true, selectionMode: "Unlocked" });
      protection.load("protected, options");
      await context.sync();
      return [before, protection.protected, protection.options];
    });
    expect(read).toEqual([
      false,
      true,
      {
        allowAutoFilter: false,
        allowDeleteColumns: false,
        allowDeleteRows: false,
        allowEditObjects: false,
        allowEditScenarios: false,
        allowFormatCells: true,
        allowFormatColumns: false,
        allowFormatRows: false,
        allowInsertColumns: false,
        allowInsertHyperlinks: false,
        allowInsertRows: false,
        allowPivotTables: false,
        allowSort: false,
        selectionMode: "Unlocked",
      },
    ]);
    expect(standIn.workbook.sheet("Sheet1").protection.protected).toBe(true);
  });

  it("refuses protection options Excel does not have", async () => {
    // @types/office-js Excel.WorksheetProtectionOptions: allow… booleans and selectionMode "Normal" |
    // "Unlocked" | "None".
    const codes: string[] = [];
    for (const options of [
      { allowBananas: true },
      { allowSort: "yes" },
      { selectionMode: "Bogus" },
    ]) {
      const standIn = createExcelStandIn();
      codes.push(
        await protectWith(standIn, options as unknown as Excel.WorksheetProtectionOptions)
      );
      expect(standIn.workbook.sheet("Sheet1").protection.protected).toBe(false);
    }
    expect(codes).toEqual(["InvalidArgument", "InvalidArgument", "InvalidArgument"]);
  });

  it("fails to protect a sheet that is already protected", async () => {
    // @types/office-js Excel.WorksheetProtection.protect: "Protects a worksheet. Fails if the
    // worksheet has already been protected."
    const standIn = createExcelStandIn();
    const error = await failure(standIn, (context) => {
      const protection = context.workbook.worksheets.getItem("Sheet1").protection;
      protection.protect();
      protection.protect();
    });
    expect([error.code, error.location]).toEqual([
      "InvalidOperation",
      "WorksheetProtection.protect",
    ]);
  });

  it("unprotects only with the right password", async () => {
    // @types/office-js Excel.WorksheetProtection.unprotect: "password: Sheet protection password."
    // pauseProtection: "If the password is incorrect, then this method throws an InvalidArgument error".
    const standIn = createExcelStandIn();
    const error = await rejection(
      standIn.Excel.run(async (context) => {
        const protection = context.workbook.worksheets.getItem("Sheet1").protection;
        protection.protect(undefined, "s3cret");
        await context.sync();
        protection.unprotect("wrong");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(standIn.workbook.sheet("Sheet1").protection).toMatchObject({
      protected: true,
      hasPassword: true,
    });
    const unprotected = await standIn.Excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Sheet1").protection;
      protection.unprotect("s3cret");
      protection.load("protected");
      await context.sync();
      return !protection.protected;
    });
    expect(unprotected).toBe(true);
  });

  it("refuses writes to locked cells of a protected sheet with AccessDenied and writes nothing", async () => {
    // @types/office-js Excel.FormatProtection.locked: "Specifies if Excel locks the cells in the
    // object." Excel answers AccessDenied when "worksheet protection is enabled and not paused"
    // (Excel.AllowEditRange.address, Excel.WorksheetProtection.setPassword).
    const standIn = createExcelStandIn();
    standIn.arrange.setValues("Sheet1", "A1:B1", [["old", "old"]]);
    const error = await failure(standIn, (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.protect();
      sheet.getRange("A1:B1").values = [["new", "new"]];
    });
    expect([error.code, error.location]).toEqual(["AccessDenied", "Range.values"]);
    expect(standIn.workbook.values("Sheet1", "A1:B1")).toEqual([["old", "old"]]);
  });

  it("lets the add-in write the cells it unlocked before protecting", async () => {
    // @types/office-js Excel.FormatProtection.locked — cells unlocked stay editable under protection
    // (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#data-protection).
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:C3").format.protection.locked = false;
      sheet.protection.protect();
      sheet.getRange("B2:C3").values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
    });
    expect(standIn.workbook.values("Sheet1", "B2:C3")).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect([
      standIn.workbook.sheet("Sheet1").isLocked("B2"),
      standIn.workbook.sheet("Sheet1").isLocked("A1"),
    ]).toEqual([false, true]);
  });

  it("refuses formatting a protected sheet unless allowFormatCells", async () => {
    // @types/office-js Excel.WorksheetProtectionOptions.allowFormatCells: "Represents the worksheet
    // protection option allowing formatting of cells."
    const standIn = createExcelStandIn();
    const error = await failure(standIn, (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.protect();
      sheet.getRange("A1").format.font.bold = true;
    });
    expect(error.code).toBe("AccessDenied");
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.unprotect();
      sheet.protection.protect({ allowFormatCells: true });
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("A1").numberFormat = [["0.00"]];
      await context.sync();
    });
    expect(standIn.workbook.formats("Sheet1", "A1")).toMatchObject({
      bold: true,
      numberFormat: "0.00",
    });
  });

  it("refuses inserting cells on a protected sheet, and entire rows unless allowInsertRows", async () => {
    // @types/office-js Excel.WorksheetProtectionOptions.allowInsertRows: "Represents the worksheet
    // protection option allowing inserting of rows."
    const standIn = createExcelStandIn();
    standIn.arrange.setValues("Sheet1", "A1:A2", [["x"], ["y"]]);
    const error = await failure(standIn, (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.protect({ allowInsertRows: true });
      sheet.getRange("A2:B2").insert("Down");
    });
    expect(error.code).toBe("AccessDenied");
    await standIn.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("2:2").insert("Down");
      await context.sync();
    });
    expect(standIn.workbook.values("Sheet1", "A1:A3")).toEqual([["x"], [""], ["y"]]);
  });

  it("allows writes again once unprotected", async () => {
    // @types/office-js Excel.WorksheetProtection.unprotect: "Unprotects a worksheet."
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.protect();
      sheet.protection.unprotect();
      sheet.getRange("A1").values = [["ok"]];
      await context.sync();
    });
    expect(standIn.workbook.values("Sheet1", "A1")).toEqual([["ok"]]);
  });

  it("reads locked and formulaHidden, null where the range is not uniform", async () => {
    // @types/office-js Excel.FormatProtection.locked: "A null value indicates that the entire range
    // doesn't have a uniform lock setting." formulaHidden: "Specifies if Excel hides the formula for
    // the cells in the range."
    const standIn = createExcelStandIn();
    const read = await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.protection.locked = false;
      sheet.getRange("A1:B1").format.protection.formulaHidden = true;
      const mixed = sheet.getRange("A1:B1").format.protection.load("locked, formulaHidden");
      const a1 = sheet.getRange("A1").format.protection.load("locked");
      const fresh = sheet.getRange("D4").format.protection.load("locked, formulaHidden");
      await context.sync();
      return [mixed.toJSON(), a1.locked, fresh.toJSON()];
    });
    expect(read).toEqual([
      { locked: null, formulaHidden: true },
      false,
      { locked: true, formulaHidden: false },
    ]);
  });

  it("sees a lock setting anywhere in a whole column", async () => {
    // @types/office-js Excel.FormatProtection.locked: "A null value indicates that the entire range
    // doesn't have a uniform lock setting" — for the whole range, however large.
    const standIn = createExcelStandIn();
    const error = await rejection(
      standIn.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A:A").format.protection.locked = false;
        sheet.getRange("A5000").format.protection.locked = true;
        const column = sheet.getRange("A:A").format.protection.load("locked");
        await context.sync();
        expect(column.locked).toBe(null);
        sheet.protection.protect();
        sheet.getRange("A:A").clear("Contents");
        await context.sync();
      })
    );
    expect(error.code).toBe("AccessDenied");
  });

  it("refuses a non-boolean lock setting", async () => {
    // @types/office-js Excel.FormatProtection.locked: boolean.
    const standIn = createExcelStandIn();
    const error = await failure(standIn, (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.protection.locked =
        "no" as unknown as boolean;
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("refuses unlocking cells of a protected sheet unless allowFormatCells", async () => {
    // @types/office-js Excel.WorksheetProtectionOptions.allowFormatCells — the lock setting is part of
    // a cell's format (Excel.RangeFormat.protection).
    const standIn = createExcelStandIn();
    const error = await failure(standIn, (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.protect();
      sheet.getRange("A1").format.protection.locked = false;
    });
    expect(error.code).toBe("AccessDenied");
    expect(standIn.workbook.sheet("Sheet1").isLocked("A1")).toBe(true);
  });
});
