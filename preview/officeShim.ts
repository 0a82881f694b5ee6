// The `Office` global of the preview. Microsoft's client library (loaded by the page before its
// bundle) defines one whose `context` only exists inside Office, so the page puts an object in
// front of it that answers `onReady` at once and gives the display language and theme chosen in
// the toolbar; every other member is the library's own.
import type { OfficeContext, PreviewOptions } from "./previewOptions";
import { officeContextFor } from "./previewOptions";

let library: object | null | undefined;

export function installOfficeShim(options: PreviewOptions): void {
  const page = window as unknown as { Office?: object };
  if (library === undefined) library = page.Office ?? null;
  // Own properties shadow the library's getters (defineProperties: assigning to a getter without
  // a setter is refused).
  page.Office = Object.defineProperties(Object.create(library) as object, {
    context: { value: officeContextFor(options), enumerable: true },
    onReady: {
      value: (callback?: (info: { host: string; platform: string }) => void) => {
        const info = { host: "Excel", platform: "OfficeOnline" };
        callback?.(info);
        return Promise.resolve(info);
      },
    },
  });
}

/** What the pane reads from Office, read from the installed global as index.tsx reads it. */
export const officeContext = (): OfficeContext =>
  (window as unknown as { Office: { context: OfficeContext } }).Office.context;
