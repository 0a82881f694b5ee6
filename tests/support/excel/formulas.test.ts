import type { ExcelStandIn } from "./index";
import { createExcelStandIn } from "./index";
import { checkFormula } from "./formulas";
import { checkNumberFormat } from "./numberFormat";

/** Writes `formulas` at A1 of Sheet1 through Range.formulas and returns the stand-in. */
async function withFormulas(
  formulas: unknown[][],
  arrange: (s: ExcelStandIn) => void = () => undefined,
  property: "formulas" | "values" | "formulasLocal" | "formulasR1C1" = "formulas"
): Promise<ExcelStandIn> {
  const standIn = createExcelStandIn();
  arrange(standIn);
  await standIn.Excel.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem("Sheet1")
      .getRange("A1")
      .getResizedRange(formulas.length - 1, (formulas[0]?.length ?? 1) - 1);
    range[property] = formulas;
    await context.sync();
  });
  return standIn;
}

async function refusal(formula: string, arrange?: (s: ExcelStandIn) => void): Promise<unknown> {
  return withFormulas([[formula]], arrange).then(
    () => undefined,
    (e: unknown) => e
  );
}

const postsTable = (s: ExcelStandIn): void => {
  s.arrange.addTable("Sheet1", "D1:E3", {
    name: "Posts",
    values: [
      ["Amount", "Rate #"],
      [10, 0.5],
      [20, 0.25],
    ],
  });
};

