// Microsoft's Excel client library (@microsoft/office-js, dist/excel-web-16.00.js, a dev
// dependency), once loaded, wired to stand-in hosts. It is the code that runs in every add-in:
// proxies, load/sync, tracked objects, enums and errors all come from it. Its requests go to the
// function given to `OfficeExtension.HttpUtility.setCustomSendRequestFunc` for every
// RequestContext created with a URL, so each stand-in gets its own URL and this module routes
// requests to its host. How the library is loaded is the platform's business: loadInNode.ts (vm)
// for Jest, loadInBrowser.ts (a <script>) for the preview page.
import type { RequestBody } from "../host/wire";

export interface ExcelClient {
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension;
  /** Serves requests sent to `url`; returns the function that stops serving them. */
  serve(url: string, process: (body: RequestBody) => string): () => void;
  /** The scalar and navigation properties the client declares on an Excel class ("Range"). */
  properties(type: string): ReadonlySet<string>;
}

/** The two namespaces the library defines on its global object when it runs. */
export interface ExcelLibrary {
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension;
}

interface SendRequest {
  url: string;
  body: RequestBody | string;
}

interface HttpUtility {
  setCustomSendRequestFunc(f: (request: SendRequest) => Promise<unknown>): void;
}

/** What each class of the client declares about itself (its own metadata, read-only). */
interface ClientClass {
  readonly _scalarPropertyNames?: readonly string[];
  readonly _navigationPropertyNames?: readonly string[];
}

/** Takes over the library's transport: every request goes to the host serving its URL. */
export function routeExcelClient(library: ExcelLibrary): ExcelClient {
  const { Excel: excel, OfficeExtension: officeExtension } = library;
  const routes = new Map<string, (body: RequestBody) => string>();
  (officeExtension as unknown as { HttpUtility: HttpUtility }).HttpUtility.setCustomSendRequestFunc(
    async (request) => {
      const route = [...routes].find(([url]) => request.url.startsWith(url));
      if (!route) return { statusCode: 404, headers: {}, body: "" };
      const body =
        typeof request.body === "string" ? (JSON.parse(request.body) as RequestBody) : request.body;
      // Excel answers asynchronously; so does the host, so code that forgets to await sync() fails here too.
      await Promise.resolve();
      return {
        statusCode: 200,
        headers: { "content-type": "application/json" },
        body: route[1](body),
      };
    }
  );
  return {
    Excel: excel,
    OfficeExtension: officeExtension,
    serve(url, process) {
      routes.set(url, process);
      return () => routes.delete(url);
    },
    properties(type) {
      const prototype = (
        excel as unknown as Record<string, { prototype?: ClientClass } | undefined>
      )[type]?.prototype;
      return new Set([
        ...(prototype?._scalarPropertyNames ?? []),
        ...(prototype?._navigationPropertyNames ?? []),
      ]);
    },
  };
}
