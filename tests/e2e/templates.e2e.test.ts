import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Language } from "../../src/domain/common/language";
import { SOCIAL_PLATFORMS } from "../../src/domain/import/schema";
import type { SheetSpec } from "../../src/domain/templates/sheetSpec";
import {
  hasRows,
  ROW_OPTIONS,
  TEMPLATE_IDS,
  type TemplateId,
  templateBuilder,
} from "../../src/taskpane/templates/gallery";
import { strings } from "../../src/taskpane/i18n/strings";
import { templatesStrings } from "../../src/taskpane/templates/strings";
import { openPreview, type PreviewWindow, useBrowser, whenIdle } from "./support/browser";
import { screenshotsDir } from "./support/builds";

const session = useBrowser("development");
const screenshots = screenshotsDir();

// Applying a template runs its builder and a few large Excel.run batches through the stand-in and
// HyperFormula in the page: seconds each on a busy machine, five of them per test.
jest.setTimeout(240_000);

/** The sheet the pane asks for, built here as the pane builds it on the preview's empty workbook. */
function expectedSpec(id: TemplateId, language: Language): SheetSpec {
  const choices = hasRows(id) ? { rows: ROW_OPTIONS[id].initial } : {};
  const spec = templateBuilder(id, language, choices)({});
  if (typeof spec !== "object") throw new Error(`${id}: the builder did not return a sheet`);
  return spec;
}

/** What the stand-in's workbook holds on a sheet, read through its inspector in the page. */
interface SheetRead {
  readonly charts: { chartType: string; title: string; start: string | undefined }[];
  readonly cells: { at: string; value: unknown; formula: unknown }[];
  readonly tables: string[];
}

const readSheet = (page: Page, sheet: string, addresses: readonly string[]): Promise<SheetRead> =>
  page.evaluate(
    ({ sheet, addresses }) => {
      const { workbook } = (window as unknown as PreviewWindow).__preview.standIn;
      const inspected = workbook.sheet(sheet);
      return {
        charts: workbook
          .charts(sheet)
          .filter((chart) => !chart.deleted)
          .map((chart) => ({
            chartType: chart.chartType,
            title: chart.title.text,
            // "'Budget allocation'!B15" → "B15": the sheet is the one read.
            start: chart.position?.start.slice(chart.position.start.lastIndexOf("!") + 1),
          })),
        cells: addresses.map((at) => {
          const { value, formula } = inspected.cell(at);
          return { at, value, formula };
        }),
        tables: workbook
          .tables()
          .filter((table) => table.sheet === sheet)
          .map((table) => table.name),
      };
    },
    { sheet, addresses }
  );

const capitalised = (type: string) => type.charAt(0).toUpperCase() + type.slice(1);

/** Checks the sheet holds what the template's spec says: its cells, its charts, and no table. */
function expectSheetAsSpecified(read: SheetRead, spec: SheetSpec): void {
  expect(read.cells).toEqual(
    spec.cells.map((cell) =>
      cell.formula === undefined
        ? { at: cell.at, value: cell.value, formula: cell.value }
        : { at: cell.at, value: expect.anything() as unknown, formula: cell.formula }
    )
  );
  expect(read.charts).toEqual(
    (spec.charts ?? []).map((chart) => ({
      chartType: capitalised(chart.type),
      title: chart.title ?? expect.any(String),
      start: chart.position.slice(0, chart.position.indexOf(":")),
    }))
  );
  // A template's figures are formulas over the import tables, never a table of its own.
  expect(read.tables).toEqual([]);
}

/** Clicks a card's button (Create, Refresh…) and waits for the pane's outcome and the workbook view. */
async function applyThroughPane(page: Page, button: string, outcomeTitle: string): Promise<void> {
  await page.getByRole("button", { name: button }).click();
  await page.getByText(outcomeTitle, { exact: true }).waitFor({ timeout: 120_000 });
  await whenIdle(page);
}

async function openTemplatesTab(page: Page, language: Language): Promise<void> {
  const text = templatesStrings[language];
  await page.getByRole("tab", { name: strings[language].tabs.templates }).click();
  await page.getByRole("heading", { level: 2, name: text.heading }).waitFor();
  // The cards say Create once the pane has read which templates the workbook already has.
  const first = TEMPLATE_IDS[0];
  if (first === undefined) throw new Error("no templates");
  await page
    .getByRole("button", { name: text.action(text.create, text.templates[first].title) })
    .waitFor();
}

const workbookView = (page: Page) => page.getByRole("region", { name: "Workbook" });

/** Opens a sheet in the preview's workbook view (the pane shows the sheet it applies; this makes sure). */
async function showSheet(page: Page, sheet: string): Promise<void> {
  await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: sheet }).click();
  await page.getByRole("table", { name: sheet }).waitFor();
}

