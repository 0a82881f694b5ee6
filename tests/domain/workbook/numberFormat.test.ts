import fc from "fast-check";
import { numberFormat } from "../../../src/domain/workbook/numberFormat";
import { adsTable } from "../../../src/domain/workbook/adsTable";
import { audienceTable } from "../../../src/domain/workbook/audienceTable";
import { postsTable } from "../../../src/domain/workbook/postsTable";

describe("number formats", () => {
  it("follow from a value's type, text keeping General", () => {
    expect(numberFormat("integer")).toBe("#,##0");
    expect(numberFormat("date")).toBe("yyyy-mm-dd");
    expect(numberFormat("datetime")).toBe("yyyy-mm-dd hh:mm");
    expect(numberFormat("duration")).toBe("[h]:mm:ss");
    expect(numberFormat("share")).toBe("0.0%");
    expect(numberFormat("text")).toBeUndefined();
    expect(numberFormat("id")).toBeUndefined();
  });

  it("show money in an ISO 4217 currency, and plain two decimals for anything else", () => {
    fc.assert(
      fc.property(fc.string(), (currency) => {
        const format = numberFormat("money", { currency });
        expect(format).toBe(/^[A-Z]{3}$/.test(currency) ? `[$${currency}] #,##0.00` : "#,##0.00");
      })
    );
    expect(numberFormat("money", { currency: null })).toBe("#,##0.00");
  });

  it("show an audience value counted in people as a whole number", () => {
    expect(numberFormat("share", { unit: "count" })).toBe("#,##0");
    expect(numberFormat("share", { unit: "share" })).toBe("0.0%");
  });

  it("are chosen per row only where the record says its currency or unit", () => {
    const spend = adsTable.columns.find((c) => c.field === "spend")?.numberFormat;
    expect(typeof spend).toBe("function");
    const postSpend = postsTable.columns.find((c) => c.field === "spend")?.numberFormat;
    expect(postSpend).toBe("#,##0.00");
    const value = audienceTable.columns.find((c) => c.field === "value")?.numberFormat;
    expect(typeof value).toBe("function");
  });
});
