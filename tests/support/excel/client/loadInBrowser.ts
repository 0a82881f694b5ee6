// The Excel client library in a browser page (the preview): the page loads the library's own file
// with a <script> before its bundle, which leaves `Excel` and `OfficeExtension` on `window`.
import type { ExcelClient, ExcelLibrary } from "./excelClient";
import { routeExcelClient } from "./excelClient";

let loaded: ExcelClient | undefined;

export function loadExcelClientInPage(
  page = window as unknown as Partial<ExcelLibrary>
): ExcelClient {
  if (loaded) return loaded;
  const { Excel: excel, OfficeExtension: officeExtension } = page;
  if (!excel || !officeExtension) {
    throw new Error(
      "The Excel client library is not on this page: load excel-web-16.00.js with a <script> first."
    );
  }
  loaded = routeExcelClient({ Excel: excel, OfficeExtension: officeExtension });
  return loaded;
}
