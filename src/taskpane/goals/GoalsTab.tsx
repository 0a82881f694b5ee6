import { lazyPanel } from "../lazyPanel";
import type { GoalsPanelProps } from "./GoalsPanel";
import { goalsStrings } from "./strings";

/**
 * The goals tab as the pane shows it: the form, its validation and its measuring are downloaded
 * when the tab is first opened, not with the pane.
 */
export const GoalsTab = lazyPanel<GoalsPanelProps>(
  async () => (await import("./GoalsPanel")).GoalsPanel,
  ({ language }) => goalsStrings[language].loading
);
