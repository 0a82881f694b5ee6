import type { Language } from "../../../src/domain/common/language";
import {
  DASHBOARD_TILES,
  dashboardTemplate,
  dashboardTileRow,
} from "../../../src/domain/templates/dashboard";
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
    "keeps the period and platform as input cells with drop-downs, the platform list in the user's language (%s)",
    (language) => {
      const spec = dashboardTemplate({}, language);
      expect(spec.inputs?.map((input) => input.at)).toEqual(["B3", "B4", "B5"]);
      const platform = spec.validations?.find((v) => v.range === "B5")?.rule;
      const all = language === "fr" ? "Toutes" : "All";
      expect(platform).toEqual({ kind: "list", items: [all, ...SOCIAL_PLATFORMS] });
      expect(spec.inputs?.find((input) => input.at === "B5")?.initial).toBe(all);
      expect(spec.validations?.find((v) => v.range === "B3:B4")?.rule.kind).toBe("date");
    }
  );

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
