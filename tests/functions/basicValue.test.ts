import fc from "fast-check";
import { basicValue, type CellInput, isCellError } from "../../src/functions/basicValue";
import { cellValueArbitrary } from "../support/cellValueArbitrary";

// Shapes as @types/office-js declares Excel.CellValue; Excel hands them to `any` arguments
// because the metadata sets allowCustomDataForDataTypeAny.
const entity: Excel.EntityCellValue = {
  type: "Entity",
  text: "Paris",
  properties: { Population: { type: "Double", basicValue: 2_102_650 } },
};

describe("basicValue", () => {
  it("leaves plain values as they are and reads a missing cell as empty", () => {
    expect([3, "a", true, null, undefined].map((cell) => basicValue(cell))).toEqual([
      3,
      "a",
      true,
      null,
      null,
    ]);
  });

  it("reads number, formatted-number, text and boolean data types by their basic value", () => {
    const cells: CellInput[] = [
      { type: "Double", basicValue: 3 },
      { type: "FormattedNumber", basicValue: 0.25, numberFormat: "0%" },
      { type: "String", basicValue: "12%" },
      { type: "Boolean", basicValue: false },
      { type: "Empty", basicValue: "" },
    ];
    expect(cells.map(basicValue)).toEqual([3, 0.25, "12%", false, null]);
  });

  it("reads an entity and a linked entity by the text on their card", () => {
    const linked: Excel.LinkedEntityCellValue = {
      type: "LinkedEntity",
      text: "Microsoft Corp",
      basicValue: "#VALUE!",
      basicType: "Error",
      id: { domainId: "stocks", entityId: "msft", serviceId: 268, culture: "en-US" },
    };
    expect(basicValue(entity)).toBe("Paris");
    expect(basicValue(linked)).toBe("Microsoft Corp");
  });

  it("reads an error value as that error, by its text or else its error type", () => {
    const byText: Excel.NotAvailableErrorCellValue = { type: "Error", basicValue: "#N/A" };
    const byType: Excel.Div0ErrorCellValue = { type: "Error", errorType: "Div0" };
    const spill: Excel.SpillErrorCellValue = { type: "Error", basicValue: "#SPILL!" };
    expect([byText, byType, spill].map(basicValue)).toEqual([
      { kind: "CellError", error: "#N/A" },
      { kind: "CellError", error: "#DIV/0!" },
      { kind: "CellError", error: "#SPILL!" },
    ]);
  });

  it("reads a value with neither number nor text as #VALUE!, naming its data type", () => {
    const image: Excel.WebImageCellValue = {
      type: "WebImage",
      address: "https://example.com/logo.png",
      basicValue: "#VALUE!",
      basicType: "Error",
    };
    const bareEntity: Excel.EntityCellValue = { type: "Entity", basicValue: "#VALUE!" };
    expect([image, bareEntity].map(basicValue)).toEqual([
      { kind: "CellError", error: "#VALUE!", valueType: "WebImage" },
      { kind: "CellError", error: "#VALUE!", valueType: "Entity" },
    ]);
    expect(basicValue({ colour: "red" } as unknown as CellInput)).toEqual({
      kind: "CellError",
      error: "#VALUE!",
      valueType: "unknown",
    });
  });

  it("reads a value type this Excel cannot show by the basic value it falls back to", () => {
    const number: Excel.ValueTypeNotAvailableCellValue = {
      type: "NotAvailable",
      basicValue: 42,
      basicType: "Double",
    };
    const error: Excel.ValueTypeNotAvailableCellValue = {
      type: "NotAvailable",
      basicValue: "#N/A",
      basicType: "Error",
    };
    expect([number, error].map(basicValue)).toEqual([42, { kind: "CellError", error: "#N/A" }]);
  });

  it("never throws, gives a plain value or an error, and reads its own result unchanged", () => {
    fc.assert(
      fc.property(fc.oneof(cellValueArbitrary, fc.anything()), (cell) => {
        const value = basicValue(cell as CellInput);
        const plain = value === null || ["number", "string", "boolean"].includes(typeof value);
        expect(plain || isCellError(value) ? "plain or error" : value).toBe("plain or error");
        expect(basicValue(value)).toEqual(value);
      })
    );
  });
});