describe("Excel stand-in: formulas are checked when the request runs", () => {
  // learn.microsoft.com/office/troubleshoot/excel/formula-problem ("There's a problem with this
  // formula"): Excel refuses a formula that does not parse; through the API the sync fails with
  // InvalidArgument at the action that wrote it.
  it.each([
    ["=SUM(", "an unclosed parenthesis"],
    ["=SUM(1;2)", "a semicolon as argument separator (en-US uses commas)"],
    ["=1+", "an operator without its second operand"],
    ["=SUM(1))", "a ')' too many"],
    ["=Import log!A1", "an unquoted sheet name with a space"],
    ['="abc', "an unclosed text"],
    ["='My data!A1", "an unclosed quoted sheet name"],
    ["={1,2;3}", "an array constant with rows of different lengths"],
    ["=#BOGUS!", "an unknown error literal"],
    [
      "=IF(A1>0)",
      "too few arguments (support.microsoft.com IF: logical_test and value_if_true are required)",
    ],
    ["=ROUND(1.5,1,2)", "too many arguments (ROUND takes number and num_digits)"],
    ["=SUMIFS(A1:A3,B1:B3)", "a criteria range without its criteria"],
  ])("refuses %s (%s) with InvalidArgument", async (formula) => {
    const error = await refusal(formula);
    expect(error).toMatchObject({ code: "InvalidArgument" });
    expect((error as { debugInfo: { errorLocation?: string } }).debugInfo.errorLocation).toBe(
      "Range.formulas"
    );
  });

  it("refuses a formula longer than 8,192 characters", async () => {
    // support.microsoft.com "Excel specifications and limits": "Length of formula contents: 8,192
    // characters".
    expect(await refusal(`=${"1+".repeat(4100)}1`)).toMatchObject({ code: "InvalidArgument" });
    expect(await refusal(`=${"1+".repeat(4000)}1`)).toBeUndefined();
  });

  it("refuses functions nested more than 64 levels deep", async () => {
    // support.microsoft.com "Excel specifications and limits": "Nested levels of functions: 64".
    const nested = (n: number): string => `=${"ABS(".repeat(n)}1${")".repeat(n)}`;
    expect(await refusal(nested(65))).toMatchObject({ code: "InvalidArgument" });
    expect(await refusal(nested(64))).toBeUndefined();
  });

  it("writes nothing from a range whose formulas include one Excel refuses", async () => {
    const standIn = createExcelStandIn();
    await expect(
      standIn.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").formulas = [
          ["=1+1", "=SUM("],
        ];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(standIn.workbook.values("Sheet1", "A1:B1")).toEqual([["", ""]]);
  });

  it("refuses a syntax error written through Range.values too", async () => {
    // @types/office-js Excel.Range.values: values are parsed as if typed, so "=..." is a formula.
    const error = await withFormulas([["=SUM(1;2)"]], undefined, "values").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "InvalidArgument" });
  });

  it("accepts an unknown function or name and shows #NAME? in the cell", async () => {
    // support.microsoft.com "How to correct a #NAME? error": a misspelt function or an undefined
    // name gives #NAME?, the formula is kept.
    const standIn = await withFormulas([["=NOPE(1)", "=UndefinedRate*2", "=sum(1,2)"]]);
    expect(standIn.workbook.values("Sheet1", "A1:C1")).toEqual([["#NAME?", "#NAME?", 3]]);
    expect(standIn.workbook.sheet("Sheet1").cell("A1").formula).toBe("=NOPE(1)");
  });

  it("stores function names and references upper-cased, as Excel reads them back", async () => {
    const standIn = await withFormulas([[1, "=sum(a1, 2) & rate", "='Sheet1'!a1"]]);
    expect(standIn.workbook.sheet("Sheet1").cell("B1").formula).toBe("=SUM(A1, 2) & rate");
    expect(standIn.workbook.sheet("Sheet1").cell("C1").formula).toBe("=Sheet1!A1");
  });

  it("accepts the grammar real formulas use", async () => {
    const standIn = await withFormulas(
      [
        [
          "='My data'!A1",
          "=SUM(Sheet1!$A$2:$B$3, 1:1 A:A, -5%)",
          '=IF(A2>=1,"yes","no ""quoted""")',
          "={1,2;3,4}",
          "=IFERROR(1/0,#N/A)",
          "=IF(,1,2)",
        ],
      ],
      (s) => s.arrange.addSheet("My data")
    );
    expect(standIn.workbook.sheet("Sheet1").cell("C1").value).toBe('no "quoted"');
    expect(standIn.workbook.sheet("Sheet1").cell("E1").value).toBe("#N/A");
  });

  it("refuses a structured reference to a table that does not exist", async () => {
    // In Excel, "=SUM(Nope[Col])" with no table Nope is refused when entered ("There's a problem
    // with this formula") rather than stored as #REF!: the stand-in refuses it with InvalidArgument.
    expect(await refusal("=SUM(Nope[Col])")).toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses [@Col] outside a table, a column the table lacks, and an unescaped # in a column name", async () => {
    // support.microsoft.com "Using structured references with Excel tables": "The following
    // characters have special meaning and require the use of a single quotation mark (') as an
    // escape character: left bracket ([), right bracket (]), pound sign (#), and single quotation
    // mark (')"; "[@Col]" means "this row" of the table the formula is in.
    expect(await refusal("=[@Amount]", postsTable)).toMatchObject({ code: "InvalidArgument" });
    expect(await refusal("=SUM(Posts[Nope])", postsTable)).toMatchObject({
      code: "InvalidArgument",
    });
    expect(await refusal("=SUM(Posts[Rate #])", postsTable)).toMatchObject({
      code: "InvalidArgument",
    });
    expect(await refusal("=SUM(Posts[Total$Amount])", postsTable)).toMatchObject({
      code: "InvalidArgument",
    });
  });

  it("accepts escaped and double-bracketed column names", async () => {
    // Same page: "=DeptSalesFYSummary['#OfItems]", double brackets for special characters.
    const standIn = await withFormulas(
      [["=SUM(Posts[[Rate '#]])", "=SUM(Posts[Amount])"]],
      postsTable
    );
    expect(standIn.workbook.values("Sheet1", "A1:B1")).toEqual([[0.75, 30]]);
  });

  it("exports checkFormula for rules and names: it refuses bad syntax and normalises good formulas", () => {
    const standIn = createExcelStandIn();
    const codeOf = (formula: string): unknown => {
      try {
        checkFormula(standIn.model, formula);
        return undefined;
      } catch (e) {
        return (e as { code?: unknown }).code;
      }
    };
    expect([codeOf("=SUM(1;2)"), codeOf("=[@x]")]).toEqual(["InvalidArgument", "InvalidArgument"]);
    expect(checkFormula(standIn.model, "=a1>0")).toBe("=A1>0");
    expect(checkFormula(standIn.model, "0.05")).toBe("=0.05");
  });

  it("evaluates TRUE and FALSE as Excel's constants", async () => {
    const standIn = await withFormulas([
      ['=IF(TRUE,"y","n")', "=AND(true, FALSE)", "={TRUE,FALSE}"],
    ]);
    expect(standIn.workbook.values("Sheet1", "A1:C1")).toEqual([["y", false, true]]);
  });
});

