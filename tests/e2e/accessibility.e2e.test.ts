import type Axe from "axe-core";
import type { Page } from "playwright-core";
import { strings } from "../../src/taskpane/i18n/strings";
import { templatesStrings } from "../../src/taskpane/templates/strings";
import { openPreview, useBrowser, whenIdle } from "./support/browser";

const session = useBrowser("development");

// axe walks the whole pane's DOM and computes every colour contrast: seconds on a busy machine.
jest.setTimeout(180_000);

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** Runs axe-core on the preview's task pane and returns its serious and critical violations. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: require.resolve("axe-core") });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof Axe };
    const result = await axe.run(
      {
        include: [["[data-preview-pane]"]],
        // Fluent's focus-trap helpers (tabster's dummy inputs) are hidden, focusable-on-purpose
        // elements that axe reports as unlabelled: a known false report, not something users meet.
        exclude: [["[data-tabster-dummy]"]],
      },
      { resultTypes: ["violations"] }
    );
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

describe.each([
  ["light", ""],
  ["dark", "?theme=dark"],
])("the pane's tabs under axe-core, %s theme", (_theme, query) => {
  it("finds no serious or critical violation on the Functions tab", async () => {
    const { page, errors } = await openPreview(session, query);
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
