import { dateToSerial } from "../../../src/domain/common/excelDate";
import type { Language } from "../../../src/domain/common/language";
import {
  DASHBOARD_TILES,
  dashboardTemplate,
  dashboardTileRow,
} from "../../../src/domain/templates/dashboard";
import { PLATFORM_NAMES } from "../../../src/domain/import/platformNames";
import { SOCIAL_PLATFORMS } from "../../../src/domain/import/schema";
import type { SheetSpec } from "../../../src/domain/templates/sheetSpec";

const LANGUAGES: readonly Language[] = ["en", "fr"];
const ALL_TABLES = { posts: "Posts", daily: "Daily", mentions: "Mentions", traffic: "Traffic" };

const formulasOf = (spec: SheetSpec): string[] => [
  ...spec.cells.flatMap((cell) => (cell.formula === undefined ? [] : [cell.formula])),
  ...(spec.conditionalFormats ?? []).map((format) => format.formula),
];
const cellAt = (spec: SheetSpec, at: string) => spec.cells.find((cell) => cell.at === at);

describe("the KPI dashboard template", () => {
  it.each(LANGUAGES)(
    "uses native formulas only, never KPI functions, LET or LAMBDA (%s)",
    (language) => {
      for (const formula of formulasOf(dashboardTemplate(ALL_TABLES, language))) {
        expect(formula).toMatch(/^=/);
        expect(formula).not.toMatch(/\bKPI\.|\bLET\(|\bLAMBDA\(/i);
      }
    }
  );

  it("references the tables under their actual names", () => {
    const spec = dashboardTemplate({ posts: "Posts_SocialKPI", daily: "Daily_2" }, "en");
    const formulas = formulasOf(spec).join("\n");
    expect(formulas).toContain("Posts_SocialKPI[Impressions]");
    expect(formulas).toContain("Daily_2[Followers]");
    expect(formulas).not.toMatch(/\bPosts\[/);
  });

  it("references no table when nothing was imported, every tile saying there is no data yet", () => {
    const spec = dashboardTemplate({}, "en");
    expect(formulasOf(spec).filter((formula) => formula.includes("["))).toEqual([]);
    for (const tile of DASHBOARD_TILES) {
      expect(cellAt(spec, `B${dashboardTileRow(tile)}`)?.formula).toBe('="No data yet"');
    }
  });

  it("computes rates as ratios of sums over the period, never averages of rates", () => {
    const spec = dashboardTemplate(ALL_TABLES, "en");
    const rate = cellAt(spec, `B${dashboardTileRow("engagementRate")}`)?.formula ?? "";
    expect(rate).toMatch(
      /^=IFERROR\(SUMIFS\(Posts\[Engagements\],.*\)\/SUMIFS\(Posts\[Impressions\],/
    );
    expect(formulasOf(spec).join("\n")).not.toMatch(/AVERAGE/);
  });

  it("says there is no data for the KPIs no imported table covers: CSAT and share of voice", () => {
    const spec = dashboardTemplate(ALL_TABLES, "fr");
    for (const tile of ["csat", "shareOfVoice"] as const) {
      expect(cellAt(spec, `B${dashboardTileRow(tile)}`)?.formula).toBe('="Pas encore de données"');
    }
  });

  it.each(LANGUAGES)(
    "keeps the period and platform as input cells with drop-downs, the platforms by name, every platform in the user's language (%s)",
    (language) => {
      const spec = dashboardTemplate({}, language);
      expect(spec.inputs?.map((input) => input.at)).toEqual(["B3", "B4", "B5"]);
      const platform = spec.validations?.find((v) => v.range === "B5")?.rule;
      const all = language === "fr" ? "Toutes" : "All";
      expect(platform).toEqual({
        kind: "list",
        items: [all, "Facebook", "Instagram", "X", "LinkedIn", "TikTok", "YouTube"],
      });
      expect(spec.inputs?.find((input) => input.at === "B5")?.initial).toBe(all);
      expect(spec.validations?.find((v) => v.range === "B3:B4")?.rule.kind).toBe("date");
    }
  );

  it("names each social network in the per-platform table as the filter does, never by its id", () => {
    const spec = dashboardTemplate(ALL_TABLES, "en");
    const names = spec.cells.filter((cell) => /^A\d+$/.test(cell.at)).map((cell) => cell.value);
    for (const id of SOCIAL_PLATFORMS) {
      expect(names).toContain(PLATFORM_NAMES[id]);
      expect(names).not.toContain(id);
    }
  });

  it("sets no input cell without options, so a refresh keeps what the user typed", () => {
    expect(dashboardTemplate(ALL_TABLES, "en").inputs?.filter((input) => "set" in input)).toEqual(
      []
    );
  });

  it("sets the period and platform chosen outside the sheet over their input cells, the platform by name", () => {
    const start = dateToSerial(2026, 1, 5);
    const end = dateToSerial(2026, 1, 18);
    const spec = dashboardTemplate(ALL_TABLES, "en", {
      period: { start, end },
      platform: "instagram",
    });
    expect(spec.inputs?.map(({ at, set }) => [at, set])).toEqual([
      ["B3", start],
      ["B4", end],
      ["B5", "Instagram"],
    ]);
  });

  it.each([
    ["en", "All"],
    ["fr", "Toutes"],
  ] as const)(
    "sets every platform as the sheet's own word for it (%s: %s), which its formulas read as no filter",
    (language, all) => {
      const spec = dashboardTemplate(ALL_TABLES, language, { platform: "all" });
      expect(spec.inputs?.find((input) => input.at === "B5")?.set).toBe(all);
      expect(cellAt(spec, `B${dashboardTileRow("reach")}`)?.formula).toContain(`$B$5="${all}"`);
    }
  );

  it("sets only what is chosen: a platform leaves the period's cells to the user", () => {
    const spec = dashboardTemplate({}, "en", { platform: "x" });
    expect(spec.inputs?.filter((input) => input.set !== undefined).map((i) => i.at)).toEqual([
      "B5",
    ]);
  });

  it("prints landscape, one page wide, with the title and period rows on every page", () => {
    const print = dashboardTemplate({}, "en").print;
    expect(print).toMatchObject({ orientation: "landscape", titleRows: "1:5", fitColumns: true });
    expect(print?.area).toMatch(/^A1:L\d+$/);
  });

  it("plots the engagement rate as a line on the secondary axis of the impressions chart", () => {
    const [overTime] = dashboardTemplate({}, "en").charts ?? [];
    expect(overTime).toMatchObject({ type: "columnClustered", lineOnSecondaryAxis: [1] });
  });
});
