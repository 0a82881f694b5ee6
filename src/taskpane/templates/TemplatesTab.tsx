import { lazyPanel } from "../lazyPanel";
import type { TemplatesPanelProps } from "./TemplatesPanel";
import { templatesStrings } from "./strings";

/**
 * The Templates tab as the pane's first load sees it: the panel and the five templates' builders
 * are downloaded when the tab is first opened, not with the pane.
 */
export const TemplatesTab = lazyPanel<TemplatesPanelProps>(
  async () => (await import("./TemplatesPanel")).TemplatesPanel,
  ({ language }) => templatesStrings[language].loading
);
