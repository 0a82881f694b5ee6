import fc from "fast-check";
import { goalRowValues, planGoalRow, withGoalAt } from "../../../src/domain/goals/goalRow";
import type { SmartGoal } from "../../../src/domain/goals/smartGoal";
import { goalsTemplate } from "../../../src/domain/templates/goals";

const goal: SmartGoal = {
  specific: "=Reach 4.5% engagement",
  owner: "Ana",
  metric: "ENGAGEMENT_RATE",
  platform: "instagram",
  baseline: 0.03,
  target: 0.045,
  achievableNote: "",
  relevantTo: "Brand awareness",
  start: 46_000,
  deadline: 46_100,
};

const EMPTY_INPUTS = Array<string>(11).fill("");
/** Columns A:L of a goals sheet from row 1: title, blank, blank, headings, then goal rows. */
function sheet(
  goalRows: readonly (readonly (string | number)[] | "empty")[],
  heading = "Specific goal"
) {
  return [
    ["SMART goals", ...Array<string>(11).fill("")],
    ["As of", "=TODAY()", ...Array<string>(10).fill("")],
    Array<string>(12).fill(""),
    [heading, "KPI", ...Array<string>(10).fill("")],
    ...goalRows.map((inputs) => [...(inputs === "empty" ? EMPTY_INPUTS : inputs), "=IFERROR(…)"]),
  ];
}
const TAKEN = ["Goal", "CPA", "", "", "Sales", "", 40, 30, 46_000, 46_100, ""];

describe("planGoalRow", () => {
  it("chooses the first goal row with nothing typed in it", () => {
    expect(planGoalRow(sheet([TAKEN, TAKEN, "empty", "empty"]), 0)).toEqual({
      row: 7,
      language: "en",
    });
  });

  it("never chooses a row with anything typed in it, even only an owner", () => {
    const ownerOnly = ["", "", "", "Ana", ...Array<string>(7).fill("")];
    expect(planGoalRow(sheet([ownerOnly, "empty"]), 0)).toMatchObject({ row: 6 });
  });

  it("grows the sheet by twenty rows when every goal row is taken", () => {
    expect(planGoalRow(sheet([TAKEN, TAKEN]), 0)).toEqual({ row: 7, growTo: 22, language: "en" });
  });

  it("skips rows a user typed below the goal rows when it grows the sheet", () => {
    const lines = [...sheet([TAKEN]), [...TAKEN.slice(0, 3), ...Array<string>(9).fill("")]];
    expect(planGoalRow(lines, 0)).toEqual({ row: 7, growTo: 21, language: "en" });
  });

  it("reads the rows where Excel's used range starts, and the sheet's language from its heading", () => {
    const lines = sheet(["empty"], "Objectif spécifique").slice(3);
    expect(planGoalRow(lines, 3)).toEqual({ row: 5, language: "fr" });
    expect(planGoalRow(sheet(["empty"], "My goals"), 0)).toEqual({ row: 5 });
  });

  it("always lands on a row whose inputs are empty, past no empty goal row", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 30 }), (taken) => {
        const lines = sheet(taken.map((t) => (t ? TAKEN : "empty")));
        const { row, growTo } = planGoalRow(lines, 0);
        const firstFree = taken.indexOf(false);
        expect(row).toBe(firstFree === -1 ? 5 + taken.length : 5 + firstFree);
        expect(growTo !== undefined).toBe(firstFree === -1);
      })
    );
  });
});

describe("goalRowValues", () => {
  it("writes the KPI by its name in the sheet's language, the platform by its name and the dates as serials", () => {
    expect(goalRowValues(goal, "fr")).toEqual([
      "=Reach 4.5% engagement",
      "TAUX_ENGAGEMENT",
      "Instagram",
      "Ana",
      "Brand awareness",
      "",
      0.03,
      0.045,
      46_000,
      46_100,
      "",
    ]);
    expect(goalRowValues({ ...goal, platform: undefined, current: 0.04 }, "en")).toEqual(
      expect.arrayContaining(["ENGAGEMENT_RATE", 0.04])
    );
  });
});

describe("withGoalAt", () => {
  it("makes the goal the initial content of its row's input cells, and only of those", () => {
    const spec = goalsTemplate({}, "en", { rows: 3 });
    const placed = withGoalAt(spec, 6, goalRowValues(goal, "en"));
    const initial = (at: string) => placed.inputs?.find((input) => input.at === at)?.initial;
    expect(initial("A6")).toBe(goal.specific);
    expect(initial("K6")).toBe("");
    expect(initial("H6")).toBe(0.045);
    expect(initial("A5")).toBe("");
    expect(placed.cells).toBe(spec.cells);
  });
});
