import { RECORD_KEY } from "../import/fields";
import { tableSpec } from "./tableSpec";
/**
 * Table `Traffic`: web-analytics rows (GA4, Universal Analytics). Key: Source + Period Start +
 * Period End + Date + Dimension + Dimension Value. `Engagement Time` is a duration: multiply by
 * 86400 for seconds.
 *
 * @example
 * // =SUMIFS(Traffic[Sessions], Traffic[Dimension Value], "Organic Social")
 */
export const trafficTable = tableSpec({
  kind: "traffic",
  tableName: "Traffic",
  sheetName: "Traffic",
  key: RECORD_KEY.traffic,
  required: ["dimension", "dimensionValue"],
  columns: [
    ["Source", "source"],
    ["Period Start", "periodStart"],
    ["Period End", "periodEnd"],
    ["Date", "date"],
    ["Dimension", "dimension"],
    ["Dimension Value", "dimensionValue"],
    ["Sessions", "sessions"],
    ["Users", "users"],
    ["New Users", "newUsers"],
    ["Engaged Sessions", "engagedSessions"],
    ["Key Events", "keyEvents"],
    ["Revenue", "revenue"],
    ["Engagement Time", "engagementTimeSeconds"],
  ],
});
