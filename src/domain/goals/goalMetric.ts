import type { KpiUnit } from "../kpi/kpiDefinition";
import { type KpiId, kpiRegistry } from "../kpi/registry";
import type { GoalMetric } from "../templates/goals";

/**
 * The unit of what a goal measures: a registry KPI's own, a count for the volumes (impressions,
 * reach) the KPI functions do not compute.
 *
 * @example
 * goalMetricUnit("ENGAGEMENT_RATE") //=> "fraction"
 * goalMetricUnit("REACH") //=> "count"
 */
export function goalMetricUnit(metric: GoalMetric): KpiUnit {
  return metric in kpiRegistry ? kpiRegistry[metric as KpiId].unit : "count";
}
