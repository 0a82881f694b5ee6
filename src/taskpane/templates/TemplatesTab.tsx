import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { type ComponentType, useEffect, useState } from "react";
import type { TemplatesPanelProps } from "./TemplatesPanel";
import { templatesStrings } from "./strings";

type Loaded = { readonly panel: ComponentType<TemplatesPanelProps> } | { readonly failure: string };

/**
 * The Templates tab as the pane's first load sees it: the panel and the five templates' builders
 * are downloaded when the tab is first opened, not with the pane.
 */
export function TemplatesTab(props: TemplatesPanelProps) {
  const text = templatesStrings[props.language];
  const [loaded, setLoaded] = useState<Loaded>();

  useEffect(() => {
    let live = true;
    import("./TemplatesPanel").then(
      (module) => live && setLoaded({ panel: module.TemplatesPanel }),
      (error: unknown) =>
        live && setLoaded({ failure: error instanceof Error ? error.message : String(error) })
    );
    return () => {
      live = false;
    };
  }, []);

  if (loaded === undefined) return <Spinner size="small" label={text.loading} />;
  if ("failure" in loaded) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.loadFailedTitle}</MessageBarTitle>
          {text.loadFailed(loaded.failure)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const Panel = loaded.panel;
  return <Panel {...props} />;
}
