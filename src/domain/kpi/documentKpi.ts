import type { DocumentedKpiParam, KpiDefinition, KpiFunction, KpiReference } from "./kpiDefinition";

/**
 * A KPI's function joined with its reference: each argument gets its help, the function its name
 * in every language. An argument without help, or help for an argument the function does not
 * take, is a mistake in the sources: it throws when the registry loads, so the build and every
 * test that reads the registry fail on it.
 *
 * @example
 * documentKpi(ctrKpi, ctrReference).name //=> { en: "CTR", fr: "TAUX_CLIC" }
 */
export function documentKpi(kpi: KpiFunction, reference: KpiReference): KpiDefinition {
  const { frenchName, params: help, ...rest } = reference;
  const params = kpi.params.map((param): DocumentedKpiParam => {
    const description = help[param.id];
    if (!description) throw new Error(`${kpi.id}: no help for the argument ${param.id}.`);
    return { ...param, description };
  });
  const extra = Object.keys(help).filter((id) => !kpi.params.some((param) => param.id === id));
  if (extra.length > 0)
    throw new Error(`${kpi.id}: help for unknown arguments ${extra.join(", ")}.`);
  return { ...kpi, ...rest, name: { en: kpi.id, fr: frenchName }, params };
}
