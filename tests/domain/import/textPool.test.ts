import fc from "fast-check";
import { TextPool } from "../../../src/domain/import/textPool";

describe("TextPool", () => {
  it("gives back every text as it was, repeated or not, short or long, before and after the pool closes", () => {
    const texts = fc.oneof(
      fc.constantFrom("SUGARLOAF", "Videos", "Photos", "", "é🥰"),
      fc.string({ maxLength: 40 })
    );
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 600 }), (column) => {
        const pool = new TextPool();
        expect(column.map((text) => pool.intern(text))).toEqual(column);
      })
    );
  });
});
