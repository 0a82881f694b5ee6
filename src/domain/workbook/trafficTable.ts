import { FORMATS, type TableSpec } from "./tableSpec";

const count = FORMATS.count;

/**
 * Table `Traffic`: web-analytics rows (GA4, Universal Analytics). Key: Source + Period Start +
 * Period End + Date + Dimension + Dimension Value. `Engagement Time` is a duration: multiply by
 * 86400 for seconds.
 *
 * @example
 * // =SUMIFS(Traffic[Sessions], Traffic[Dimension Value], "Organic Social")
 */
export const trafficTable = {
  kind: "traffic",
  tableName: "Traffic",
  sheetName: "Traffic",
  key: ["source", "periodStart", "periodEnd", "date", "dimension", "dimensionValue"],
  required: ["dimension", "dimensionValue"],
  columns: [
    { name: "Source", field: "source", type: "text" },
    { name: "Period Start", field: "periodStart", type: "date", numberFormat: FORMATS.date },
    { name: "Period End", field: "periodEnd", type: "date", numberFormat: FORMATS.date },
    { name: "Date", field: "date", type: "date", numberFormat: FORMATS.date },
    { name: "Dimension", field: "dimension", type: "text" },
    { name: "Dimension Value", field: "dimensionValue", type: "text" },
    { name: "Sessions", field: "sessions", type: "count", numberFormat: count },
    { name: "Users", field: "users", type: "count", numberFormat: count },
    { name: "New Users", field: "newUsers", type: "count", numberFormat: count },
    { name: "Engaged Sessions", field: "engagedSessions", type: "count", numberFormat: count },
    { name: "Key Events", field: "keyEvents", type: "count", numberFormat: count },
    { name: "Revenue", field: "revenue", type: "number", numberFormat: FORMATS.decimal },
    {
      name: "Engagement Time",
      field: "engagementTimeSeconds",
      type: "duration",
      numberFormat: FORMATS.duration,
    },
  ],
} as const satisfies TableSpec<"traffic">;