describe("Excel stand-in: typed error values", () => {
  it("stores a typed #N/A or #DIV/0! as an error value that formulas see as one", async () => {
    // support.microsoft.com "NA function": "You can also type the value #N/A directly into a
    // cell"; Excel.RangeValueType "Error" for such a cell.
    const standIn = await withFormulas(
      [["#N/A", "#div/0!", "=ISNA(A1)", "#N/A?"]],
      undefined,
      "values"
    );
    await standIn.Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:D1")
        .load("values, formulas, valueTypes");
      await context.sync();
      expect(range.values).toEqual([["#N/A", "#DIV/0!", true, "#N/A?"]]);
      expect(range.formulas).toEqual([["#N/A", "#DIV/0!", "=ISNA(A1)", "#N/A?"]]);
      expect(range.valueTypes).toEqual([["Error", "Error", "Boolean", "String"]]);
    });
  });
});

describe("Excel stand-in: implicit intersection", () => {
  it("takes the cell of a range in the formula's row or column with @, else #VALUE!", async () => {
    // support.microsoft.com "Implicit intersection operator: @": "If the value is a range, then
    // return the cell on the same row or column as the formula"; otherwise #VALUE!.
    const standIn = await withFormulas([[10], [20], [30], [null]], postsTable, "values");
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").formulas = [["=@A1:A3*2"]];
      sheet.getRange("B5").formulas = [["=@A1:A3"]];
      sheet.getRange("F3").formulas = [["=@Posts[Amount]"]];
      sheet.getRange("G1").formulas = [["=@A1:C1"]];
      await context.sync();
    });
    const cell = (a: string): unknown => standIn.workbook.sheet("Sheet1").cell(a).value;
    expect([cell("B2"), cell("B5"), cell("F3"), cell("G1")]).toEqual([
      40,
      "#VALUE!",
      20,
      "#VALUE!",
    ]);
  });
});

describe("Excel stand-in: formulas follow sheet renames and deletions", () => {
  it("rewrites references to a renamed sheet, quoting the new name as needed", async () => {
    // support.microsoft.com "Rename a worksheet": formulas that refer to the sheet are updated.
    const standIn = createExcelStandIn({ sheets: ["Sheet1", "Data"] });
    standIn.arrange.setValues("Data", "A1", [[7]]);
    standIn.arrange.setValues("Sheet1", "A1:B1", [["=Data!A1*2", '="Data!A1"']]);
    standIn.arrange.addName("Start", "=Data!$A$1");
    await standIn.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").name = "My data";
      await context.sync();
    });
    expect(standIn.workbook.sheet("Sheet1").cell("A1")).toMatchObject({
      formula: "='My data'!A1*2",
      value: 14,
    });
    expect(standIn.workbook.sheet("Sheet1").cell("B1").value).toBe("Data!A1");
    expect(standIn.model.findName("Start")?.formula).toBe("='My data'!$A$1");
  });

  it("turns references to a deleted sheet into #REF!", async () => {
    // support.microsoft.com "How to correct a #REF! error": deleting what a formula refers to
    // leaves #REF! in its place, e.g. "=#REF!A1".
    const standIn = createExcelStandIn({ sheets: ["Sheet1", "Data"] });
    standIn.arrange.setValues("Data", "A1", [[7]]);
    standIn.arrange.setValues("Sheet1", "A1", [["=Data!A1+1"]]);
    await standIn.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").delete();
      await context.sync();
    });
    expect(standIn.workbook.sheet("Sheet1").cell("A1")).toMatchObject({
      formula: "=#REF!A1+1",
      value: "#REF!",
    });
  });
});

