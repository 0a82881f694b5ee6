import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import type { ImportIssue } from "../../src/domain/import/issues";
import { renderIssue } from "../../src/domain/import/messages";
import { strings } from "../../src/taskpane/i18n/strings";
import { importStrings } from "../../src/taskpane/import/strings";
import { seriousViolations } from "./support/axe";
import { openPreview, type PreviewWindow, useBrowser, whenIdle } from "./support/browser";
import { screenshotsDir } from "./support/builds";

const session = useBrowser("development");
const screenshots = screenshotsDir();
const text = importStrings.en;

// Each file is parsed in the page's worker and merged through the stand-in and HyperFormula:
// seconds per file on a busy machine, several files per test.
jest.setTimeout(300_000);
const IMPORT_TIMEOUT = 120_000;

const exportsDir = join(__dirname, "..", "fixtures", "exports");

/** A golden export: its file and what its expected.json says the importer finds in it. */
interface Fixture {
  readonly path: string;
  readonly name: string;
  readonly records: { posts: number; daily: number; traffic: number; ads: number };
  readonly issues: ImportIssue[];
}

function fixture(folder: string, file: string): Fixture {
  const expected = JSON.parse(
    readFileSync(join(exportsDir, folder, "expected.json"), "utf8")
  ) as Record<"posts" | "daily" | "traffic" | "ads", unknown[]> & { issues: ImportIssue[] };
  return {
    path: join(exportsDir, folder, file),
    name: file,
    records: {
      posts: expected.posts.length,
      daily: expected.daily.length,
      traffic: expected.traffic.length,
      ads: expected.ads.length,
    },
    issues: expected.issues,
  };
}

const facebookPosts = fixture(
  "facebook/mbs-posts-2024",
  "Jan-01-2024_Jul-02-2024_1162450548895235.csv"
);
const ga4Traffic = fixture(
  "ga4/traffic-acquisition",
  "Traffic_acquisition_Session_primary_channel_group_(Default_Channel_Group).csv"
);
const xOverviewBadCells = fixture("x/account-overview-bad-cells", "account_overview_analytics.csv");
const damaged = fixture("unknown/truncated-xlsx", "report.xlsx");
const hootsuite = fixture("unknown/generic-proposal", "hootsuite_post_export.csv");
// The preview's sample of the same layout as instagram/mbs-posts-2025, dropped with its button.
const instagramSample = fixture(
  "instagram/mbs-posts-2025",
  "Mar-18-2025_Apr-14-2025_1019826952924933.csv"
);
const INSTAGRAM_SAMPLE_LABEL = "Instagram posts (Meta Business Suite)";

async function openImportTab(page: Page): Promise<void> {
  await page.getByRole("tab", { name: strings.en.tabs.import }).click();
  await page.getByRole("heading", { level: 2, name: text.heading }).waitFor();
}

/**
 * Records every label the import progress bar showed from now on: a file is read and written in
 * well under a second on an idle machine, so waiting for the bar could miss it.
 */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progressSeen: string[] }).__progressSeen = seen;
    const record = () => {
      for (const bar of document.querySelectorAll('[data-preview-pane] [role="progressbar"]')) {
        const labelId = bar.getAttribute("aria-labelledby");
        const label = labelId ? document.getElementById(labelId)?.textContent : undefined;
        if (label && !seen.includes(label)) seen.push(label);
      }
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

const progressSeen = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __progressSeen: string[] }).__progressSeen);

/** The file's card, once its import has finished with the given status. */
async function finishedCard(page: Page, name: string, status: string): Promise<Locator> {
  const card = page.getByRole("region", { name, exact: true });
  await card.getByText(status, { exact: true }).waitFor({ timeout: IMPORT_TIMEOUT });
  return card;
}

/** The card's "What was found" list, term → definition. */
async function detected(card: Locator): Promise<Record<string, string>> {
  const facts = card.getByRole("definition");
  const terms = card.getByRole("term");
  const count = await terms.count();
  const read: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    read[await terms.nth(i).innerText()] = await facts.nth(i).innerText();
  }
  return read;
}

