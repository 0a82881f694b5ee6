import fc from "fast-check";

const errorText = fc.constantFrom(
  "#DIV/0!",
  "#N/A",
  "#NUM!",
  "#NULL!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#SPILL!",
  "#CALC!",
  "#BUSY!"
);
const errorType = fc.constantFrom("Div0", "NotAvailable", "Num", "Null", "Value", "Ref", "Spill");
const number = fc.oneof(fc.double(), fc.integer({ min: -1000, max: 1_000_000 }));
const text = fc.oneof(fc.string(), fc.constantFrom("12", "Love it", "Nike", "50%"));

/**
 * Cell-value objects as Excel hands them to custom functions that accept data types
 * (Excel.CellValue in @types/office-js), including partial shapes a newer Excel might send.
 */
export const cellValueArbitrary: fc.Arbitrary<Excel.CellValue> = fc.oneof(
  fc.record({ type: fc.constant("Double" as const), basicValue: number }),
  fc.record({
    type: fc.constant("FormattedNumber" as const),
    basicValue: number,
    numberFormat: fc.constantFrom("0.0%", "#,##0", "$#,##0.00"),
  }),
  fc.record({ type: fc.constant("String" as const), basicValue: text }),
  fc.record({ type: fc.constant("Boolean" as const), basicValue: fc.boolean() }),
  fc.record({ type: fc.constant("Empty" as const) }),
  fc.record(
    { type: fc.constant("Error" as const), basicValue: errorText, errorType },
    { requiredKeys: ["type"] }
  ),
  fc.record(
    {
      type: fc.constantFrom("Entity" as const),
      text,
      basicValue: fc.constant("#VALUE!"),
      basicType: fc.constant("Error" as const),
      properties: fc.constant({}),
    },
    { requiredKeys: ["type"] }
  ),
  fc.record({
    type: fc.constant("WebImage" as const),
    address: fc.constant("https://example.com/a.png"),
    basicValue: fc.constant("#VALUE!"),
    basicType: fc.constant("Error" as const),
  }),
  fc.record({
    type: fc.constant("NotAvailable" as const),
    basicValue: fc.oneof(number, text, fc.boolean(), errorText),
    basicType: fc.constantFrom("Double" as const, "String" as const, "Error" as const),
  })
) as fc.Arbitrary<Excel.CellValue>;
