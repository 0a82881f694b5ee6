import fc from "fast-check";
import type { ArgumentCell, KpiParam } from "../../src/domain/kpi/kpiDefinition";

/** One argument's cells as a test feeds them: a single cell, a column for range arguments, or omitted. */
export type KpiInput = ArgumentCell | readonly ArgumentCell[] | undefined;

const count = fc.oneof(
  { weight: 6, arbitrary: fc.nat({ max: 1_000_000 }) },
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.integer({ min: -50, max: -1 }) },
  { weight: 1, arbitrary: fc.constant(null) }
);
const date = fc.integer({ min: 45_900, max: 46_500 });
const cadence = fc.constantFrom(
  "weekly",
  "Monthly",
  "quarterly",
  "annual",
  "hebdomadaire",
  "mensuelle",
  "trimestriel",
  "annuel",
  "fortnightly"
);
const text = fc.constantFrom(
  "love it",
  "terrible",
  "nike",
  "rien à voir",
  "J'adore Nike",
  "",
  "not good"
);
const scoreCell = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -1, max: 11 }) },
  { weight: 1, arbitrary: fc.constant("n/a") },
  { weight: 1, arbitrary: fc.constant(null) }
);

/** One value of an element argument of this kind: the realistic values and the edge cases. */
export function cellArbitrary(param: KpiParam): fc.Arbitrary<ArgumentCell> {
  switch (param.kind) {
    case "date":
      return date;
    case "text":
      return param.id === "cadence" ? cadence : text;
    case "score":
      return fc.integer({ min: 0, max: 11 });
    case "number":
      return fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constant(0));
    default:
      return count;
  }
}

/** The input of one argument: a cell, a column of cells for range arguments, or omitted when optional. */
export function inputArbitrary(param: KpiParam): fc.Arbitrary<KpiInput> {
  const value: fc.Arbitrary<KpiInput> =
    param.shape === "range"
      ? param.kind === "text"
        ? fc.array(text, { minLength: 1, maxLength: 8 })
        : fc.array(scoreCell, { minLength: 1, maxLength: 12 })
      : cellArbitrary(param);
  return param.optional ? fc.option(value, { nil: undefined }) : value;
}
