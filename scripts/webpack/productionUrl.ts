import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Where the production build will be hosted: `ADDIN_PRODUCTION_URL`, else package.json's
 * `config.production_url`. Every dev URL in the manifest and metadata is rewritten to it.
 */
export function productionUrl(env: NodeJS.ProcessEnv): string {
  const configured =
    env.ADDIN_PRODUCTION_URL ??
    (
      JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
        config?: { production_url?: string };
      }
    ).config?.production_url;
  if (!configured) {
    throw new Error(
      "Set ADDIN_PRODUCTION_URL=https://<host>/<path>/ to the address dist/ will be served from."
    );
  }
  const url = new URL(configured);
  if (url.protocol !== "https:")
    throw new Error(`The production URL must use https: ${configured}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}
