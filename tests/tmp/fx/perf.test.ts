import { createExcelStandIn } from "../../support/excel";
test("perf", async () => {
  const s = createExcelStandIn({ sheets: ["Data", "Out"] });
  const rows = Array.from({ length: 50_000 }, (_, i) => [i, "x", i * 2, "", "y"]);
  s.arrange.addTable("Data", "A1:E50001", { name: "T", values: [["a", "b", "c", "d", "e"], ...rows] });
  s.arrange.setValues("Out", "A1", [["=SUM(T[a])"]]);
  let t = Date.now();
  expect(s.workbook.values("Out", "A1")[0]?.[0]).toBeGreaterThan(0);
  console.log("first build", Date.now() - t);
  t = Date.now();
  for (let i = 0; i < 5; i++) {
    await s.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange(`A${i + 2}:E${i + 2}`);
      r.values = [[1, "z", 2, "", "w"]];
      r.load("values");
      await ctx.sync();
    });
  }
  console.log("5 write+read with blank", Date.now() - t);
});
