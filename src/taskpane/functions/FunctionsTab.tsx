import { lazyPanel } from "../lazyPanel";
import type { FunctionsPanelProps } from "./FunctionsPanel";
import { functionsStrings } from "./strings";

/**
 * The Functions tab as the pane shows it: the reference (the KPI registry, the French notation,
 * the cards) is downloaded when the tab is first opened, not with the pane: the pane opens on Import.
 */
export const FunctionsTab = lazyPanel<FunctionsPanelProps>(
  async () => (await import("./FunctionsPanel")).FunctionsPanel,
  ({ language }) => functionsStrings[language].loading
);
