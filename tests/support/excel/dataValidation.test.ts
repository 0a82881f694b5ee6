// Data validation as Excel documents it; each test names its source (the @types/office-js comment
// of the member, or Microsoft's page).
import type { ExcelStandIn } from "./index";
import { createExcelStandIn } from "./index";
import { failure } from "./rejection";

// "The article" below: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation

const range = (context: Excel.RequestContext, address: string, sheet = "Sheet1"): Excel.Range =>
  context.workbook.worksheets.getItem(sheet).getRange(address);

async function readValidation(
  standIn: ExcelStandIn,
  address: string
): Promise<Pick<Excel.DataValidation, "type" | "rule" | "errorAlert" | "prompt" | "ignoreBlanks">> {
  return standIn.Excel.run(async (context) => {
    const dv = range(context, address).dataValidation;
    dv.load("type, rule, errorAlert, prompt, ignoreBlanks");
    await context.sync();
    const { type, rule, errorAlert, prompt, ignoreBlanks } = dv;
    return { type, rule, errorAlert, prompt, ignoreBlanks };
  });
}

describe("Excel stand-in: data validation", () => {
  it("sets a list rule and reads back its type, rule and the documented defaults", async () => {
    // @types/office-js DataValidation.type: "Type of the data validation"; ignoreBlanks: "Default
    // is true"; DataValidationErrorAlert.showAlert: "The default is true"; ListDataValidation.
    // inCellDropDown: "The default is true". The article: type "is set indirectly when you set the rule".
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      range(context, "D2:D10").dataValidation.rule = {
        list: { inCellDropDown: true, source: "Weekly,Monthly" },
      };
      await context.sync();
    });
    expect(await readValidation(standIn, "D2:D10")).toEqual({
      type: "List",
      rule: { list: { inCellDropDown: true, source: "Weekly,Monthly" } },
      errorAlert: { message: "", showAlert: true, style: "Stop", title: "" },
      prompt: { message: "", showPrompt: false, title: "" },
      ignoreBlanks: true,
    });
    expect(standIn.workbook.sheet("Sheet1").dataValidations[0]).toMatchObject({
      address: "Sheet1!D2:D10",
      rule: { list: { source: "Weekly,Monthly" } },
    });
  });

  it("takes a list source as a Range and reads it back as a reference", async () => {
    // @types/office-js ListDataValidation.source: "When setting the value, it can be passed in as a
    // Range object, or a string"; the article's sample assigns `nameSourceRange` (Names!A1:A3).
    const standIn = createExcelStandIn({ sheets: ["Sheet1", "Lists"] });
    await standIn.Excel.run(async (context) => {
      range(context, "B2:B5").dataValidation.rule = {
        list: { inCellDropDown: true, source: range(context, "A1:A3", "Lists") },
      };
      range(context, "C2").dataValidation.rule = {
        list: { inCellDropDown: false, source: range(context, "F1:H1") },
      };
      await context.sync();
    });
    expect((await readValidation(standIn, "B2:B5")).rule).toEqual({
      list: { inCellDropDown: true, source: "=Lists!$A$1:$A$3" },
    });
    expect((await readValidation(standIn, "C2")).rule).toEqual({
      list: { inCellDropDown: false, source: "=$F$1:$H$1" },
    });
  });

  it("refuses a list source range that is neither one row nor one column", async () => {
    // Excel's list validation takes "a reference to single row or column" (its message for any
    // other source); https://support.microsoft.com/office/create-a-drop-down-list-7693307a-59ef-400a-b769-c5402dce407b
    const standIn = createExcelStandIn();
    const failed = await failure(standIn, (context) => {
      range(context, "B2").dataValidation.rule = {
        list: { inCellDropDown: true, source: range(context, "F1:G3") },
      };
    });
    expect(failed).toEqual({ code: "InvalidArgument", location: "DataValidation.rule" });
  });

  it("refuses a rule with no type or with two: one type at a time", async () => {
    // @types/office-js DataValidationRule: "You can only use one of them at a time according the
    // Excel.DataValidationType."; the article: "No more than one of these properties may be present".
    const standIn = createExcelStandIn();
    for (const rule of [
      {},
      {
        list: { inCellDropDown: true, source: "a,b" },
        wholeNumber: { formula1: 0, operator: "GreaterThan" },
      },
      { bananas: { formula: "=1" } },
    ] as Excel.DataValidationRule[]) {
      const failed = await failure(standIn, (context) => {
        range(context, "A1").dataValidation.rule = rule;
      });
      expect(failed).toEqual({ code: "InvalidArgument", location: "DataValidation.rule" });
    }
  });

  it("needs an operator and formula1, and formula2 for Between and NotBetween", async () => {
    // @types/office-js BasicDataValidation.operator: "The operator to use for validating the
    // data" (Excel.DataValidationOperator); the article: "There are also two ternary operators:
    // "Between" and "NotBetween". To use these, you must specify the optional formula2 property."
    const standIn = createExcelStandIn();
    for (const rule of [
      { wholeNumber: { formula1: 0 } },
      { decimal: { formula1: 0, operator: "Bigger" } },
      { textLength: { operator: "LessThan" } },
      { decimal: { formula1: 0, operator: "Between" } },
      { time: { formula1: "08:00", operator: "NotBetween" } },
      { wholeNumber: { formula1: "lots", operator: "GreaterThan" } },
    ] as unknown as Excel.DataValidationRule[]) {
      const failed = await failure(standIn, (context) => {
        range(context, "A1").dataValidation.rule = rule;
      });
      expect(failed).toEqual({ code: "InvalidArgument", location: "DataValidation.rule" });
    }
  });

  it("reads operands back as string formulas, numbers and ISO dates included", async () => {
    // @types/office-js BasicDataValidation.formula1: "it can be passed in as a number, a range
    // object, or a string formula … When retrieving the value, it will always be returned as a
    // string formula, for example: "=10", "=A1""; DateTimeDataValidation.formula1: "a stringified
    // date/time in ISO8601 format".
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      range(context, "B2:C5").dataValidation.rule = {
        decimal: { formula1: 0, formula2: "=max(a1, 100)", operator: "Between" },
      };
      range(context, "D2").dataValidation.rule = {
        date: { formula1: "2018-04-01", formula2: "2018-04-08", operator: "Between" },
      };
      range(context, "E2").dataValidation.rule = {
        wholeNumber: { formula1: range(context, "A1"), operator: "GreaterThan" },
      };
      await context.sync();
    });
    expect((await readValidation(standIn, "B2:C5")).rule).toEqual({
      decimal: { formula1: "=0", formula2: "=MAX(A1, 100)", operator: "Between" },
    });
    expect((await readValidation(standIn, "D2")).rule).toEqual({
      date: { formula1: "=43191", formula2: "=43198", operator: "Between" },
    });
    expect((await readValidation(standIn, "E2")).rule).toEqual({
      wholeNumber: { formula1: "=$A$1", operator: "GreaterThan" },
    });
  });

  it("parses a custom rule's formula: a syntax error is refused", async () => {
    // @types/office-js CustomDataValidation.formula: "A custom data validation formula."
    const standIn = createExcelStandIn();
    const failed = await failure(standIn, (context) => {
      range(context, "B2:B5").dataValidation.rule = {
        custom: { formula: "=NOT(ISNUMBER(SEARCH(A2,B2))" },
      };
    });
    expect(failed).toEqual({ code: "InvalidArgument", location: "DataValidation.rule" });
  });

  it("refuses an error alert style outside Stop, Warning, Information ('Bogus')", async () => {
    // @types/office-js DataValidationErrorAlert.style: "The data validation alert type, please see
    // Excel.DataValidationAlertStyle for details."
    const standIn = createExcelStandIn();
    const failed = await failure(standIn, (context) => {
      range(context, "B2").dataValidation.errorAlert = {
        message: "No",
        showAlert: true,
        style: "Bogus" as "Stop",
        title: "Stop",
      };
    });
    expect(failed).toEqual({ code: "InvalidArgument", location: "DataValidation.errorAlert" });
  });

  it("refuses an alert or prompt title that is not text or a flag that is not a boolean", async () => {
    // @types/office-js DataValidationErrorAlert / DataValidationPrompt: title and message are
    // strings, showAlert and showPrompt booleans.
    const standIn = createExcelStandIn();
    const failures = [
      await failure(standIn, (context) => {
        range(context, "B2").dataValidation.errorAlert = {
          message: "No",
          showAlert: true,
          style: "Stop",
          title: 5 as unknown as string,
        };
      }),
      await failure(standIn, (context) => {
        range(context, "B2").dataValidation.prompt = {
          message: "Whole numbers",
          showPrompt: "yes" as unknown as boolean,
          title: "Count",
        };
      }),
    ];
    expect(failures).toEqual([
      { code: "InvalidArgument", location: "DataValidation.errorAlert" },
      { code: "InvalidArgument", location: "DataValidation.prompt" },
    ]);
  });

  it("keeps the error alert and prompt set with a rule", async () => {
    // The article's samples: errorAlert { message, showAlert, style: "Stop", title } and prompt
    // { message, showPrompt: true, title } set next to the rule.
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const dv = range(context, "B2:C5").dataValidation;
      dv.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
      dv.errorAlert = {
        message: "Sorry, only positive whole numbers are allowed",
        showAlert: true,
        style: "Warning",
        title: "Negative or Decimal Number Entered",
      };
      dv.prompt = {
        message: "Please enter a positive whole number.",
        showPrompt: true,
        title: "Positive Whole Numbers Only.",
      };
      dv.ignoreBlanks = false;
      await context.sync();
    });
    expect(await readValidation(standIn, "B2:C5")).toEqual({
      type: "WholeNumber",
      rule: { wholeNumber: { formula1: "=0", operator: "GreaterThan" } },
      errorAlert: {
        message: "Sorry, only positive whole numbers are allowed",
        showAlert: true,
        style: "Warning",
        title: "Negative or Decimal Number Entered",
      },
      prompt: {
        message: "Please enter a positive whole number.",
        showPrompt: true,
        title: "Positive Whole Numbers Only.",
      },
      ignoreBlanks: false,
    });
  });

  it("clears only the cells of the range cleared, and tells None, MixedCriteria and Inconsistent apart", async () => {
    // The article: "If it isn't [the same range], only the overlapping cells, if any, of the two
    // ranges are cleared." @types/office-js Excel.DataValidationType: "Inconsistent means … different
    // rules on different cells"; "Mixed criteria means … data validation present on some but not all cells".
    const standIn = createExcelStandIn();
    const types = await standIn.Excel.run(async (context) => {
      range(context, "A1:A10").dataValidation.rule = {
        list: { inCellDropDown: true, source: "a,b" },
      };
      range(context, "B1:B10").dataValidation.rule = {
        decimal: { formula1: 1, operator: "LessThan" },
      };
      range(context, "A6:A20").dataValidation.clear();
      const read = ["A1:A5", "A1:A10", "A1:B5", "A20"].map((address) => {
        const dv = range(context, address).dataValidation;
        dv.load("type");
        return dv;
      });
      await context.sync();
      return read.map((dv) => dv.type);
    });
    expect(types).toEqual(["List", "MixedCriteria", "Inconsistent", "None"]);
    expect(
      standIn.workbook
        .sheet("Sheet1")
        .dataValidations.map((v) => v.address)
        .sort()
    ).toEqual(["Sheet1!A1:A5", "Sheet1!B1:B10"]);
  });

  it("replaces the rule of the cells a new rule covers, keeping the rest of an older one", async () => {
    // The article: "The property that you include determines the type of validation" of the
    // range's cells; a later rule on part of a range applies to that part.
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      range(context, "A1:A10").dataValidation.rule = {
        list: { inCellDropDown: true, source: "a,b" },
      };
      range(context, "A3:A4").dataValidation.rule = {
        textLength: { formula1: 5, operator: "LessThanOrEqualTo" },
      };
      await context.sync();
    });
    expect((await readValidation(standIn, "A1:A2")).type).toBe("List");
    expect((await readValidation(standIn, "A3:A4")).type).toBe("TextLength");
    expect((await readValidation(standIn, "A5:A10")).type).toBe("List");
  });

  it("reads valid as true, false, or null for a range with both valid and invalid values", async () => {
    // @types/office-js DataValidation.valid: "Returns true if all cell values are valid, or false if
    // all cell values are invalid. Returns null if there are both valid and invalid cell values".
    const standIn = createExcelStandIn();
    standIn.arrange.setValues("Sheet1", "A1:A3", [[5], [50], ["x"]]);
    standIn.arrange.setValues("Sheet1", "B1:B2", [["a"], ["c"]]);
    const valid = await standIn.Excel.run(async (context) => {
      range(context, "A1:A3").dataValidation.rule = {
        wholeNumber: { formula1: 1, formula2: 10, operator: "Between" },
      };
      range(context, "B1:B2").dataValidation.rule = {
        list: { inCellDropDown: true, source: "a,b" },
      };
      const read = ["A1", "A2:A3", "A1:A3", "B1:B2", "C1"].map((address) => {
        const dv = range(context, address).dataValidation;
        dv.load("valid");
        return dv;
      });
      await context.sync();
      return read.map((dv) => dv.valid);
    });
    expect(valid).toEqual([true, false, null, null, true]);
  });

  it("answers NotImplemented for valid under a custom rule, which the stand-in does not evaluate", async () => {
    // The rule: "implement or NotImplemented honestly" (@types/office-js DataValidation.valid).
    const standIn = createExcelStandIn();
    standIn.arrange.setValues("Sheet1", "A1", [[3]]);
    const failed = await failure(standIn, (context) => {
      const dv = range(context, "A1").dataValidation;
      dv.rule = { custom: { formula: "=A1>0" } };
      dv.load("valid");
    });
    expect(failed.code).toBe("NotImplemented");
  });

  it("refuses changes to data validation on a protected sheet", async () => {
    // Data validation is not among the features WorksheetProtectionOptions can allow
    // (@types/office-js Excel.WorksheetProtectionOptions), so a protected sheet keeps its rules.
    const standIn = createExcelStandIn();
    const failed = await failure(standIn, (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect({ allowFormatCells: true });
      range(context, "A1").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
    });
    expect(failed.code).toBe("AccessDenied");
  });
  it("answers NotImplemented for getInvalidCells, which the stand-in does not model", async () => {
    // The rule: a member the host does not implement answers NotImplemented
    // (@types/office-js DataValidation.getInvalidCells: "Returns a RangeAreas object … with invalid cell values").
    const standIn = createExcelStandIn();
    const failed = await failure(standIn, (context) => {
      const dv = range(context, "A1").dataValidation;
      dv.rule = { decimal: { formula1: 1, operator: "GreaterThan" } };
      dv.getInvalidCellsOrNullObject().load("address");
    });
    expect(failed.code).toBe("NotImplemented");
  });
  it("follows a renamed sheet in a list source, as Excel rewrites every reference to it", async () => {
    // @types/office-js ListDataValidation.source is a reference when given a Range; Excel keeps
    // references to a renamed sheet pointing at it (Worksheet.name: "The display name of the worksheet").
    const standIn = createExcelStandIn({ sheets: ["Sheet1", "Lists"] });
    await standIn.Excel.run(async (context) => {
      range(context, "B2:B5").dataValidation.rule = {
        list: { inCellDropDown: true, source: range(context, "A1:A3", "Lists") },
      };
      await context.sync();
      context.workbook.worksheets.getItem("Lists").name = "My lists";
      await context.sync();
    });
    expect((await readValidation(standIn, "B2:B5")).rule).toEqual({
      list: { inCellDropDown: true, source: "='My lists'!$A$1:$A$3" },
    });
  });
});
