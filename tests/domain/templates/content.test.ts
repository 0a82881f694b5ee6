import { dateToSerial } from "../../../src/domain/common/excelDate";
import type { Language } from "../../../src/domain/common/language";
import { contentLayout, contentTemplate } from "../../../src/domain/templates/content";
import type { SheetSpec } from "../../../src/domain/templates/sheetSpec";

const LANGUAGES: readonly Language[] = ["en", "fr"];
const L = contentLayout();

const formulasOf = (spec: SheetSpec): string[] =>
  spec.cells.flatMap((cell) => (cell.formula === undefined ? [] : [cell.formula]));
const cellAt = (spec: SheetSpec, at: string) => spec.cells.find((cell) => cell.at === at);

describe("the content performance template", () => {
  it.each(LANGUAGES)(
    "uses native formulas only, never KPI functions, LET or LAMBDA (%s)",
    (language) => {
      const formulas = formulasOf(contentTemplate({ posts: "Posts" }, language));
      expect(formulas.length).toBeGreaterThan(0);
      for (const formula of formulas) {
        expect(formula).toMatch(/^=/);
        expect(formula).not.toMatch(/\bKPI\.|\bLET\(|\bLAMBDA\(/i);
      }
    }
  );

  it("reads the posts table under its actual name", () => {
    const spec = contentTemplate({ posts: "Posts_SocialKPI" }, "en");
    for (const formula of formulasOf(spec).filter((f) => f.includes("[Published]"))) {
      expect(formula).not.toMatch(/(^|[^_\w])Posts\[/);
    }
    expect(cellAt(spec, L.gridCell(2, 9))?.formula).toContain("Posts_SocialKPI[Engagements]");
  });

  it("references no table when the workbook has no imported posts, and says there is no data", () => {
    const spec = contentTemplate({}, "fr");
    expect(formulasOf(spec)).toEqual([]);
    expect(cellAt(spec, L.postsPerWeek)?.value).toBe("Pas encore de données");
  });

  it("divides summed engagements by summed impressions, never averages rates", () => {
    const formula = cellAt(contentTemplate({ posts: "Posts" }, "en"), `G${L.allRow}`)?.formula;
    expect(formula).toMatch(/SUMIFS\(Posts\[Engagements\],.*\)\/SUMIFS\(Posts\[Impressions\],/);
    expect(formula).not.toMatch(/AVERAGE/);
  });

  it("keeps the period and the breakdown's platforms and post types as the user's input", () => {
    const spec = contentTemplate({ posts: "Posts" }, "en", { groupRows: 3 });
    const inputs = (spec.inputs ?? []).map((input) => input.at);
    const layout = contentLayout({ groupRows: 3 });
    expect(inputs).toEqual(
      expect.arrayContaining([L.from, L.to, `A${layout.firstGroupRow}`, `B${layout.lastGroupRow}`])
    );
    expect(formulasOf(spec).some((f) => f.includes(`$A${layout.lastGroupRow + 1}`))).toBe(false);
  });

  it("starts the breakdown with one row per social network, by name (LinkedIn, not linkedin)", () => {
    const spec = contentTemplate({ posts: "Posts" }, "en", { groupRows: 8 });
    const layout = contentLayout({ groupRows: 8 });
    const platforms = Array.from(
      { length: 8 },
      (_, i) => spec.inputs?.find((input) => input.at === `A${layout.firstGroupRow + i}`)?.initial
    );
    expect(platforms).toEqual([
      "Facebook",
      "Instagram",
      "X",
      "LinkedIn",
      "TikTok",
      "YouTube",
      "",
      "",
    ]);
  });

  it("sets From and To to a period chosen outside the sheet, and nothing without one", () => {
    const period = { start: dateToSerial(2026, 3, 1), end: dateToSerial(2026, 3, 31) };
    const sets = (spec: SheetSpec) =>
      (spec.inputs ?? []).flatMap(({ at, set }) => (set === undefined ? [] : [[at, set]]));

    expect(sets(contentTemplate({ posts: "Posts" }, "en", { period }))).toEqual([
      [L.from, period.start],
      [L.to, period.end],
    ]);
    expect(sets(contentTemplate({ posts: "Posts" }, "en"))).toEqual([]);
  });

  it("shades the weekday × hour grid with a colour scale and prints landscape with repeated headings", () => {
    const spec = contentTemplate({ posts: "Posts" }, "en");
    expect(spec.colorScales).toEqual([expect.objectContaining({ range: L.gridRange })]);
    expect(spec.print).toEqual(
      expect.objectContaining({
        orientation: "landscape",
        titleRows: `${L.headerRow}:${L.headerRow}`,
      })
    );
  });
});
