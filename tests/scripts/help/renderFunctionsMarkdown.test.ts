import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { kpiRegistry } from "../../../src/domain/kpi/registry";
import { renderFunctionsMarkdown } from "../../../scripts/help/renderFunctionsMarkdown";

const file = join(__dirname, "..", "..", "..", "docs", "functions.md");

describe("docs/functions.md", () => {
  it("is the catalogue the registry generates today", () => {
    const expected = renderFunctionsMarkdown(Object.values(kpiRegistry));
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, expected);
    expect(readFileSync(file, "utf8")).toBe(expected);
  });
});
