import { createExcelStandIn } from "../support/excel";
test("smoke", async () => {
  const s = createExcelStandIn();
  const r = await s.Excel.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    range.values = [[1, 2], [3, "=A1+B1"]];
    range.format.font.bold = true;
    range.load("values, address, format/font/bold");
    await ctx.sync();
    const n = ctx.workbook.worksheets.getItemOrNullObject("Nope");
    await ctx.sync();
    return [range.values, range.address, range.format.font.bold, n.isNullObject];
  });
  console.log(JSON.stringify(r), s.stats);
  await expect(s.Excel.run(async (ctx) => { ctx.workbook.worksheets.getItem("Nope").load("name"); await ctx.sync(); })).rejects.toMatchObject({ code: "ItemNotFound" });
  await expect(s.Excel.run(async (ctx) => { ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1,2]]; await ctx.sync(); })).rejects.toMatchObject({ code: "InvalidArgument" });
});
