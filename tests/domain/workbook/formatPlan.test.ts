import { planFormats } from "../../../src/domain/workbook/formatPlan";

describe("planFormats", () => {
  const written = [
    { row: 2, record: { currency: "EUR" } },
    { row: 10, record: { currency: "EUR" } },
    { row: 11, record: { currency: "EUR" } },
    { row: 12, record: { currency: "USD" } },
  ];
  const money = (r: { currency: string }): string => `[$${r.currency}] #,##0.00`;

  it("formats appended rows once per fixed-format column, new columns from the first row", () => {
    const runs = planFormats({
      formats: ["#,##0", undefined, "yyyy-mm-dd"],
      positions: [0, 1, 5],
      firstNewColumn: 5,
      appended: { from: 10, to: 13 },
      written,
    });
    expect(runs).toEqual([
      { column: 0, row: 10, rows: 3, format: "#,##0" },
      { column: 5, row: 0, rows: 13, format: "yyyy-mm-dd" },
    ]);
  });

  it("formats every written row of a per-record column, in runs of equal formats", () => {
    const runs = planFormats({
      formats: [money],
      positions: [4],
      firstNewColumn: 9,
      appended: { from: 10, to: 13 },
      written,
    });
    expect(runs).toEqual([
      { column: 4, row: 2, rows: 1, format: "[$EUR] #,##0.00" },
      { column: 4, row: 10, rows: 2, format: "[$EUR] #,##0.00" },
      { column: 4, row: 12, rows: 1, format: "[$USD] #,##0.00" },
    ]);
  });

  it("formats nothing when nothing is appended", () => {
    expect(
      planFormats({
        formats: ["#,##0"],
        positions: [0],
        firstNewColumn: 3,
        appended: { from: 4, to: 4 },
        written: [],
      })
    ).toEqual([]);
  });
});
