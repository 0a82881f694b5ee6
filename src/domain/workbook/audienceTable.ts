import { RECORD_KEY } from "../import/fields";
import { tableSpec } from "./tableSpec";
/**
 * Table `Audience`: one segment of an audience breakdown. Key: Platform + Breakdown + Segment +
 * Unit. `Value` is a share (0–1, shown as a percent) when Unit is `share`, a head count when it
 * is `count`.
 *
 * @example
 * // =SUMIFS(Audience[Value], Audience[Breakdown], "age", Audience[Segment], "25-34")
 */
export const audienceTable = tableSpec({
  kind: "audience",
  tableName: "Audience",
  sheetName: "Audience",
  key: RECORD_KEY.audience,
  required: ["breakdown", "segment"],
  columns: [
    ["Platform", "platform"],
    ["Breakdown", "breakdown"],
    ["Segment", "segment"],
    ["Value", "value"],
    ["Unit", "unit"],
  ],
});
