import { parseRememberedSheets } from "../../../src/domain/templates/rememberedSheets";

describe("remembered template sheets", () => {
  it("keep well-formed entries and drop the rest", () => {
    expect(
      parseRememberedSheets({
        goals: { id: "{S1}", name: "Goals" },
        dashboard: { id: 3, name: "Dashboard" },
        budget: "Budget",
      })
    ).toEqual({ goals: { id: "{S1}", name: "Goals" } });
  });

  it("read as none when the setting is missing or not an object", () => {
    expect(parseRememberedSheets(undefined)).toEqual({});
    expect(parseRememberedSheets("goals")).toEqual({});
  });
});
