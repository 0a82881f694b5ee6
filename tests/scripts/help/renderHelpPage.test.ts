import { kpiRegistry } from "../../../src/domain/kpi/registry";
import { renderHelpPage } from "../../../scripts/help/renderHelpPage";

const page = renderHelpPage(Object.values(kpiRegistry));

describe("renderHelpPage", () => {
  it("has a section for every function, at the anchor its help link points to", () => {
    for (const id of Object.keys(kpiRegistry)) {
      expect(page).toContain(`<section id="${id.toLowerCase()}">`);
    }
  });

  it("shows each function's French name and example", () => {
    expect(page).toContain("=KPI.TAUX_ENGAGEMENT(interactions, base)");
    expect(page).toContain("=KPI.CTR(34, 1000)");
  });

  it("marks optional arguments and escapes formulas as text", () => {
    expect(page).toContain("=KPI.CSAT(scores, [threshold], [scale_max])");
    expect(page).toContain("&quot;&quot;");
    expect(page).not.toMatch(/<code>[^<]*"[^<]*<\/code>/);
  });

  it("says when Excel has no native equivalent", () => {
    const sentiment = page.slice(page.indexOf('<section id="sentiment">'));
    expect(sentiment.slice(0, sentiment.indexOf("</section>"))).toContain("no native equivalent");
  });
});
