import { join } from "node:path";
import type { Page } from "playwright-core";
import { isKpiError } from "../../src/domain/kpi/kpiError";
import { kpiRegistry } from "../../src/domain/kpi/registry";
import { functionsStrings } from "../../src/taskpane/functions/strings";
import { openPreview, type PreviewWindow, useBrowser, whenIdle } from "./support/browser";
import { screenshotsDir } from "./support/builds";

const session = useBrowser("development");
const screenshots = screenshotsDir();
const text = functionsStrings.en;
const ctr = kpiRegistry.CTR;

// A development bundle takes seconds to load on a busy machine, and each click below is an
// Excel.run through the stand-in and HyperFormula in the page.
jest.setTimeout(120_000);

interface CellRead {
  readonly value: unknown;
  readonly formula: unknown;
}

const readCells = (page: Page, sheet: string, addresses: readonly string[]): Promise<CellRead[]> =>
  page.evaluate(
    ({ sheet, addresses }) => {
      const inspected = (window as unknown as PreviewWindow).__preview.standIn.workbook.sheet(
        sheet
      );
      return addresses.map((at) => {
        const { value, formula } = inspected.cell(at);
        return { value, formula };
      });
    },
    { sheet, addresses }
  );

/** CTR as the add-in's own function computes it (a number or an error code), for the native formulas to match. */
function addInCtr(clicks: number, impressions: number): number | string {
  const result = (ctr.compute as (...args: unknown[]) => unknown)(clicks, impressions, {
    today: 0,
    language: "en",
  });
  if (isKpiError(result)) return result.code;
  if (typeof result !== "number") throw new Error("CTR did not compute a number");
  return result;
}

async function convert(page: Page, scope: string): Promise<void> {
  await page.getByRole("radio", { name: scope }).check();
  await page.getByRole("button", { name: text.convert }).click();
  await page
    .getByRole("status")
    .getByText(/converted/)
    .waitFor({ timeout: 60_000 });
  await whenIdle(page);
}

describe("the Functions tab on the preview", () => {
  it("inserts a searched function's example into the selected cell, where it computes once converted", async () => {
    const { page, errors } = await openPreview(session);
    await page.getByRole("tab", { name: "Functions" }).click();
    await page.getByRole("searchbox", { name: text.searchLabel }).fill("CTR");
    const total = Object.keys(kpiRegistry).length;
    await page.getByText(/^\d+ of \d+ functions$/).waitFor();
    await expect(page.getByText(text.shown(total, total)).count()).resolves.toBe(0);
    // The user selects a cell in Excel: the stand-in's selection, as Excel's UI sets it.
    await page.evaluate(() =>
      (window as unknown as PreviewWindow).__preview.standIn.arrange.select("Sheet1!C3")
    );
    await page.getByRole("button", { name: text.insertLabel(`KPI.${ctr.name.en}`) }).click();
    await page.getByText(text.inserted("Sheet1!C3")).waitFor();
    await whenIdle(page);
    const [inserted] = await readCells(page, "Sheet1", ["C3"]);
    expect(inserted?.formula).toBe(ctr.example.formula);
    // The stand-in has no add-in to run `KPI.` functions: converting the cell shows the formula computes.
    await convert(page, text.scopeSelection);
    const [converted] = await readCells(page, "Sheet1", ["C3"]);
    expect(converted?.formula).not.toMatch(/KPI\./);
    const [clicks, impressions] = (ctr.example.formula.match(/\d+/g) ?? []).map(Number);
    if (clicks === undefined || impressions === undefined) throw new Error("no example numbers");
    const expected = addInCtr(clicks, impressions);
    if (typeof expected !== "number") throw new Error(`the example gives ${expected}`);
    expect(converted?.value).toBeCloseTo(expected, 12);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("converts a sheet's KPI.CTR formulas to native formulas with the same values, and reports them", async () => {
    const { page, errors } = await openPreview(session);
    await page.getByRole("tab", { name: "Functions" }).click();
    const rows: [string, number, number][] = [
      ["Post 1", 34, 1000],
      ["Post 2", 0, 250],
      ["Post 3", 12, 0],
      ["Post 4", 75, 1875],
    ];
    await page.evaluate(
      (rows) =>
        Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Sheet1");
          sheet.getRange("A1:D1").values = [["Post", "Clicks", "Impressions", "CTR"]];
          sheet.getRange(`A2:C${rows.length + 1}`).values = rows;
          sheet.getRange(`D2:D${rows.length + 1}`).formulas = rows.map((_, i) => [
            `=KPI.CTR(B${i + 2},C${i + 2})`,
          ]);
          await context.sync();
        }),
      rows
    );
    await whenIdle(page);
    const cells = rows.map((_, i) => `D${i + 2}`);
    await convert(page, text.scopeSheet);
    const report = page.getByRole("status").filter({ hasText: text.convertedHeading });
    await expect(
      report.getByText(text.convertSummary(rows.length, 0), { exact: true }).isVisible()
    ).resolves.toBe(true);
    const converted = page.getByRole("list", { name: text.convertedHeading });
    await expect(converted.getByRole("listitem").count()).resolves.toBe(rows.length);
    for (const cell of cells) {
      await expect(converted.getByText(`Sheet1!${cell}:`).count()).resolves.toBe(1);
    }
    const read = await readCells(page, "Sheet1", cells);
    expect(read.map((cell) => /KPI\./.test(String(cell.formula)))).toEqual(rows.map(() => false));
    read.forEach((cell, i) => {
      const [, clicks = 0, impressions = 0] = rows[i] ?? [];
      const expected = addInCtr(clicks, impressions);
      if (typeof expected === "number") {
        expect(cell.value).toBeCloseTo(expected, 12);
      } else {
        // The one error a CTR can give here: what the custom function shows as #DIV/0!.
        expect([expected, cell.value]).toEqual(["DIV_BY_ZERO", "#DIV/0!"]);
      }
    });
    await page.screenshot({ path: join(screenshots, "functions-converted.png") });
    expect(errors).toEqual([]);
    await page.close();
  });
});
