import { kpiRegistry } from "../../src/domain/kpi/registry";
import { evaluateKpi } from "../../src/functions/evaluateKpi";
import { kpiContext } from "../../src/functions/kpiContext";
import { compare } from "../compare";
import type { Figures } from "../figure";

const ROWS = 100_000;

/**
 * `=KPI.ENGAGEMENT_RATE(A2:A100001, B2:B100001)` through the real wrapper (coercion, blanks,
 * broadcasting, errors) against the cheapest code that could answer: a bare division loop
 * building the same 2-D result. Target ≤ 2×.
 */
export function functionsThroughput(): Figures {
  const engagements = Array.from({ length: ROWS }, (_, i) => [(i * 7919) % 5000]);
  const reach = Array.from({ length: ROWS }, (_, i) => [1 + ((i * 104729) % 90000)]);

  const bareLoop = () => {
    const out = new Array<number[]>(ROWS);
    for (let i = 0; i < ROWS; i++) out[i] = [(engagements[i]?.[0] ?? 0) / (reach[i]?.[0] ?? 1)];
    return out;
  };
  const context = kpiContext();
  const wrapper = () => evaluateKpi(kpiRegistry.ENGAGEMENT_RATE, [engagements, reach], context);

  const { ratio, baselineMs, subjectMs } = compare(bareLoop, wrapper);
  return {
    "functions.engagement_rate_100k.ratio_vs_loop": {
      value: ratio,
      unit: "ratio",
      note: `median of 31 interleaved rounds; wrapper ${subjectMs.toFixed(2)} ms, bare loop ${baselineMs.toFixed(2)} ms; target ≤ 2`,
    },
    "functions.engagement_rate_100k.wrapper_ms": { value: subjectMs, unit: "ms" },
  };
}
