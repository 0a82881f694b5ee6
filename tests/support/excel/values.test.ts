import { createExcelStandIn } from "./index";

async function write(
  values: unknown[][],
  options: { format?: string; property?: "values" | "formulas" } = {}
) {
  const standIn = createExcelStandIn();
  await standIn.Excel.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem("Sheet1")
      .getRange("A1")
      .getResizedRange(values.length - 1, (values[0]?.length ?? 1) - 1);
    if (options.format !== undefined)
      range.numberFormat = values.map((row) => row.map(() => options.format));
    if (options.property === "formulas") range.formulas = values as string[][];
    else range.values = values as string[][];
    await context.sync();
  });
  return standIn;
}

describe("Excel stand-in: writing values like Excel", () => {
  it("turns strings starting with = into formulas and evaluates them", async () => {
    const standIn = await write([["=1+2", "=A1*2"]]);
    expect(standIn.workbook.sheet("Sheet1").cell("B1")).toMatchObject({
      value: 6,
      formula: "=A1*2",
    });
  });

  it("turns +text, -text and @text into formulas that evaluate to #NAME?", async () => {
    const standIn = await write([["+hello", "-world", "@mention", "-5", "+", "-"]]);
    expect(standIn.workbook.values("Sheet1", "A1:F1")).toEqual([
      ["#NAME?", "#NAME?", "#NAME?", -5, "+", "-"],
    ]);
    expect(standIn.workbook.sheet("Sheet1").cell("A1").formula).toBe("=+hello");
  });

  it("parses numeric-looking strings, losing digits beyond 15 significant ones", async () => {
    const standIn = await write([["123", "1,234.5", "12%", "1.5E+3", "1234567890123456789"]]);
    const [row] = standIn.workbook.values("Sheet1", "A1:E1");
    expect(row?.slice(0, 4)).toEqual([123, 1234.5, 0.12, 1500]);
    expect(row?.[4]).toBe(1.23456789012346e18);
    expect(standIn.workbook.sheet("Sheet1").cell("C1").numberFormat).toBe("0%");
  });

  it("parses TRUE/FALSE as booleans and ISO dates as 1900-system serials", async () => {
    const standIn = await write([["TRUE", "false", "2026-01-05"]]);
    expect(standIn.workbook.values("Sheet1", "A1:C1")).toEqual([[true, false, 46027]]);
    expect(standIn.workbook.sheet("Sheet1").cell("C1")).toMatchObject({
      numberFormat: "yyyy-mm-dd",
      text: "2026-01-05",
    });
  });

  it("stores strings literally in text-formatted cells", async () => {
    const standIn = await write([["=1+1", "1234567890123456789", "TRUE", "-x"]], { format: "@" });
    expect(standIn.workbook.values("Sheet1", "A1:D1")).toEqual([
      ["=1+1", "1234567890123456789", "TRUE", "-x"],
    ]);
  });

  it("stores the rest of an apostrophe-prefixed string as text", async () => {
    const standIn = await write([["'=x", "'007"]]);
    expect(standIn.workbook.values("Sheet1", "A1:B1")).toEqual([["=x", "007"]]);
  });

  it("reads formulas as written, values as computed, and errors as strings", async () => {
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.formulas = [["=1/0", "=SUM(1,2)", "plain"]];
      range.load("values, formulas, valueTypes, text");
      await context.sync();
      expect(range.values).toEqual([["#DIV/0!", 3, "plain"]]);
      expect(range.formulas).toEqual([["=1/0", "=SUM(1,2)", "plain"]]);
      expect(range.valueTypes).toEqual([["Error", "Double", "String"]]);
      expect(range.text).toEqual([["#DIV/0!", "3", "plain"]]);
    });
  });

  it("rejects a 2-D array whose shape differs from the range with InvalidArgument", async () => {
    const standIn = createExcelStandIn();
    await expect(
      standIn.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("applies number formats to the displayed text", async () => {
    const standIn = createExcelStandIn();
    await standIn.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [[0.0345, 1234567.891, 46027]];
      range.numberFormat = [["0.0%", "#,##0.00", "d mmm yyyy"]];
      range.load("text");
      await context.sync();
      expect(range.text).toEqual([["3.5%", "1,234,567.89", "5 Jan 2026"]]);
    });
  });
});
