import { createRoot } from "react-dom/client";
import { languageOf } from "../domain/common/language";
import { excelHost } from "../office/host";
import { App } from "./App";
import { fluentThemeFor } from "./officeTheme";
import { PaneProvider } from "./PaneProvider";

// Rendering waits for Office: the display language and theme are only known once it is ready.
void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const language = languageOf(Office.context.displayLanguage);
  document.documentElement.lang = language;
  createRoot(container).render(
    <PaneProvider theme={fluentThemeFor(Office.context.officeTheme)}>
      <App language={language} host={excelHost} />
    </PaneProvider>
  );
});
