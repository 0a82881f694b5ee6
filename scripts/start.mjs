// `npm start`: serve the add-in and, where Office can be driven (Windows, macOS), sideload it into
// Excel desktop. Elsewhere (Linux, no Excel) serve it and explain how to sideload it into Excel on
// the web. Either way the development server also serves the preview (preview/: the task pane on
// the Excel stand-in, no Excel needed), whose URL comes first. Never asks for sudo: trusting a
// certificate is the user's decision.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const port = pkg.config.dev_server_port;
const url = `https://localhost:${port}`;
const canSideload = process.platform === "win32" || process.platform === "darwin";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

// office-addin-debugging stays out of package.json: its peer dependency needs libsecret's native
// build, which breaks `npm ci` on Linux (README.md, Sideloading). It is fetched where it works.
const command = canSideload
  ? [
      "--yes",
      "office-addin-debugging@7.0.0",
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "excel",
      "--dev-server",
      "npm run dev-server",
      "--dev-server-port",
      String(port),
    ]
  : ["webpack", "serve", "--mode", "development"];

console.log(`
Preview without Excel: ${url}/preview.html
  The task pane on a stand-in workbook, with sample exports to import (?lang=fr&theme=dark to
  switch). Accept the self-signed certificate once.
`);

if (!canSideload) {
  console.log(`Social KPI is being served at ${url}/taskpane.html (no Excel here to sideload into).

To try it in Excel on the web:
  1. Open ${url}/taskpane.html in your browser once and accept the self-signed certificate
     (or trust one yourself: npx office-addin-dev-certs install — it asks for sudo).
  2. In Excel on the web: Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in,
     and choose manifest.xml from this folder.
  3. Type =KPI.CTR(34, 1000) in a cell, or open the pane from Home → Social KPI.
`);
}

const child = spawn(npx, command, { stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
