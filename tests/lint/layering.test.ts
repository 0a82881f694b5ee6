import { execFileSync } from "node:child_process";
import { join } from "node:path";

// The project's own ESLint config, run on code that crosses the layers (docs/architecture.md §2):
// rule is proven to fire, so the layering cannot silently stop being enforced.
const cases = {
  domainImportsFunctions: [
    "src/domain/kpi/ctr.ts",
    'export { ctr } from "../../functions/functions";\n',
  ],
  domainUsesReactAndHost: [
    "src/domain/kpi/ctr.ts",
    'import { useState } from "react";\nexport const host = [useState, Excel, document];\n',
  ],
  functionsImportFluent: [
    "src/functions/functions.ts",
    'export { Button } from "@fluentui/react-components";\n',
  ],
  officeImportsTaskpane: ["src/office/writeTables.ts", 'export { App } from "../taskpane/App";\n'],
  taskpaneCallsExcel: [
    "src/taskpane/App.tsx",
    "export const run = () => Excel.run(async () => undefined);\n",
  ],
  taskpaneImportsPreview: [
    "src/taskpane/App.tsx",
    'export { SAMPLES } from "../../preview/samples";\n',
  ],
  officeImportsStandIn: [
    "src/office/host.ts",
    'export { createExcelStandIn } from "../../tests/support/excel";\n',
  ],
  taskpaneImportsDomainAndFeature: [
    "src/taskpane/App.tsx",
    'import { kpiRegistry } from "../domain/kpi/registry";\nimport { FunctionsPanel } from "./functions/FunctionsPanel";\nexport const parts = [kpiRegistry, FunctionsPanel];\n',
  ],
  // kpiError.ts is imported by every KPI the registry lists, so this closes a loop through them.
  kpiErrorImportsRegistry: [
    "src/domain/kpi/kpiError.ts",
    'import { kpiRegistry } from "./registry";\nexport const ids = Object.keys(kpiRegistry);\n',
  ],
} as const;

let broken: Record<keyof typeof cases, string[]>;

beforeAll(() => {
  const names = Object.keys(cases) as (keyof typeof cases)[];
  const input = JSON.stringify(
    names.map((name) => ({ file: cases[name][0], code: cases[name][1] }))
  );
  const output = execFileSync(process.execPath, [join(__dirname, "lintSnippets.mjs")], {
    input,
    encoding: "utf8",
  });
  const results = JSON.parse(output) as string[][];
  broken = Object.fromEntries(
    names.map((name, index) => [name, results[index] ?? []])
  ) as typeof broken;
}, 120_000);

const lint = (name: keyof typeof cases) => Promise.resolve(broken[name]);

describe("the layering lint", () => {
  it("keeps the domain from importing the custom functions", async () => {
    const rules = await lint("domainImportsFunctions");
    expect(rules).toContain("import-x/no-restricted-paths");
  });

  it("keeps the domain free of React and of the host", async () => {
    const rules = await lint("domainUsesReactAndHost");
    expect(rules).toEqual(
      expect.arrayContaining(["no-restricted-imports", "no-restricted-globals"])
    );
  });

  it("keeps React and Fluent out of the custom functions", async () => {
    const rules = await lint("functionsImportFluent");
    expect(rules).toContain("no-restricted-imports");
  });

  it("keeps the office layer from importing the task pane", async () => {
    const rules = await lint("officeImportsTaskpane");
    expect(rules).toContain("import-x/no-restricted-paths");
  });

  it("keeps the task pane from calling Excel directly", async () => {
    const rules = await lint("taskpaneCallsExcel");
    expect(rules).toContain("no-restricted-globals");
  });

  it("rejects an import that closes a cycle between modules", async () => {
    const rules = await lint("kpiErrorImportsRegistry");
    expect(rules).toContain("import-x/no-cycle");
  });

  it("keeps the development-only preview and the stand-in out of every src layer", async () => {
    await expect(lint("taskpaneImportsPreview")).resolves.toContain("import-x/no-restricted-paths");
    await expect(lint("officeImportsStandIn")).resolves.toContain("import-x/no-restricted-paths");
  });

  it("lets the task pane import the domain and its own feature folders", async () => {
    const rules = await lint("taskpaneImportsDomainAndFeature");
    expect(rules).toEqual([]);
  });
});