/** The card's summary table: table name → the added, updated, unchanged and skipped cells. */
async function summary(card: Locator): Promise<Record<string, string[]>> {
  const table = card.getByRole("table", { name: text.summary });
  const rows = table.getByRole("row");
  const read: Record<string, string[]> = {};
  // The first row holds the headers.
  for (let i = 1; i < (await rows.count()); i++) {
    const cells = await rows.nth(i).getByRole("cell").allInnerTexts();
    const [name, ...counts] = cells;
    if (name !== undefined) read[name] = counts;
  }
  return read;
}

/** Rows of each import table in the stand-in's workbook, through its inspector. */
const tableRows = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() =>
    Object.fromEntries(
      (window as unknown as PreviewWindow).__preview.standIn.workbook
        .tables()
        .map((table) => [table.name, table.rowCount])
    )
  );

const pane = (page: Page) => page.locator("[data-preview-pane]");
const fileInput = (page: Page) => page.locator('[data-drop-zone] input[type="file"]');

/** Chooses three real exports and the damaged file in the picker, then drops the Instagram sample. */
async function importSeveralFiles(page: Page): Promise<void> {
  await openImportTab(page);
  await watchProgress(page);
  await fileInput(page).setInputFiles([
    facebookPosts.path,
    ga4Traffic.path,
    xOverviewBadCells.path,
    damaged.path,
  ]);
  await finishedCard(page, damaged.name, text.status.failed);
  await page.getByRole("button", { name: `Drop into pane: ${INSTAGRAM_SAMPLE_LABEL}` }).click();
  await finishedCard(page, instagramSample.name, text.status.written);
  await whenIdle(page);
}

