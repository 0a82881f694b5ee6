import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack, { type Configuration } from "webpack";
import type { importExport } from "../src/domain/import";

const root = join(__dirname, "..");

/**
 * Builds `entry` as the task pane's code is built: the project's own webpack configuration
 * (resolution, loader, minifier options) in production mode, for `target` (`web`: packages resolved as a browser
 * build resolves them), into a fresh temporary folder, which it resolves with.
 */
export async function shippedBuild(
  entry: string,
  target: "node" | "web",
  output: Omit<NonNullable<Configuration["output"]>, "path">
): Promise<string> {
  const configure = (await import(join(root, "webpack.config.js"))) as {
    default: (env: object, options: { mode: string }) => Promise<Configuration>;
  };
  const base = await configure.default({}, { mode: "production" });
  const out = mkdtempSync(join(tmpdir(), "social-kpi-importer-"));
  const config: Configuration = {
    mode: "production",
    target,
    devtool: false,
    entry,
    output: { ...output, path: out },
    resolve: base.resolve,
    module: base.module,
    optimization: base.optimization,
  };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    });
  });
  return out;
}

/**
 * The importer as the task pane ships it: `src/domain/import` built by {@link shippedBuild} (same
 * loader, one scope-hoisted, minified bundle, its spreadsheet reader in a chunk of its own), for
 * Node. Timing the TypeScript sources through a runtime transpiler instead would time code nobody
 * runs: one module object per file, a getter per imported function, a naming wrapper per inner
 * function.
 */
export async function shippedImporter(): Promise<{ importExport: typeof importExport }> {
  const out = await shippedBuild(join(root, "src", "domain", "import", "index.ts"), "node", {
    filename: "importer.js",
    library: { type: "commonjs2" },
  });
  return (await import(join(out, "importer.js"))) as { importExport: typeof importExport };
}
