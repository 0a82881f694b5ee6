import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serveFolder } from "../tests/e2e/servePage";
import type { Comparison } from "./compare";
import type { ImportBenchPage } from "./importPage";
import { shippedBuild } from "./shippedImporter";

/**
 * The two import comparisons (bench/importComparisons.ts) run in headless Chromium, the engine of
 * the task pane (WebView2, Office on the web): bench/importPage.ts built for the web by
 * {@link shippedBuild}, served locally, the browser started with `gc()` exposed.
 */
export async function importInChromium(): Promise<{ csv: Comparison; xlsx: Comparison }> {
  const out = await shippedBuild(join(__dirname, "importPage.ts"), "web", {
    filename: "importPage.js",
  });
  writeFileSync(
    join(out, "index.html"),
    '<!doctype html><meta charset="utf-8"><title>Import bench</title><script src="importPage.js"></script>\n'
  );
  const server = await serveFolder(out);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--no-first-run",
      "--js-flags=--expose-gc",
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}index.html`);
    const bench = (name: keyof ImportBenchPage) =>
      page.evaluate(
        (run) => (globalThis as unknown as { __importBench: ImportBenchPage }).__importBench[run](),
        name
      );
    const csv = await bench("csv");
    const xlsx = await bench("xlsx");
    return { csv, xlsx };
  } finally {
    await browser.close();
    await server.close();
  }
}
