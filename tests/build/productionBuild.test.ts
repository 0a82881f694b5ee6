import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { runInNewContext } from "node:vm";
import { checkManifest } from "../../scripts/manifest/checkManifest";
import { NUM_ERROR } from "../../src/domain/common/nativeFormula";
import { kpiRegistry } from "../../src/domain/kpi/registry";

const root = join(__dirname, "..", "..");
const productionUrl = "https://addin.contoso.test/social-kpi/";
const out = mkdtempSync(join(tmpdir(), "social-kpi-dist-"));

// The real command of `npm run build`, into a folder of its own, with a production URL given at
// build time as a release would.
beforeAll(async () => {
  await promisify(execFile)(
    join(root, "node_modules", ".bin", "webpack"),
    ["--mode", "production", "--output-path", out],
    { cwd: root, env: { ...process.env, ADDIN_PRODUCTION_URL: productionUrl } }
  );
}, 180_000);

const read = (file: string) => readFileSync(join(out, file), "utf8");

describe("the production build", () => {
  it("emits the pages, scripts, metadata, manifest and icons the add-in needs", () => {
    expect(readdirSync(out)).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "help.html",
        "functions.js",
        "functions.json",
        "functions-fr.json",
        "manifest.xml",
        "taskpane.js",
        "assets",
      ])
    );
  });

  it("rewrites every dev URL of the manifest to the production URL", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toMatch(/localhost/);
    expect(manifest).toContain(`${productionUrl}functions-fr.json`);
    expect(manifest.split(productionUrl).length - 1).toBe(
      readFileSync(join(root, "manifest.xml"), "utf8").split("https://localhost:3000/").length - 1
    );
  });

  it("produces a manifest that passes every offline check against the built files", () => {
    const manifest = read("manifest.xml");
    const localFile = (url: string) =>
      url.startsWith(productionUrl) ? join(out, url.slice(productionUrl.length)) : undefined;
    expect(checkManifest(manifest, { localFile, production: true })).toEqual([]);
  });

  it("loads both the task pane and the custom functions in the one shared-runtime page", () => {
    const page = read("taskpane.html");
    const scripts = [...page.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((match) => match[1]);
    // office.js first and from Microsoft's CDN (store requirement); functions before the UI.
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
      "taskpane.js",
    ]);
  });

  it("registers every function of functions.json when functions.js loads", () => {
    const associated: string[] = [];
    const sandbox = { CustomFunctions: { associate: (id: string) => associated.push(id) } };
    runInNewContext(read("functions.js"), sandbox);
    const metadata = JSON.parse(read("functions.json")) as { functions: { id: string }[] };
    expect(associated.sort()).toEqual(metadata.functions.map((fn) => fn.id).sort());
  });

  it("keeps React and Fluent out of functions.js so the functions register fast", () => {
    const script = read("functions.js");
    // Markers every React and Fluent build carries (not the word "react", which French text contains).
    expect(script).not.toMatch(
      /Symbol\.for\("react\.|__SECRET_INTERNALS|fui-FluentProvider|@griffel/
    );
  });

  it("keeps the functions' help, examples and native formulas out of functions.js, which never shows them", () => {
    const script = read("functions.js");
    const documentation = Object.values(kpiRegistry).flatMap((definition) => [
      definition.description.en,
      definition.description.fr,
      definition.example.formula,
      ...definition.params.flatMap((param) => [param.description.en, param.description.fr]),
    ]);
    expect(documentation.filter((text) => script.includes(text))).toEqual([]);
    // Native formulas write #NUM! as SQRT(-1): a builder of them in functions.js would carry it.
    expect(script).not.toContain(NUM_ERROR);
  });

  it("carries no preview: no page, no stand-in, no HyperFormula, no copy of the Excel client", () => {
    const files = readdirSync(out, { recursive: true, encoding: "utf8" });
    expect(files.filter((file) => /preview|excel-web|samples/i.test(file))).toEqual([]);
    const scripts = files.filter((file) => file.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const script = read(file);
      // Markers of HyperFormula's build, of the stand-in's host and of the Excel client's transport.
      expect(script).not.toMatch(/HyperFormula|excel-stand-in|setCustomSendRequestFunc/);
    }
  });

  it("emits French metadata with the same ids as the English one", () => {
    const ids = (file: string) =>
      (JSON.parse(read(file)) as { functions: { id: string }[] }).functions.map((f) => f.id);
    expect(ids("functions-fr.json")).toEqual(ids("functions.json"));
  });
});
