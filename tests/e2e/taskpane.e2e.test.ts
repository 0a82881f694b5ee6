import { join } from "node:path";
import { kpiRegistry } from "../../src/domain/kpi/registry";
import { strings } from "../../src/taskpane/i18n/strings";
import { officeStub } from "./officeStub";
import { useBrowser, type OpenedPage } from "./support/browser";
import { screenshotsDir } from "./support/builds";

const session = useBrowser("production");
const screenshots = screenshotsDir();

/** Opens the built taskpane.html as Excel would, with office.js replaced by the stub. */
async function openPane(language: string, background: string, width = 350): Promise<OpenedPage> {
  const opened = await session.open("taskpane.html", { width, height: 900 }, (page) =>
    page.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({ contentType: "text/javascript", body: officeStub({ language, background }) })
    )
  );
  await opened.page.getByRole("heading", { level: 1 }).waitFor();
  return opened;
}

// A test opens the production page in a new tab and waits for React to render it: seconds, and
// more than Jest's default 5 when other suites share the processor.
jest.setTimeout(60_000);

describe("the task pane in Chromium", () => {
  it("registers every custom function from the shared-runtime page", async () => {
    const { page, errors } = await openPane("en-US", "#FFFFFF");
    const associated = await page.evaluate(
      () => (window as unknown as { __associated: string[] }).__associated
    );
    expect([...associated].sort()).toEqual(Object.keys(kpiRegistry).sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it("renders the Functions tab in English, by role, and its search narrows the list", async () => {
    const { page, errors } = await openPane("en-US", "#FFFFFF");
    await page.getByRole("tab", { name: "Functions" }).click();
    const reference = page.getByRole("region", { name: "KPI functions" });
    // The reference is downloaded when its tab is first opened.
    await reference.waitFor();
    await expect(reference.getByRole("listitem").count()).resolves.toBe(
      Object.keys(kpiRegistry).length
    );
    await expect(reference.getByText("KPI.CTR(clicks, impressions)").isVisible()).resolves.toBe(
      true
    );
    await expect(
      page.getByRole("button", { name: "Convert KPI formulas" }).isVisible()
    ).resolves.toBe(true);
    await page.screenshot({ path: join(screenshots, "taskpane-en.png") });
    await page.getByRole("searchbox", { name: "Search the functions" }).fill("taux clic");
    await page.getByText(`1 of ${Object.keys(kpiRegistry).length} functions`).waitFor();
    await expect(reference.getByRole("listitem").count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("speaks French and follows a dark Office theme", async () => {
    const { page, errors } = await openPane("fr-FR", "#262626");
    // The Import tab is shorter than the pane: the theme's background still reaches its bottom.
    const bottomIsThemed = await page.evaluate(
      () =>
        document
          .elementFromPoint(10, window.innerHeight - 2)
          ?.closest(".fui-FluentProvider") instanceof HTMLElement
    );
    expect(bottomIsThemed).toBe(true);
    await page.getByRole("tab", { name: "Fonctions" }).click();
    const reference = page.getByRole("region", { name: "Fonctions KPI" });
    await reference.waitFor();
    await expect(reference.getByText("=KPI.TAUX_CLIC(34; 1000)").isVisible()).resolves.toBe(true);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("fr");
    const background = await page.evaluate(() => {
      const provider = document.querySelector(".fui-FluentProvider");
      return provider ? getComputedStyle(provider).backgroundColor : "";
    });
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect((r + g + b) / 3).toBeLessThan(80);
    await page.screenshot({ path: join(screenshots, "taskpane-fr-dark.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the tab row on one line in the narrowest usual pane, in French and English", async () => {
    for (const [language, width] of [
      ["fr-FR", 320],
      ["en-US", 320],
      ["fr-FR", 350],
    ] as const) {
      const { page, errors } = await openPane(language, "#FFFFFF", width);
      await page
        .getByRole("main")
        .screenshot({ path: join(screenshots, `taskpane-tabs-${language}-${width}.png`) });
      const boxes = await page
        .getByRole("tab")
        .evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes).toHaveLength(Object.keys(strings.en.tabs).length);
      // One line: every tab on the first tab's row, and none past the pane's edge.
      for (const box of boxes) {
        expect(box.top).toBe(boxes[0]?.top);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