describe("Excel stand-in: dynamic arrays spill", () => {
  // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dynamic-arrays: "Some Excel
  // formulas return Dynamic arrays. These fill the values of multiple cells outside of the
  // formula's original cell"; getSpillingToRange on "=A4:D4" in G4 gives "G4:J4".
  it("reads spilled values through values and formulas, and finds the spill range and parent", async () => {
    const standIn = await withFormulas([["=SEQUENCE(3)"]]);
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const area = sheet.getRange("A1:A3").load("values, formulas, hasSpill");
      const spill = sheet.getRange("A1").getSpillingToRange().load("address");
      const parent = sheet.getRange("A3").getSpillParent().load("address");
      const none = sheet.getRange("B1").getSpillingToRangeOrNullObject();
      const noParent = sheet.getRange("B1").getSpillParentOrNullObject();
      const mixed = sheet.getRange("A1:B1").load("hasSpill");
      await context.sync();
      expect(area.values).toEqual([[1], [2], [3]]);
      // A spilled cell has no formula of its own: its formula reads as its value.
      expect(area.formulas).toEqual([["=SEQUENCE(3)"], [2], [3]]);
      expect(spill.address).toBe("Sheet1!A1:A3");
      expect(parent.address).toBe("Sheet1!A1");
      expect([none.isNullObject, noParent.isNullObject]).toEqual([true, true]);
      // hasSpill: "Returns null if there are cells both with and without spill borders".
      expect([area.hasSpill, mixed.hasSpill]).toEqual([true, null]);
    });
  });

  it("spills a formula that is only a range, as in Microsoft's example", async () => {
    const standIn = await withFormulas([[1, 2, "x", null]], undefined, "values");
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A3").formulas = [["=A1:C1"]];
      const spill = sheet.getRange("A3").getSpillingToRange().load("address, values");
      sheet.getRange("A5").formulas = [['=IF(SEQUENCE(1,2)=2,NA(),"ok")']];
      const types = sheet.getRange("A5:B5").load("valueTypes");
      await context.sync();
      expect(spill.address).toBe("Sheet1!A3:C3");
      expect(spill.values).toEqual([[1, 2, "x"]]);
      // A spilled error is an error value (Excel.RangeValueType "Error"), like a formula's.
      expect(types.valueTypes).toEqual([["String", "Error"]]);
    });
  });

  it("shows #SPILL! when the spill area is not empty", async () => {
    // support.microsoft.com "How to correct a #SPILL! error": "the spill range isn't blank".
    const standIn = await withFormulas([["=SEQUENCE(3)"], [null], ["blocker"]]);
    expect(standIn.workbook.values("Sheet1", "A1:A3")).toEqual([["#SPILL!"], [""], ["blocker"]]);
    await expect(
      standIn.Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Sheet1")
          .getRange("A1")
          .getSpillingToRange()
          .load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("refuses getSpillParent on more than one cell", async () => {
    // @types/office-js Excel.Range.getSpillParent: "Fails if applied to a range with more than one cell."
    const standIn = await withFormulas([["=SEQUENCE(2)"]]);
    await expect(
      standIn.Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Sheet1")
          .getRange("A1:A2")
          .getSpillParent()
          .load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("Excel stand-in: functions of Excel 365 that KPI sheets use", () => {
  it("evaluates LET, TEXTJOIN, IFS, SWITCH, XLOOKUP, MAXIFS, MINIFS, AVERAGEIFS and CONCAT as documented", async () => {
    // support.microsoft.com pages of each function: LET "=LET(x, 1, x+1)" returns 2; TEXTJOIN
    // with ignore_empty TRUE skips empty values; IFS returns the value of the first TRUE
    // condition and #N/A when none is; XLOOKUP returns #N/A when nothing matches and no
    // if_not_found is given; MAXIFS/MINIFS/AVERAGEIFS take the cells that meet all criteria.
    const standIn = await withFormulas([
      ["North", 10, 1],
      ["South", 30, 2],
      ["North", 50, 3],
    ]);
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A5:L5").formulas = [
        [
          "=LET(x, 1, y, x+1, x+y)",
          '=TEXTJOIN(", ", TRUE, "a", "", "b")',
          '=IFS(B1>20,"big",B1>5,"mid")',
          '=IFS(FALSE,"never")',
          '=SWITCH(C2,1,"one",2,"two","other")',
          '=XLOOKUP("South",A1:A3,B1:B3)',
          '=XLOOKUP("East",A1:A3,B1:B3)',
          '=XLOOKUP("East",A1:A3,B1:B3,"none")',
          '=MAXIFS(B1:B3,A1:A3,"North")',
          '=MINIFS(B1:B3,A1:A3,"North")',
          '=AVERAGEIFS(B1:B3,A1:A3,"North",C1:C3,">0")',
          '=CONCAT(A1:A2,"!")',
        ],
      ];
      await context.sync();
    });
    expect(standIn.workbook.values("Sheet1", "A5:L5")).toEqual([
      [3, "a, b", "mid", "#N/A", "two", 30, "#N/A", "none", 50, 10, 30, "NorthSouth!"],
    ]);
  });

  it("evaluates XMATCH with an exact match, and RANK / RANK.EQ in both orders", async () => {
    // support.microsoft.com XMATCH: match_mode 0 (the default) is an exact match, #N/A when
    // nothing matches. RANK.EQ: "If order is 0 (zero) or omitted, Excel ranks number as if ref
    // were a list sorted in descending order"; a number not in ref gives #N/A.
    const standIn = await withFormulas([[10, 30, 50]]);
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A2:E2").formulas = [
        [
          "=XMATCH(30,A1:C1)",
          "=XMATCH(31,A1:C1)",
          "=RANK.EQ(10,A1:C1)",
          "=RANK(10,A1:C1,1)",
          "=RANK.EQ(11,A1:C1)",
        ],
      ];
      await context.sync();
    });
    expect(standIn.workbook.values("Sheet1", "A2:E2")).toEqual([[2, "#N/A", 3, 1, "#N/A"]]);
  });

  it("evaluates SORTBY by several keys in turn, ties keeping their order, and refuses keys of another length", async () => {
    // support.microsoft.com SORTBY: "=SORTBY(array, by_array1, [sort_order1], [by_array2,
    // sort_order2],…)", 1 ascending (default), -1 descending; "By_array arguments must either be
    // one row high or one column wide", "All of the arguments must be the same size", "If the sort
    // order argument is not -1 or 1, the formula will result in a #VALUE! error".
    const standIn = await withFormulas([
      ["a", 2, 10],
      ["b", 3, 5],
      ["c", 2, 30],
      ["d", 3, 5],
      ["e", 1, 0],
    ]);
    await standIn.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("E1:E5").formulas = [
        ["=SORTBY(A1:A5,B1:B5,-1,C1:C5,-1)"],
        [null],
        [null],
        [null],
        [null],
      ];
      sheet.getRange("F1:J1").formulas = [
        [
          "=INDEX(SORTBY(A1:A5,B1:B5),1)",
          "=INDEX(SORTBY(A1:C5,C1:C5,1,B1:B5,-1),2,1)",
          "=SORTBY(A1:A5,B1:B4)",
          "=SORTBY(A1:A5,B1:B5,2)",
          "=INDEX(SORTBY(A1:A5,B1:B5,1,A1:A5,-1),2)",
        ],
      ];
      await context.sync();
    });
    expect(standIn.workbook.values("Sheet1", "E1:E5").flat()).toEqual(["b", "d", "c", "a", "e"]);
    expect(standIn.workbook.values("Sheet1", "F1:J1")).toEqual([
      ["e", "b", "#VALUE!", "#VALUE!", "c"],
    ]);
  });

  it("evaluates date functions Excel and HyperFormula share", async () => {
    // support.microsoft.com EOMONTH/EDATE/WEEKDAY/ISOWEEKNUM; 46027 is 2026-01-05, a Monday.
    const standIn = await withFormulas([
      ["=EOMONTH(46027,1)", "=EDATE(46027,1)", "=WEEKDAY(46027)", "=ISOWEEKNUM(46027)"],
    ]);
    expect(standIn.workbook.values("Sheet1", "A1:D1")).toEqual([[46081, 46058, 2, 2]]);
  });

  it("evaluates worksheet-scoped names in formulas of their sheet", () => {
    // @types/office-js Excel.NamedItem.scope: "Specifies if the name is scoped to the workbook or
    // to a specific worksheet."
    const standIn = createExcelStandIn();
    const sheet = standIn.model.liveSheets()[0];
    if (!sheet) throw new Error("no sheet");
    sheet.names.push({
      name: "Goal",
      formula: "=40",
      comment: "",
      visible: true,
      sheet,
      workbook: standIn.model,
      deleted: false,
    });
    standIn.arrange.setValues("Sheet1", "A1", [["=Goal/2"]]);
    expect(standIn.workbook.values("Sheet1", "A1")).toEqual([[20]]);
  });
});

