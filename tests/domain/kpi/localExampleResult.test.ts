import { goalStatusLabels } from "../../../src/domain/kpi/goalStatus";
import { localExampleResult } from "../../../src/domain/kpi/localExampleResult";
import { kpiRegistry } from "../../../src/domain/kpi/registry";

describe("an example's result as the user's Excel shows it", () => {
  it("is the registry's result in English", () => {
    for (const { example } of Object.values(kpiRegistry)) {
      expect(localExampleResult(example.result, "en")).toBe(example.result);
    }
  });

  it("has decimal commas in French", () => {
    expect(localExampleResult("3.4%", "fr")).toBe("3,4%");
    expect(localExampleResult("0.50", "fr")).toBe("0,50");
    expect(localExampleResult("173", "fr")).toBe("173");
  });

  it("puts the day first in a French date", () => {
    expect(localExampleResult("2026-04-01", "fr")).toBe("01/04/2026");
  });

  it("gives a goal status in French, as the function returns it in a French Excel", () => {
    expect(localExampleResult(kpiRegistry.GOAL_STATUS.example.result, "fr")).toBe(
      goalStatusLabels.fr.atRisk
    );
  });

  it("leaves no decimal point in any French result of the registry", () => {
    for (const { example } of Object.values(kpiRegistry)) {
      expect(localExampleResult(example.result, "fr")).not.toMatch(/\d\.\d/);
    }
  });
});
