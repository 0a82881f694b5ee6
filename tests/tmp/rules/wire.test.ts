import { createExcelStandIn } from "../../support/excel";
test("wire", async () => {
  const s = createExcelStandIn({ sheets: ["Sheet1", "Lists"] });
  const orig = s.host.process.bind(s.host);
  (s.host as unknown as { process: (b: unknown) => string }).process = (b: unknown) => {
    console.log(JSON.stringify(b));
    return orig(b as never);
  };
  await s.Excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    const src = ctx.workbook.worksheets.getItem("Lists").getRange("A1:A3");
    sheet.getRange("B2:B5").dataValidation.rule = { list: { inCellDropDown: true, source: src }, wholeNumber: { formula1: src, operator: "Between", formula2: 4 } } as never;
    sheet.getRange("C1").dataValidation.rule = { date: { formula1: new Date(Date.UTC(2020,0,1)), operator: "GreaterThan" } } as never;
    const cf = sheet.getRange("A1:A3").conditionalFormats.add("CellValue");
    cf.cellValue.rule = { formula1: "=1", operator: "Bigger" as never };
    cf.cellValue.format.font.color = "red";
    cf.load("id,type");
    await ctx.sync().catch((e) => console.log(e));
  }).catch((e) => console.log(e));
});
