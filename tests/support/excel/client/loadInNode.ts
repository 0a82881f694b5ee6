// The Excel client library loaded in Node for Jest: its source run with `vm` in a sandbox that
// looks enough like a browser page for it to load.
import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import type { ExcelClient, ExcelLibrary } from "./excelClient";
import { routeExcelClient } from "./excelClient";

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

/** One client per process: every stand-in shares it, each on its own URL. */
export function loadExcelClient(): ExcelClient {
  if (loaded) return loaded;
  const source = readFileSync(
    require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"),
    "utf8"
  );
  const sandbox = createContext(browserLikeGlobals());
  runInContext(source, sandbox, { filename: "excel-web-16.00.js" });
  loaded = routeExcelClient(sandbox as unknown as ExcelLibrary);
  return loaded;
}
