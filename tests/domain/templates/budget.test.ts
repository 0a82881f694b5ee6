import type { Language } from "../../../src/domain/common/language";
import {
  BUDGET_LAYOUT,
  BUDGET_PLATFORMS,
  budgetTemplate,
} from "../../../src/domain/templates/budget";
import type { SheetSpec } from "../../../src/domain/templates/sheetSpec";

const LANGUAGES: readonly Language[] = ["en", "fr"];
const C = BUDGET_LAYOUT.columns;
const { firstRow, lastRow, totalRow } = BUDGET_LAYOUT;

const formulasOf = (spec: SheetSpec): string[] => [
  ...spec.cells.flatMap((cell) => (cell.formula === undefined ? [] : [cell.formula])),
  ...(spec.conditionalFormats ?? []).map((format) => format.formula),
];
const inputAt = (spec: SheetSpec, at: string) => spec.inputs?.find((input) => input.at === at);
const cellAt = (spec: SheetSpec, at: string) => spec.cells.find((cell) => cell.at === at);
const FIGURES = ["spend", "impressions", "clicks", "conversions", "revenue"] as const;

describe("the budget allocation template", () => {
  it.each(LANGUAGES)(
    "uses native formulas only, never KPI functions, LET or LAMBDA (%s)",
    (language) => {
      for (const formula of formulasOf(budgetTemplate({ ads: "Ads" }, language))) {
        expect(formula).toMatch(/^=/);
        expect(formula).not.toMatch(/\bKPI\.|\bLET\(|\bLAMBDA\(/i);
      }
    }
  );

  it("sums the figures from the Ads table under its actual name", () => {
    const spec = budgetTemplate({ ads: "Ads_SocialKPI" }, "en");
    expect(cellAt(spec, `${C.spend}${firstRow}`)?.formula).toContain(
      "SUMIFS(Ads_SocialKPI[Spend],Ads_SocialKPI[Platform],$B7"
    );
    expect(cellAt(spec, `${C.revenue}${firstRow}`)?.formula).toContain(
      "Ads_SocialKPI[Conversion Value]"
    );
    expect(cellAt(spec, BUDGET_LAYOUT.currency)?.formula).toContain("Ads_SocialKPI[Currency]");
    expect(formulasOf(spec).some((formula) => /(^|[^_])Ads\[/.test(formula))).toBe(false);
  });

  it("references no table without imported ads, leaving the figures and the currency to type in", () => {
    const spec = budgetTemplate({ posts: "Posts" }, "en");
    expect(formulasOf(spec).filter((formula) => formula.includes("["))).toEqual([]);
    for (const figure of FIGURES) {
      expect(inputAt(spec, `${C[figure]}${firstRow}`)?.initial).toBe("");
    }
    expect(inputAt(spec, BUDGET_LAYOUT.currency)?.initial).toBe("");
  });

  it("sets a currency chosen outside the sheet over the Ads table's or the typed one", () => {
    for (const tables of [{}, { ads: "Ads" }]) {
      const spec = budgetTemplate(tables, "en", { currency: "CHF" });
      expect(inputAt(spec, BUDGET_LAYOUT.currency)?.set).toBe("CHF");
      expect(cellAt(spec, BUDGET_LAYOUT.currency)).toBeUndefined();
    }
  });

  it("sets no input cell without options: the currency comes from the Ads table or stays as typed", () => {
    const withAds = budgetTemplate({ ads: "Ads" }, "en");
    const withoutAds = budgetTemplate({}, "en");
    for (const spec of [withAds, withoutAds]) {
      expect(spec.inputs?.filter((input) => input.set !== undefined)).toEqual([]);
    }
    expect(inputAt(withAds, BUDGET_LAYOUT.currency)).toBeUndefined();
    expect(inputAt(withoutAds, BUDGET_LAYOUT.currency)).toEqual({
      at: BUDGET_LAYOUT.currency,
      initial: "",
    });
  });

  it("keeps platforms, budgets, limits and the campaign filter as the user's input, with ads or without", () => {
    for (const tables of [{}, { ads: "Ads" }]) {
      const spec = budgetTemplate(tables, "en");
      const inputs = new Set(spec.inputs?.map((input) => input.at));
      expect(inputs).toContain(BUDGET_LAYOUT.campaign);
      BUDGET_PLATFORMS.forEach((platform, i) => {
        const row = firstRow + i;
        expect(inputAt(spec, `${C.platform}${row}`)?.initial).toBe(platform);
        for (const column of ["budget", "minShare", "maxShare"] as const) {
          expect(inputs).toContain(`${C[column]}${row}`);
        }
      });
      // No cell is both the template's and the user's.
      expect(spec.cells.filter((cell) => inputs.has(cell.at))).toEqual([]);
    }
  });

  it("computes the totals' KPIs from the totals, not by averaging the platforms' KPIs", () => {
    const spec = budgetTemplate({ ads: "Ads" }, "en");
    expect(cellAt(spec, `${C.cpc}${totalRow}`)?.formula).toContain(
      `${C.spend}${totalRow}/${C.clicks}${totalRow}`
    );
    expect(cellAt(spec, `${C.spend}${totalRow}`)?.formula).toBe(
      `=SUM($${C.spend}$${firstRow}:$${C.spend}$${lastRow})`
    );
    expect(formulasOf(spec).some((formula) => formula.includes("AVERAGE"))).toBe(false);
  });

  it.each(LANGUAGES)(
    "names the sheet, headings and chart titles in the language (%s)",
    (language) => {
      const spec = budgetTemplate({}, language);
      const expected = {
        en: ["Budget allocation", "Platform", "Suggested budget", "ROAS by platform"],
        fr: ["Répartition du budget", "Plateforme", "Budget suggéré", "ROAS par plateforme"],
      }[language];
      expect([
        spec.sheetName,
        cellAt(spec, `${C.platform}${BUDGET_LAYOUT.headerRow}`)?.value,
        cellAt(spec, `${C.suggestedBudget}${BUDGET_LAYOUT.headerRow}`)?.value,
        spec.charts?.[1]?.title,
      ]).toEqual(expected);
    }
  );

  it("prints landscape, one page wide, with the header row on every page and the charts inside the area", () => {
    const spec = budgetTemplate({}, "en");
    expect(spec.print).toEqual({
      area: expect.stringMatching(/^A1:U\d+$/),
      orientation: "landscape",
      titleRows: "6:6",
      fitColumns: true,
    });
    const lastPrinted = Number(spec.print?.area.replace(/^A1:U/, ""));
    for (const chart of spec.charts ?? []) {
      expect(Number(chart.position.replace(/^.*:[A-Z]+/, ""))).toBeLessThanOrEqual(lastPrinted);
    }
  });
});
