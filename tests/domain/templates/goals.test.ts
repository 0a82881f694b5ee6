import { goalStatusLabels } from "../../../src/domain/kpi/goalStatus";
import { goalStatusReference } from "../../../src/domain/kpi/reference/goalStatus";
import { goalMetricNames, goalsTemplate } from "../../../src/domain/templates/goals";
import type { SheetSpec } from "../../../src/domain/templates/sheetSpec";

const formulas = (spec: SheetSpec): string[] =>
  spec.cells.flatMap((cell) => (cell.formula === undefined ? [] : [cell.formula]));

describe("the SMART goals sheet spec", () => {
  it("references no table when the workbook has none, so it applies before the first import", () => {
    const spec = goalsTemplate({}, "en");
    for (const formula of formulas(spec)) expect(formula).not.toMatch(/\w\[/);
  });

  it("references the tables under their actual names", () => {
    const spec = goalsTemplate({ posts: "Posts_SocialKPI", daily: "Daily" }, "en");
    const all = formulas(spec).join("\n");
    expect(all).toContain("Posts_SocialKPI[Engagements]");
    expect(all).toContain("Daily[Followers]");
    expect(all).not.toMatch(/(^|[^_\w])Posts\[/);
  });

  it("writes native formulas only: no custom function, no LET or LAMBDA", () => {
    const spec = goalsTemplate({ posts: "Posts", daily: "Daily" }, "fr");
    for (const formula of [
      ...formulas(spec),
      ...(spec.conditionalFormats ?? []).map((f) => f.formula),
    ]) {
      expect(formula).not.toMatch(/KPI\.|\bLET\(|\bLAMBDA\(/);
    }
  });

  it("scores the status with GOAL_STATUS's own native formula in the user's language", () => {
    const status = goalsTemplate({}, "fr").cells.find((cell) => cell.at === "P5");
    const native = goalStatusReference.nativeFormula(
      ["$G5", "$H5", "$L5", "$I5", "$J5", "$B$2"],
      "fr"
    );
    expect(status?.formula).toContain(native.slice(1));
  });

  it("keeps every cell the user types a goal in as an input, and owns no input cell", () => {
    const spec = goalsTemplate({}, "en", { rows: 3 });
    const inputs = (spec.inputs ?? []).map((input) => input.at);
    expect(inputs).toHaveLength(3 * 11);
    expect(inputs).toEqual(expect.arrayContaining(["A5", "K5", "A7", "K7"]));
    const owned = new Set(spec.cells.map((cell) => cell.at));
    expect(inputs.filter((at) => owned.has(at))).toEqual([]);
  });

  it("offers the registry's KPIs a goal can measure, in the user's language, without the goal functions", () => {
    const english = Object.values(goalMetricNames("en"));
    const french = Object.values(goalMetricNames("fr"));
    expect(english).toEqual(expect.arrayContaining(["ENGAGEMENT_RATE", "CPA", "IMPRESSIONS"]));
    expect(french).toEqual(expect.arrayContaining(["TAUX_ENGAGEMENT", "PORTEE"]));
    expect(english).not.toContain("GOAL_STATUS");
    expect(new Set(french).size).toBe(french.length);
  });

  it("colours each status word of the user's language", () => {
    const spec = goalsTemplate({}, "fr");
    const rules = (spec.conditionalFormats ?? []).map((f) => f.formula).join("\n");
    for (const word of Object.values(goalStatusLabels.fr)) expect(rules).toContain(`"${word}"`);
  });

  it("prints landscape with its header row repeated, the chart inside the print area", () => {
    const spec = goalsTemplate({}, "en", { rows: 10 });
    expect(spec.print).toEqual({ area: "A1:P34", orientation: "landscape", titleRows: "4:4" });
    expect(spec.charts?.[0]).toMatchObject({ source: "R4:T14", position: "A16:H34" });
  });
});
