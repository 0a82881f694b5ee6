// Builds the bundles the browser tests open, once per run rather than once per test file: each
// webpack build takes a minute on a busy machine. A run started with SOCIAL_KPI_E2E_BUILDS set to
// an earlier run's builds.json reuses those builds (while editing tests only).
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { BUILDS_ENV, type E2eBuilds } from "./builds";

const root = join(__dirname, "..", "..", "..");

async function build(mode: "production" | "development", out: string): Promise<void> {
  await promisify(execFile)(
    join(root, "node_modules", ".bin", "webpack"),
    ["--mode", mode, "--output-path", out],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 }
  );
}

export default async function globalSetup(): Promise<void> {
  if (process.env[BUILDS_ENV] !== undefined) return;
  const base = mkdtempSync(join(tmpdir(), "social-kpi-e2e-"));
  const builds: E2eBuilds = {
    production: join(base, "production"),
    development: join(base, "development"),
    screenshots: join(base, "screenshots"),
    temporary: true,
  };
  mkdirSync(builds.screenshots);
  await Promise.all([
    build("production", builds.production),
    build("development", builds.development),
  ]);
  const file = join(base, "builds.json");
  writeFileSync(file, JSON.stringify(builds));
  // Set before Jest starts its workers, which inherit the environment.
  process.env[BUILDS_ENV] = file;
}
