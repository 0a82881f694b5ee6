import { strings } from "../../src/taskpane/i18n/strings";
import { templatesStrings } from "../../src/taskpane/templates/strings";
import { seriousViolations } from "./support/axe";
import { openPreview, useBrowser, whenIdle } from "./support/browser";

const session = useBrowser("development");

// axe walks the whole pane's DOM and computes every colour contrast: seconds on a busy machine.
jest.setTimeout(180_000);

describe.each([
  ["light", ""],
  ["dark", "?theme=dark"],
])("the pane's tabs under axe-core, %s theme", (_theme, query) => {
  it("finds no serious or critical violation on the Functions tab", async () => {
    const { page, errors } = await openPreview(session, query);
    await page.getByRole("tab", { name: strings.en.tabs.functions }).click();
    await page.getByRole("region", { name: "KPI functions" }).waitFor();
    await expect(seriousViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds no serious or critical violation on the Templates tab, before and after creating a sheet", async () => {
    const { page, errors } = await openPreview(session, query);
    const text = templatesStrings.en;
    const title = text.templates.dashboard.title;
    await page.getByRole("tab", { name: strings.en.tabs.templates }).click();
    const create = page.getByRole("button", { name: text.action(text.create, title) });
    await create.waitFor();
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await create.click();
    await page.getByText(text.createdTitle, { exact: true }).waitFor({ timeout: 120_000 });
    await whenIdle(page);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
