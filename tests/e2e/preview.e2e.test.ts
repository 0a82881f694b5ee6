import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SAMPLES, sampleUrl } from "../../preview/samples";
import { screenshotsDir } from "./support/builds";
import { openPreview, type PreviewWindow, useBrowser, whenIdle } from "./support/browser";

const root = join(__dirname, "..", "..");
const session = useBrowser("development");
const screenshots = screenshotsDir();

// A development bundle (React, Fluent, the stand-in, HyperFormula, unminified) takes seconds to
// load on a busy machine.
jest.setTimeout(90_000);

describe("the preview page in Chromium", () => {
  it("shows the real task pane beside the stand-in's workbook, without errors", async () => {
    const { page, errors } = await openPreview(session);
    await expect(
      page.getByRole("heading", { level: 1, name: "Social KPI" }).isVisible()
    ).resolves.toBe(true);
    await expect(
      page.getByRole("tab", { name: "Import", selected: true }).isVisible()
    ).resolves.toBe(true);
    await expect(page.getByRole("table", { name: "Sheet1" }).isVisible()).resolves.toBe(true);
    await expect(
      page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Sheet1" }).count()
    ).resolves.toBe(1);
    await page.screenshot({ path: join(screenshots, "preview-en.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("redraws the workbook after an Excel.run: values, a table and a drawn chart", async () => {
    const { page, errors } = await openPreview(session);
    const rendersBefore = await page.evaluate(
      () => (window as unknown as PreviewWindow).__preview.renders
    );
    // The `Excel` global is the stand-in's: production code's calls, made from the page.
    await page.evaluate(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1:C5").values = [
          ["Month", "Reach", "Engagement rate"],
          ["Jan", 1200, 0.031],
          ["Feb", 1850, 0.042],
          ["Mar", 1600, 0.027],
          ["Apr", 2300, 0.048],
        ];
        sheet.getRange("C2:C5").numberFormat = [["0.0%"], ["0.0%"], ["0.0%"], ["0.0%"]];
        sheet.tables.add("A1:C5", true).name = "Monthly";
        const chart = sheet.charts.add(
          Excel.ChartType.columnClustered,
          sheet.getRange("A1:C5"),
          Excel.ChartSeriesBy.columns
        );
        chart.title.text = "Reach and engagement";
        const rate = chart.series.getItemAt(1);
        rate.chartType = Excel.ChartType.lineMarkers;
        rate.axisGroup = Excel.ChartAxisGroup.secondary;
        chart.setPosition("E2", "L18");
        await context.sync();
      })
    );
    await page.waitForFunction(
      (before) => (window as unknown as PreviewWindow).__preview.renders > before,
      rendersBefore
    );
    await whenIdle(page);
    const grid = page.getByRole("table", { name: "Sheet1" });
    await expect(grid.getByRole("cell", { name: "4.8%" }).count()).resolves.toBe(1);
    await expect(grid.locator("td.table-header").first().getAttribute("title")).resolves.toBe(
      "Monthly"
    );
    const chart = page.getByRole("img", { name: "Reach and engagement" });
    await expect(chart.isVisible()).resolves.toBe(true);
    await expect(chart.locator("g.series rect").count()).resolves.toBe(4);
    await expect(chart.locator("g.series polyline").count()).resolves.toBe(1);
    await page.screenshot({ path: join(screenshots, "preview-chart.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("serves every sample export for download, byte for byte", async () => {
    const { page, errors } = await openPreview(session);
    const samples = page.getByRole("region", { name: "Sample exports" });
    for (const sample of SAMPLES) {
      const link = samples.getByRole("link", { name: `Download: ${sample.label}` });
      await expect(link.getAttribute("href")).resolves.toBe(sampleUrl(sample));
      const bytes = await page.evaluate(async (href) => {
        const response = await fetch(href);
        return [...new Uint8Array(await response.arrayBuffer())];
      }, sampleUrl(sample));
      const fixture = readFileSync(join(root, "tests", "fixtures", "exports", sample.fixture));
      expect(Buffer.from(bytes).equals(fixture)).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("drops a sample on the pane's drop zone, or says the pane has none", async () => {
    const { page, errors } = await openPreview(session);
    const first = SAMPLES[0];
    if (!first) throw new Error("no samples");
    const button = page.getByRole("button", { name: `Drop into pane: ${first.label}` });
    await page.waitForFunction(
      (name) =>
        [...document.querySelectorAll("button")].some(
          (b) => b.getAttribute("aria-label") === name && !b.disabled
        ),
      `Drop into pane: ${first.label}`
    );
    await page.evaluate(() => {
      // Capturing, so the pane's own handler cannot hide the event from the test.
      document.addEventListener(
        "drop",
        (event) => {
          const file = event.dataTransfer?.files[0];
          (window as unknown as { __dropped?: string }).__dropped = file?.name;
        },
        true
      );
    });
    await button.click();
    const hasZone = await page.locator("[data-preview-pane] [data-drop-zone]").count();
    const message = page.getByRole("region", { name: "Sample exports" }).getByText(/pane/);
    if (hasZone > 0) {
      await expect(
        page.waitForFunction(
          (name) => (window as unknown as { __dropped?: string }).__dropped === name,
          first.fixture.slice(first.fixture.lastIndexOf("/") + 1)
        )
      ).resolves.toBeTruthy();
      await message.filter({ hasText: "dropped into the pane" }).waitFor();
    } else {
      await message.filter({ hasText: "no import drop zone" }).waitFor();
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("speaks French and follows a dark Office theme from the URL", async () => {
    const { page, errors } = await openPreview(session, "?lang=fr&theme=dark");
    await expect(
      page.getByRole("tab", { name: "Import", selected: true }).isVisible()
    ).resolves.toBe(true);
    await expect(page.locator("[data-preview-pane] main").getAttribute("lang")).resolves.toBe("fr");
    const background = await page.evaluate(() => {
      const provider = document.querySelector(".fui-FluentProvider");
      return provider ? getComputedStyle(provider).backgroundColor : "";
    });
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect((r + g + b) / 3).toBeLessThan(80);
    await page.screenshot({ path: join(screenshots, "preview-fr-dark.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("switches language and theme from the toolbar and keeps them in the URL", async () => {
    const { page, errors } = await openPreview(session);
    await page.getByRole("radio", { name: "Français" }).check();
    await page.getByRole("switch", { name: "Dark Office theme" }).check();
    await page.getByRole("tab", { name: "Import", selected: true }).waitFor();
    expect(new URL(page.url()).searchParams.get("lang")).toBe("fr");
    expect(new URL(page.url()).searchParams.get("theme")).toBe("dark");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("serves a blank React and Fluent page for the first-render baseline", async () => {
    const { page } = await session.open("preview-blank.html", { width: 1280, height: 720 });
    await page.waitForFunction(() => "__previewBlank" in window);
    const renderedAt = await page.evaluate(async () => {
      const blank = (
        window as unknown as { __previewBlank: { ready: Promise<void>; renderedAt?: number } }
      ).__previewBlank;
      await blank.ready;
      return blank.renderedAt;
    });
    expect(renderedAt).toBeGreaterThan(0);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Social KPI");
    await page.close();
  });
});
