import { RecordRows } from "../../../src/domain/import/recordRows";

describe("the rows records were read from", () => {
  it("are given back for the records asked about, in the order they were noted", () => {
    const [a, b, c, d] = [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }];
    const rows = new RecordRows();
    rows.note([a, b], [2, 5]);
    rows.note([c, d], [9, 4]);
    expect(rows.rowsOf([d, c, a])).toEqual([2, 9, 4]);
  });

  it("are missing for a record never noted, even one equal to a noted record", () => {
    const rows = new RecordRows();
    rows.note([{ id: "a" }], [2]);
    expect(rows.rowsOf([{ id: "a" }])).toEqual([]);
  });
});
