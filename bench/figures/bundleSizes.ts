import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Figures } from "../figure";

const root = join(__dirname, "..", "..");
const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * Gzipped sizes from a fresh production build: functions.js alone (it must register fast, budget
 * 25 KB) and every script the task pane page loads before it can render (budget 200 KB; office.js
 * comes from Microsoft's CDN and is not ours to count).
 */
export function bundleSizes(): Figures {
  const out = mkdtempSync(join(tmpdir(), "social-kpi-bench-"));
  execFileSync(
    join(root, "node_modules", ".bin", "webpack"),
    ["--mode", "production", "--output-path", out],
    {
      cwd: root,
      stdio: "ignore",
    }
  );
  const page = readFileSync(join(out, "taskpane.html"), "utf8");
  const localScripts = [...page.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((match) => match[1] ?? "")
    .filter((src) => !/^https?:/.test(src));
  return {
    "bundle.functions.gzip_bytes": {
      value: gzipBytes(join(out, "functions.js")),
      unit: "bytes",
      note: "budget 25,600",
    },
    "bundle.taskpane_initial.gzip_bytes": {
      value: localScripts.reduce((sum, src) => sum + gzipBytes(join(out, src)), 0),
      unit: "bytes",
      note: `budget 204,800; ${localScripts.join(" + ")}`,
    },
  };
}
