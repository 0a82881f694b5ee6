import { FORMATS, type TableSpec } from "./tableSpec";

/**
 * Table `Audience`: one segment of an audience breakdown. Key: Platform + Breakdown + Segment +
 * Unit. `Value` is a share (0–1, shown as a percent) when Unit is `share`, a head count when it
 * is `count`.
 *
 * @example
 * // =SUMIFS(Audience[Value], Audience[Breakdown], "age", Audience[Segment], "25-34")
 */
export const audienceTable = {
  kind: "audience",
  tableName: "Audience",
  sheetName: "Audience",
  key: ["platform", "breakdown", "segment", "unit"],
  required: ["breakdown", "segment"],
  columns: [
    { name: "Platform", field: "platform", type: "text" },
    { name: "Breakdown", field: "breakdown", type: "text" },
    { name: "Segment", field: "segment", type: "text" },
    {
      name: "Value",
      field: "value",
      type: "number",
      numberFormat: (segment) => (segment.unit === "share" ? FORMATS.share : FORMATS.count),
    },
    { name: "Unit", field: "unit", type: "text" },
  ],
} as const satisfies TableSpec<"audience">;
