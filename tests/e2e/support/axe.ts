// axe-core run on the preview's task pane, for the browser tests that check a tab's accessibility.
import type Axe from "axe-core";
import type { Page } from "playwright-core";

export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** Runs axe-core on the preview's task pane and returns its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
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
