// The blank page (development builds only): an empty FluentProvider and a title, the baseline the
// bench compares the preview's first render with (same build, same React and Fluent).
import { FluentProvider, Title1, webLightTheme } from "@fluentui/react-components";
import { useLayoutEffect } from "react";
import { createRoot } from "react-dom/client";

interface BlankApi {
  ready: Promise<void>;
  renderedAt: number | undefined;
}

let rendered: () => void = () => undefined;
const api: BlankApi = {
  ready: new Promise<void>((resolve) => (rendered = resolve)),
  renderedAt: undefined,
};
(window as unknown as { __previewBlank: BlankApi }).__previewBlank = api;

function Blank() {
  useLayoutEffect(() => {
    api.renderedAt ??= performance.now();
    rendered();
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <Title1 as="h1">Social KPI</Title1>
    </FluentProvider>
  );
}

const container = document.getElementById("container");
if (container) createRoot(container).render(<Blank />);
