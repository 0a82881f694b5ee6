// `npm run validate`: the offline manifest checks on manifest.xml (dev) and, once built,
// dist/manifest.xml (production), then `office-addin-manifest info` as a second reader.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkManifest } from "./manifest/checkManifest";

const root = resolve(__dirname, "..");

function servedFrom(xml: string, folder: string): (url: string) => string | undefined {
  const page = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1];
  const base = page ? new URL(".", page).href : undefined;
  return (url) => (base && url.startsWith(base) ? join(folder, url.slice(base.length)) : undefined);
}

let failed = false;
const targets = [
  { file: join(root, "manifest.xml"), folder: root, production: false },
  { file: join(root, "dist", "manifest.xml"), folder: join(root, "dist"), production: true },
];
for (const { file, folder, production } of targets) {
  if (!existsSync(file)) {
    if (!production) failed = true;
    console.log(
      production
        ? `- ${file}: not built (run npm run build to check it too)`
        : `✗ ${file} is missing`
    );
    continue;
  }
  const xml = readFileSync(file, "utf8");
  const problems = checkManifest(xml, { localFile: servedFrom(xml, folder), production });
  if (problems.length === 0) {
    console.log(`✓ ${file}: every offline check passed`);
  } else {
    failed = true;
    console.log(`✗ ${file}: ${problems.length} problem(s)`);
    for (const p of problems)
      console.log(`  [${p.code}]${p.line ? ` line ${p.line}:` : ""} ${p.message}`);
  }
}

// office-addin-manifest parses the manifest its own way (xml2js): a manifest it cannot read fails here.
const cli = join(root, "node_modules", ".bin", "office-addin-manifest");
try {
  console.log(execFileSync(cli, ["info", join(root, "manifest.xml")], { encoding: "utf8" }));
} catch (error) {
  failed = true;
  console.log(
    `✗ office-addin-manifest info failed: ${error instanceof Error ? error.message : String(error)}`
  );
}
process.exitCode = failed ? 1 : 0;
