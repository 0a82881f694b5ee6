// Microsoft's Excel client library (@microsoft/office-js, dist/excel-web-16.00.js, a dev
// dependency) loaded in Node. It is the code that runs in every add-in: proxies, load/sync,
// tracked objects, enums and errors all come from it. Its requests go to the function given to
// `OfficeExtension.HttpUtility.setCustomSendRequestFunc` for every RequestContext created with a
// URL, so each stand-in gets its own URL and this module routes requests to its host.
import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import type { RequestBody } from "../host/wire";

export interface ExcelClient {
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension;
  /** Serves requests sent to `url`; returns the function that stops serving them. */
  serve(url: string, process: (body: RequestBody) => string): () => void;
  /** The scalar and navigation properties the client declares on an Excel class ("Range"). */
  properties(type: string): ReadonlySet<string>;
}

interface SendRequest {
  url: string;
  body: RequestBody | string;
}

/** What each class of the client declares about itself (its own metadata, read-only). */
interface ClientClass {
  readonly _scalarPropertyNames?: readonly string[];
  readonly _navigationPropertyNames?: readonly string[];
}

let loaded: ExcelClient | undefined;

/** The library expects a browser page; these are the few members it touches while loading. */
function browserLikeGlobals(): Record<string, unknown> {
  const element = (): Record<string, unknown> => ({
    style: {},
    setAttribute: () => undefined,
    appendChild: () => undefined,
    addEventListener: () => undefined,
  });
  const globals: Record<string, unknown> = {
    document: {
      createElement: element,
      getElementById: () => null,
      getElementsByTagName: () => [],
      querySelectorAll: () => [],
      addEventListener: () => undefined,
      hasFocus: () => false,
      body: null,
      domain: "localhost",
      cookie: "",
      readyState: "complete",
    },
    navigator: { userAgent: "node" },
    location: {
      href: "https://localhost/",
      search: "",
      hash: "",
      protocol: "https:",
      host: "localhost",
      hostname: "localhost",
      pathname: "/",
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    setTimeout,
    clearTimeout,
    console,
  };
  globals.window = globals;
  globals.self = globals;
  return globals;
}

export function loadExcelClient(): ExcelClient {
  if (loaded) return loaded;
  const source = readFileSync(
    require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"),
    "utf8"
  );
  const sandbox = createContext(browserLikeGlobals());
  runInContext(source, sandbox, { filename: "excel-web-16.00.js" });
  const { Excel: excel, OfficeExtension: officeExtension } = sandbox as {
    Excel: typeof Excel;
    OfficeExtension: typeof OfficeExtension & {
      HttpUtility: {
        setCustomSendRequestFunc(f: (request: SendRequest) => Promise<unknown>): void;
      };
    };
  };
  const routes = new Map<string, (body: RequestBody) => string>();
  officeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
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
  });
  loaded = {
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
  return loaded;
}
