// The task pane's first render in headless Chromium, on the preview page (the pane driven by the
// Excel stand-in), beside a blank React + Fluent page from the same build: the ratio says what the
// pane's own code costs before the user sees it, whatever the machine.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { serveFolder } from "../../tests/e2e/servePage";
import { median } from "../compare";
import type { Figures } from "../figure";

const root = join(__dirname, "..", "..");
const ROUNDS = 9;

/** ms from navigation to the first render of a page's root, in a fresh context (no cache). */
async function firstRenderMs(browser: Browser, url: string, api: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const ms = await page.evaluate(async (name) => {
    const target = (window as unknown as Record<string, unknown>)[name] as
      { ready: Promise<void>; paneRenderedAt?: number; renderedAt?: number } | undefined;
    if (!target) throw new Error(`${name} is missing: is this a preview build?`);
    await target.ready;
    const at = target.paneRenderedAt ?? target.renderedAt;
    if (at === undefined) throw new Error(`${name} did not record its first render`);
    return at;
  }, api);
  await context.close();
  return ms;
}

/**
 * `taskpane.first_render_ms` (median over rounds) and `taskpane.first_render_ratio` (median of the
 * per-round ratios to the blank page). The build is minified like production, with the preview
 * pages included (`--env preview`), so the figure is not a development build's.
 */
export async function taskpaneRender(): Promise<Figures> {
  const out = mkdtempSync(join(tmpdir(), "social-kpi-bench-render-"));
  execFileSync(
    join(root, "node_modules", ".bin", "webpack"),
    ["--mode", "production", "--env", "preview", "--output-path", out],
    { cwd: root, stdio: "ignore" }
  );
  const server = await serveFolder(out);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const rounds: Array<readonly [blank: number, pane: number]> = [];
    // The first pair warms Chromium's own caches (fonts, code cache of the browser itself).
    for (let i = 0; i <= ROUNDS; i++) {
      const blank = await firstRenderMs(
        browser,
        `${server.url}preview-blank.html`,
        "__previewBlank"
      );
      const pane = await firstRenderMs(browser, `${server.url}preview.html`, "__preview");
      if (i > 0) rounds.push([blank, pane]);
    }
    return {
      "taskpane.first_render_ms": {
        value: Math.round(median(rounds.map(([, pane]) => pane))),
        unit: "ms",
        note: `median of ${ROUNDS} cold loads of the preview in headless Chromium; blank page ${Math.round(median(rounds.map(([blank]) => blank)))} ms`,
      },
      "taskpane.first_render_ratio": {
        value: median(rounds.map(([blank, pane]) => pane / blank)),
        unit: "ratio",
        note: "pane's first render ÷ a blank React + Fluent page's, same build and run",
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