describe("the Import tab on the preview", () => {
  it("imports several exports at once, shows each file's card, the damaged file's error and the rows added per table", async () => {
    const { page, errors } = await openPreview(session);
    await importSeveralFiles(page);

    const seen = await progressSeen(page);
    expect(seen).toEqual(
      expect.arrayContaining([text.reading(facebookPosts.name), text.reading(damaged.name)])
    );

    const facebook = await finishedCard(page, facebookPosts.name, text.status.written);
    expect(await detected(facebook)).toMatchObject({
      [text.platform]: "Facebook",
      [text.records]: `${facebookPosts.records.posts} ${text.kinds.posts}`,
    });
    expect(await summary(facebook)).toEqual({
      Posts: [String(facebookPosts.records.posts), "0", "0", "0"],
    });

    const ga4 = await finishedCard(page, ga4Traffic.name, text.status.written);
    expect(await detected(ga4)).toMatchObject({
      [text.platform]: "Google Analytics 4",
      [text.records]: `${ga4Traffic.records.traffic} ${text.kinds.traffic}`,
    });
    expect((await summary(ga4)).Traffic?.[0]).toBe(String(ga4Traffic.records.traffic));

    // The X file's damaged cells are warnings on its card; its readable rows are imported.
    const x = await finishedCard(page, xOverviewBadCells.name, text.status.written);
    expect(await detected(x)).toMatchObject({ [text.platform]: "X" });
    const xIssues = x.getByRole("region", { name: text.issues });
    for (const issue of xOverviewBadCells.issues) {
      await expect(xIssues.getByText(renderIssue(issue, "en")).count()).resolves.toBe(1);
    }
    expect((await summary(x)).Daily?.[0]).toBe(String(xOverviewBadCells.records.daily));

    const broken = await finishedCard(page, damaged.name, text.status.failed);
    const [damage] = damaged.issues;
    if (damage === undefined) throw new Error("the damaged fixture expects an issue");
    await expect(
      broken
        .getByRole("region", { name: text.issues })
        .getByText(renderIssue(damage, "en"))
        .isVisible()
    ).resolves.toBe(true);
    await expect(broken.getByText(text.nothingImported).isVisible()).resolves.toBe(true);
    await expect(broken.getByRole("table", { name: text.summary }).count()).resolves.toBe(0);
    // The pane shows the newest card first: the older ones are scrolled to for their pictures.
    await broken.screenshot({ path: join(screenshots, "import-damaged.png") });
    await x.screenshot({ path: join(screenshots, "import-warnings.png") });

    const instagram = await finishedCard(page, instagramSample.name, text.status.written);
    expect(await detected(instagram)).toMatchObject({ [text.platform]: "Instagram" });

    // Every file's posts are different posts: the Posts table holds the sum of the cards' rows.
    const rows = await tableRows(page);
    expect(rows).toMatchObject({
      Posts: facebookPosts.records.posts + instagramSample.records.posts,
      Traffic: ga4Traffic.records.traffic,
      Daily: xOverviewBadCells.records.daily,
    });
    expect(Object.keys(rows)).toContain("ImportLog");
    await expect(
      page.getByRole("tablist", { name: "Sheets" }).getByRole("tab").count()
    ).resolves.toBeGreaterThan(1);

    await pane(page).screenshot({ path: join(screenshots, "import-files.png") });
    await page.screenshot({ path: join(screenshots, "import-page.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("imports an unknown layout through the mapping editor after a column's field is corrected", async () => {
    const { page, errors } = await openPreview(session);
    await openImportTab(page);
    await fileInput(page).setInputFiles([hootsuite.path]);
    const card = await finishedCard(page, hootsuite.name, text.status.mapping);
    const impressions = card.getByRole("combobox", { name: text.fieldOf("Impressions") });
    await impressions.waitFor();
    await expect(impressions.inputValue()).resolves.toBe("impressions");
    await pane(page).screenshot({ path: join(screenshots, "import-mapping.png") });

    // The export's "Impressions" are counted per person here: the user maps them to reach.
    await impressions.selectOption("reach");
    await card.getByRole("button", { name: text.importWithMapping }).click();
    await card.getByText(text.status.written, { exact: true }).waitFor({ timeout: IMPORT_TIMEOUT });
    await whenIdle(page);

    const posts = await page.evaluate(() => {
      const { workbook } = (window as unknown as PreviewWindow).__preview.standIn;
      return { headers: workbook.table("Posts").headers, rows: workbook.tableValues("Posts") };
    });
    expect(posts.rows).toHaveLength(2);
    const reach = posts.headers.indexOf("Reach");
    const impressionsColumn = posts.headers.indexOf("Impressions");
    expect(reach).toBeGreaterThanOrEqual(0);
    expect(posts.rows.map((row) => row[reach])).toEqual([1200, 900]);
    expect(posts.rows.map((row) => row[impressionsColumn])).toEqual(["", ""]);
    await expect(summary(card)).resolves.toMatchObject({ Posts: ["2", "0", "0", "0"] });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens the import log's sheet from a file's summary", async () => {
    const { page, errors } = await openPreview(session);
    await openImportTab(page);
    await fileInput(page).setInputFiles([facebookPosts.path]);
    const card = await finishedCard(page, facebookPosts.name, text.status.written);
    await whenIdle(page);
    const logSheet = await page.evaluate(
      () => (window as unknown as PreviewWindow).__preview.standIn.workbook.table("ImportLog").sheet
    );
    const activeBefore = await page.evaluate(() =>
      (window as unknown as PreviewWindow).__preview.standIn.workbook.activeSheet()
    );
    expect(activeBefore).not.toBe(logSheet);
    await card.getByRole("button", { name: text.openLog }).click();
    await page.waitForFunction(
      (sheet) =>
        (window as unknown as PreviewWindow).__preview.standIn.workbook.activeSheet() === sheet,
      logSheet
    );
    await whenIdle(page);
    await page.screenshot({ path: join(screenshots, "import-log.png") });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each([
  ["light", ""],
  ["dark", "?theme=dark"],
])("the Import tab under axe-core, %s theme", (theme, query) => {
  it("finds no serious or critical violation with files' cards and summaries shown", async () => {
    const { page, errors } = await openPreview(session, query);
    await importSeveralFiles(page);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await pane(page).screenshot({ path: join(screenshots, `import-axe-${theme}.png`) });
    expect(errors).toEqual([]);
    await page.close();
  });
});
