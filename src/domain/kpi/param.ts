import type { KpiContext, KpiParam, KpiParamKind, KpiParamShape } from "./kpiDefinition";

interface ParamOptions {
  readonly shape?: KpiParamShape;
  readonly optional?: true;
  readonly default?: number | ((context: KpiContext) => number);
}

/**
 * Declares a KPI argument: its kind, English id (also its English name) and French name. Its help
 * text is in the KPI's reference (reference/), which the custom functions do not load.
 *
 * @example
 * param("count", "clicks", "clics")
 */
export function param(
  kind: KpiParamKind,
  id: string,
  frenchName: string,
  { shape = "element", ...options }: ParamOptions = {}
): KpiParam {
  return {
    id,
    name: { en: id, fr: frenchName },
    kind,
    shape,
    ...(options.optional ? { optional: true } : {}),
    ...(options.default === undefined ? {} : { default: options.default }),
  };
}

/** Today, for optional "as of" dates: the reason such functions are declared volatile. */
export const today = (context: KpiContext): number => context.today;
