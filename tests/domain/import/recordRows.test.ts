import { RecordRows } from "../../../src/domain/import/recordRows";

describe("the rows records were read from", () => {
  it("are given back for the records asked about, in the order they were noted", () => {
    const [a, b, c] = [{ id: "a" }, { id: "b" }, { id: "c" }];
    const rows = new RecordRows();
    rows.set(a, 2);
    rows.set(b, 5);
    rows.set(c, 9);
    expect(rows.rowsOf([c, a])).toEqual([2, 9]);
  });

  it("are missing for a record never noted, even one equal to a noted record", () => {
    const rows = new RecordRows();
    rows.set({ id: "a" }, 2);
    expect(rows.rowsOf([{ id: "a" }])).toEqual([]);
  });
});
