// The preview page's entry (development builds only): Microsoft's Excel client, loaded by the page
// before this bundle, wired to a stand-in workbook installed as the `Excel` global, so src/office
// runs unchanged; then the page.
import { createRoot } from "react-dom/client";
import { loadExcelClientInPage } from "../tests/support/excel/client/loadInBrowser";
import { createStandIn } from "../tests/support/excel/standIn";
import { installOfficeShim } from "./officeShim";
import { exposePreviewApi, ViewActivity } from "./previewApi";
import { readPreviewOptions } from "./previewOptions";
import { PreviewPage } from "./PreviewPage";

const options = readPreviewOptions(window.location.search);
installOfficeShim(options);
const standIn = createStandIn(loadExcelClientInPage());
standIn.install();

const activity = new ViewActivity();
let paneRendered: () => void = () => undefined;
let workbookDrawn: () => void = () => undefined;
const ready = Promise.all([
  new Promise<void>((resolve) => (paneRendered = resolve)),
  new Promise<void>((resolve) => (workbookDrawn = resolve)),
]).then(() => undefined);
const api = exposePreviewApi(standIn, activity, ready);

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <PreviewPage
      standIn={standIn}
      activity={activity}
      initial={options}
      onPaneRendered={() => {
        api.paneRenderedAt ??= performance.now();
        paneRendered();
      }}
      onWorkbookDrawn={workbookDrawn}
    />
  );
}
