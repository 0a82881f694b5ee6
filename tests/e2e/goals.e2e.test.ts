import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Language } from "../../src/domain/common/language";
import { GOAL_ISSUE } from "../../src/domain/goals/goalIssue";
import { goalIssueMessage } from "../../src/domain/goals/messages";
import { goalStatusLabels } from "../../src/domain/kpi/goalStatus";
import { FIRST_GOAL_ROW, GOAL_COLUMNS } from "../../src/domain/templates/goals";
import { goalsStrings } from "../../src/taskpane/goals/strings";
import { strings } from "../../src/taskpane/i18n/strings";
import { seriousViolations } from "./support/axe";
import { openPreview, type PreviewWindow, useBrowser, whenIdle } from "./support/browser";
import { screenshotsDir } from "./support/builds";

const session = useBrowser("development");
const screenshots = screenshotsDir();

// Adding the first goal generates the goals sheet (formulas, rules, a chart) through the stand-in
// and HyperFormula in the page: seconds on a busy machine.
jest.setTimeout(240_000);

async function openGoalsTab(page: Page, language: Language): Promise<void> {
  await page.getByRole("tab", { name: strings[language].tabs.goals }).click();
  await page.getByRole("heading", { level: 2, name: goalsStrings[language].heading }).waitFor();
}

/** A goal typed as a user would, English labels; dates in the past so its status does not depend on today. */
async function fillGoal(page: Page, target: string): Promise<void> {
  const text = goalsStrings.en;
  await page
    .getByRole("textbox", { name: text.specificLabel })
    .fill("Raise our Instagram engagement rate from 3% to 4.5% by the end of 2020.");
  await page.getByRole("combobox", { name: text.metricLabel }).selectOption("ENGAGEMENT_RATE");
  await page.getByRole("combobox", { name: text.platformLabel }).selectOption("instagram");
  await page.getByRole("textbox", { name: text.baselineLabel }).fill("3%");
  await page.getByRole("textbox", { name: text.targetLabel }).fill(target);
  await page.getByRole("textbox", { name: text.relevantLabel }).fill("Brand awareness");
  // A date input has no textbox role; its label starts with the field's name (then "*", required).
  await page.getByLabel(new RegExp(`^${text.startLabel}`)).fill("2020-01-01");
  await page.getByLabel(new RegExp(`^${text.deadlineLabel}`)).fill("2020-12-31");
}

const sheetNames = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as PreviewWindow).__preview.standIn.workbook.sheetNames());

describe("the Goals tab on the preview", () => {
  it("refuses a goal whose target equals its baseline and writes nothing", async () => {
    const { page, errors } = await openPreview(session);
    const text = goalsStrings.en;
    await openGoalsTab(page, "en");
    const before = await sheetNames(page);
    await fillGoal(page, "3%");
    await page.getByRole("button", { name: text.submit }).click();
    const message = goalIssueMessage(
      { code: GOAL_ISSUE.TARGET_EQUALS_BASELINE, field: "target", params: {} },
      "en"
    );
    await page.getByText(message).waitFor();
    // Focus goes to the field to correct.
    await expect(
      page
        .getByRole("textbox", { name: text.targetLabel })
        .evaluate((e) => e === document.activeElement)
    ).resolves.toBe(true);
    await whenIdle(page);
    await expect(sheetNames(page)).resolves.toEqual(before);
    await page.screenshot({ path: join(screenshots, "goals-invalid.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("writes a valid goal to the goals sheet, where its status cell computes", async () => {
    const { page, errors } = await openPreview(session);
    const text = goalsStrings.en;
    await openGoalsTab(page, "en");
    await fillGoal(page, "4.5%");
    // Nothing imported measures the KPI: the user types the value reached.
    await page.getByRole("textbox", { name: text.currentLabel }).fill("5%");
    await page.getByRole("button", { name: text.submit }).click();
    await page
      .getByText(text.added("Goals", FIRST_GOAL_ROW), { exact: false })
      .waitFor({ timeout: 120_000 });
    await whenIdle(page);
    const row = await page.evaluate(
      ({ row, columns }) => {
        const sheet = (window as unknown as PreviewWindow).__preview.standIn.workbook.sheet(
          "Goals"
        );
        const at = (column: string) => sheet.cell(`${column}${row}`);
        return {
          goal: at(columns.goal).value,
          kpi: at(columns.kpi).value,
          baseline: at(columns.baseline).value,
          target: at(columns.target).value,
          status: at(columns.status).value,
          statusFormula: at(columns.status).formula,
        };
      },
      { row: FIRST_GOAL_ROW, columns: GOAL_COLUMNS }
    );
    expect(row).toMatchObject({
      goal: "Raise our Instagram engagement rate from 3% to 4.5% by the end of 2020.",
      kpi: "ENGAGEMENT_RATE",
      baseline: 0.03,
      target: 0.045,
      // 5% reached against a 4.5% target: achieved, whatever today is.
      status: goalStatusLabels.en.achieved,
    });
    expect(String(row.statusFormula)).toMatch(/^=/);
    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Goals" }).click();
    await page.getByRole("table", { name: "Goals" }).waitFor();
    await page.screenshot({ path: join(screenshots, "goals-added.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("labels the form in French", async () => {
    const { page, errors } = await openPreview(session, "?lang=fr");
    const text = goalsStrings.fr;
    await openGoalsTab(page, "fr");
    for (const legend of [
      text.specificLegend,
      text.measurableLegend,
      text.achievableLegend,
      text.relevantLegend,
      text.timeBoundLegend,
    ]) {
      await expect(page.getByRole("group", { name: legend }).isVisible()).resolves.toBe(true);
    }
    for (const label of [text.baselineLabel, text.targetLabel, text.relevantLabel]) {
      await expect(page.getByRole("textbox", { name: label }).isVisible()).resolves.toBe(true);
    }
    await expect(page.getByRole("combobox", { name: text.metricLabel }).isVisible()).resolves.toBe(
      true
    );
    await expect(page.getByRole("button", { name: text.submit }).isVisible()).resolves.toBe(true);
    await page.getByRole("button", { name: text.submit }).click();
    await page
      .getByText(
        goalIssueMessage({ code: GOAL_ISSUE.EMPTY_WORDING, field: "specific", params: {} }, "fr")
      )
      .waitFor();
    await page.screenshot({ path: join(screenshots, "goals-fr.png") });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each([
  ["light", ""],
  ["dark", "?theme=dark"],
])("the Goals tab under axe-core, %s theme", (theme, query) => {
  it("finds no serious or critical violation, with the form's messages shown", async () => {
    const { page, errors } = await openPreview(session, query);
    await openGoalsTab(page, "en");
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.getByRole("button", { name: goalsStrings.en.submit }).click();
    await page
      .getByText(
        goalIssueMessage({ code: GOAL_ISSUE.EMPTY_WORDING, field: "specific", params: {} }, "en")
      )
      .waitFor();
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.locator("[data-preview-pane]").screenshot({
      path: join(screenshots, `goals-axe-${theme}.png`),
    });
    expect(errors).toEqual([]);
    await page.close();
  });
});