/** Tall and wide enough for a template's grid and charts in one screenshot of the workbook view. */
const LARGE = { width: 1920, height: 1600 };

describe("the Templates tab on the preview", () => {
  it("creates then refreshes each of the five templates' sheets, with the cells and charts the template specifies", async () => {
    const { page, errors } = await openPreview(session, "", LARGE);
    const text = templatesStrings.en;
    await openTemplatesTab(page, "en");
    for (const id of TEMPLATE_IDS) {
      const spec = expectedSpec(id, "en");
      const title = text.templates[id].title;
      await applyThroughPane(page, text.action(text.create, title), text.createdTitle);
      await expect(
        page.getByRole("button", { name: text.action(text.refresh, title) }).isVisible()
      ).resolves.toBe(true);
      const read = await readSheet(
        page,
        spec.sheetName,
        spec.cells.map((cell) => cell.at)
      );
      expectSheetAsSpecified(read, spec);
      await showSheet(page, spec.sheetName);
      await workbookView(page).screenshot({ path: join(screenshots, `template-${id}.png`) });
      await applyThroughPane(page, text.action(text.refresh, title), text.refreshedTitle);
      expectSheetAsSpecified(
        await readSheet(
          page,
          spec.sheetName,
          spec.cells.map((cell) => cell.at)
        ),
        spec
      );
    }
    const sheetNames = await page.evaluate(() =>
      (window as unknown as PreviewWindow).__preview.standIn.workbook.sheetNames()
    );
    expect(sheetNames).toEqual(
      expect.arrayContaining(TEMPLATE_IDS.map((id) => expectedSpec(id, "en").sheetName))
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("refreshes a sheet and keeps what the user typed in its input cells", async () => {
    const { page, errors } = await openPreview(session);
    const text = templatesStrings.en;
    await openTemplatesTab(page, "en");
    const spec = expectedSpec("dashboard", "en");
    const title = text.templates.dashboard.title;
    await applyThroughPane(page, text.action(text.create, title), text.createdTitle);
    // The platform input: the last of the dashboard's input cells, a list of platforms.
    const input = spec.inputs?.at(-1);
    const platform = SOCIAL_PLATFORMS[1];
    if (input === undefined || platform === undefined) throw new Error("no input cell");
    expect(input.initial).not.toBe(platform);
    // Typed as a user would: a write through Excel, in the page.
    await page.evaluate(
      ({ sheet, at, platform }) =>
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange(at).values = [[platform]];
          await context.sync();
        }),
      { sheet: spec.sheetName, at: input.at, platform }
    );
    await applyThroughPane(page, text.action(text.refresh, title), text.refreshedTitle);
    const read = await readSheet(page, spec.sheetName, [input.at]);
    expect(read.cells[0]?.value).toBe(platform);
    const sheetNames = await page.evaluate(() =>
      (window as unknown as PreviewWindow).__preview.standIn.workbook.sheetNames()
    );
    expect(sheetNames.filter((name) => name === spec.sheetName)).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("creates the French sheets from the French pane", async () => {
    const { page, errors } = await openPreview(session, "?lang=fr");
    const text = templatesStrings.fr;
    await openTemplatesTab(page, "fr");
    for (const id of TEMPLATE_IDS) {
      const title = text.templates[id].title;
      await applyThroughPane(page, text.action(text.create, title), text.createdTitle);
    }
    const sheetNames = await page.evaluate(() =>
      (window as unknown as PreviewWindow).__preview.standIn.workbook.sheetNames()
    );
    const french = TEMPLATE_IDS.map((id) => expectedSpec(id, "fr").sheetName);
    expect(sheetNames).toEqual(["Sheet1", ...french]);
    expect(french).not.toEqual(TEMPLATE_IDS.map((id) => expectedSpec(id, "en").sheetName));
    await page.screenshot({ path: join(screenshots, "templates-fr.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a created dashboard in the dark Office theme", async () => {
    const { page, errors } = await openPreview(session, "?theme=dark", LARGE);
    const text = templatesStrings.en;
    await openTemplatesTab(page, "en");
    const title = text.templates.dashboard.title;
    await applyThroughPane(page, text.action(text.create, title), text.createdTitle);
    await expect(
      page.getByText(text.created(expectedSpec("dashboard", "en").sheetName)).isVisible()
    ).resolves.toBe(true);
    await showSheet(page, expectedSpec("dashboard", "en").sheetName);
    await page.screenshot({ path: join(screenshots, "templates-dark.png") });
    expect(errors).toEqual([]);
    await page.close();
  });
});
