import { WORKBOOK_ERROR } from "../../../src/domain/workbook/workbookErrorCode";
import { checkRowLimit, MAX_SHEET_ROWS } from "../../../src/domain/workbook/rowLimit";

describe("checkRowLimit", () => {
  it("accepts a table that fills the sheet exactly", () => {
    expect(
      checkRowLimit({
        tableName: "Posts",
        headerRow: 0,
        dataRows: MAX_SHEET_ROWS - 1,
        appendedRows: 10,
      })
    ).toBeUndefined();
  });

  it("refuses one row more, saying how much room is left and what to do", () => {
    const error = checkRowLimit({
      tableName: "Posts",
      headerRow: 4,
      dataRows: MAX_SHEET_ROWS - 4,
      appendedRows: 100,
    });
    expect(error).toMatchObject({ code: WORKBOOK_ERROR.TOO_MANY_ROWS });
    expect(error?.message).toContain("add 100 rows to table Posts");
    expect(error?.message).toContain("room for 99 more");
    expect(error?.message).toContain("Nothing was written");
    expect(error?.message).toMatch(/shorter period|another workbook/);
  });
});
