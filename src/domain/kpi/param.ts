import type { KpiContext, KpiParam, KpiParamKind, KpiParamShape } from "./kpiDefinition";

interface ParamOptions {
  readonly shape?: KpiParamShape;
  readonly optional?: true;
  readonly default?: number | ((context: KpiContext) => number);
}

/**
 * Declares a KPI argument: its English id (also its English name), French name, kind and the
 * one-line help Excel shows while the user types, in both languages.
 *
 * @example
 * param("count", "clicks", "clics", ["Clicks: a number or a range.", "Clics : un nombre ou une plage."])
 */
export function param(
  kind: KpiParamKind,
  id: string,
  frenchName: string,
  [en, fr]: readonly [string, string],
  { shape = "element", ...options }: ParamOptions = {}
): KpiParam {
  return {
    id,
    name: { en: id, fr: frenchName },
    description: { en, fr },
    kind,
    shape,
    ...(options.optional ? { optional: true } : {}),
    ...(options.default === undefined ? {} : { default: options.default }),
  };
}

/** Today, for optional "as of" dates: the reason such functions are declared volatile. */
export const today = (context: KpiContext): number => context.today;