describe("Excel stand-in: local and R1C1 formulas", () => {
  it("reads formulasLocal and numberFormatLocal as the en-US formulas and formats", async () => {
    // @types/office-js Excel.Range.formulasLocal: "in the user's language and number-formatting
    // locale"; the stand-in's workbook is en-US, so they equal formulas and numberFormat.
    const standIn = await withFormulas([["=SUM(1.5, 2)"]], undefined, "formulasLocal");
    await standIn.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.numberFormatLocal = [["0.00"]];
      range.load("formulasLocal, numberFormat, numberFormatLocal, values");
      await context.sync();
      expect([
        range.formulasLocal,
        range.numberFormat,
        range.numberFormatLocal,
        range.values,
      ]).toEqual([[["=SUM(1.5, 2)"]], [["0.00"]], [["0.00"]], [[3.5]]]);
    });
  });

  it("writes and reads formulasR1C1 relative to each cell, and values for constants", async () => {
    // @types/office-js Excel.Range.formulasR1C1: "Represents the formula in R1C1-style notation.
    // If a cell has no formula, its value is returned instead."
    const standIn = await withFormulas(
      [[5, 7, "=R1C1+RC[-1]+R[0]C[-2]"]],
      undefined,
      "formulasR1C1"
    );
    expect(standIn.workbook.sheet("Sheet1").cell("C1")).toMatchObject({
      formula: "=$A$1+B1+A1",
      value: 17,
    });
    await standIn.Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:C1")
        .load("formulasR1C1");
      const below = context.workbook.worksheets.getItem("Sheet1").getRange("A3");
      below.formulas = [["=SUM(A1:B1)+$C$1"]];
      below.load("formulasR1C1");
      await context.sync();
      expect(range.formulasR1C1).toEqual([[5, 7, "=R1C1+RC[-1]+RC[-2]"]]);
      expect(below.formulasR1C1).toEqual([["=SUM(R[-2]C:R[-2]C[1])+R1C3"]]);
    });
    await expect(
      standIn.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulasR1C1 = [["=R[-1]C"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("Excel stand-in: number formats are checked when written", () => {
  // support.microsoft.com "Review guidelines for customizing a number format": up to four sections
  // separated by semicolons; text in double quotes; colours and conditions in square brackets.
  it.each([
    ['0.0.0%%"', "an unclosed quote"],
    ["[Red", "an unclosed bracket"],
    ["[Bogus]0", "an unknown bracket code"],
    ["0;0;0;@;0", "five sections"],
    ["0\\", "a trailing backslash"],
  ])("refuses %s (%s) with InvalidArgument", async (format) => {
    const standIn = createExcelStandIn();
    await expect(
      standIn.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").numberFormat = [[format]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("accepts the formats templates use", () => {
    for (const format of [
      "General",
      "0.0%",
      "#,##0;[Red]-#,##0",
      '[>=1000000]0.0,,"M";[>=1000]0.0,"K";0',
      "[$-409]mmm d, yyyy",
      '0 "posts"',
      "[h]:mm:ss",
      "_(* #,##0_)",
      "[Color10]0",
      "",
    ]) {
      expect(() => checkNumberFormat(format)).not.toThrow();
    }
  });
});

describe("Excel stand-in: derived ranges stay on the grid", () => {
  // @types/office-js Excel.Range.getCell / getOffsetRange: "An error will be thrown if the
  // offset… would go beyond the worksheet boundaries" (getOffsetRange).
  it.each([
    ["getCell(2000000, 0)", (r: Excel.Range) => r.getCell(2_000_000, 0)],
    ["getOffsetRange(-1, 0)", (r: Excel.Range) => r.getOffsetRange(-1, 0)],
    ["getOffsetRange(0, 16384)", (r: Excel.Range) => r.getOffsetRange(0, 16_384)],
    ["getResizedRange(1048576, 0)", (r: Excel.Range) => r.getResizedRange(1_048_576, 0)],
  ])("refuses %s with InvalidArgument", async (_name, derive) => {
    const standIn = createExcelStandIn();
    await expect(
      standIn.Excel.run(async (context) => {
        derive(context.workbook.worksheets.getItem("Sheet1").getRange("A1")).load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
