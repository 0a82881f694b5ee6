// What every browser test file does: launch Debian's Chromium, serve a build, open a page and
// collect its errors. Each file calls `useBrowser` once at its top.
import { chromium, type Browser, type Page } from "playwright-core";
import type { PreviewApi } from "../../../preview/previewApi";
import { e2eBuilds } from "./builds";
import { serveFolder } from "../servePage";

export type PreviewWindow = Window & { __preview: PreviewApi };

/** A page and the errors it reported (uncaught exceptions and console errors), for `toEqual([])`. */
export interface OpenedPage {
  readonly page: Page;
  readonly errors: string[];
}

export interface BrowserSession {
  readonly browser: () => Browser;
  /** The served build's base URL, ending in "/". */
  readonly url: () => string;
  /** A new tab recording its errors; `prepare` runs before navigation (routes, scripts). */
  open(
    path: string,
    viewport: { width: number; height: number },
    prepare?: (page: Page) => Promise<unknown>
  ): Promise<OpenedPage>;
}

/** Launches Chromium and serves one of the run's builds for the test file's lifetime. */
export function useBrowser(build: "production" | "development"): BrowserSession {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveFolder>> | undefined;

  beforeAll(async () => {
    server = await serveFolder(e2eBuilds()[build]);
    // The flags keep Chromium from reaching the network (updates, sync), which CI may not have.
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error("the browser is not started: call useBrowser at the top of the file");
    return value;
  };

  return {
    browser: () => started(browser),
    url: () => started(server).url,
    async open(path, viewport, prepare) {
      const page = await started(browser).newPage({ viewport });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      await prepare?.(page);
      await page.goto(`${started(server).url}${path}`);
      return { page, errors };
    },
  };
}

/** Opens the preview page (`query` such as "?lang=fr&theme=dark") once its pane and workbook have rendered. */
export async function openPreview(
  session: BrowserSession,
  query = "",
  viewport = { width: 1440, height: 900 }
): Promise<OpenedPage> {
  const opened = await session.open(`preview.html${query}`, viewport);
  await opened.page.waitForFunction(() => "__preview" in window);
  await opened.page.evaluate(() => (window as unknown as PreviewWindow).__preview.ready);
  return opened;
}

/** Resolves once the preview's workbook view has drawn every request made so far. */
export const whenIdle = (page: Page): Promise<void> =>
  page.evaluate(() => (window as unknown as PreviewWindow).__preview.whenIdle());
