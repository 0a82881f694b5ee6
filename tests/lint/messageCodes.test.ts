import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { GOAL_ISSUE } from "../../src/domain/goals/goalIssue";
import { ISSUE } from "../../src/domain/import/issues";
import { WORKBOOK_ERROR } from "../../src/domain/workbook/workbookErrorCode";

// A code is written out once, where it is defined; everywhere else (tests included) names the
// constant, so a renamed or mistyped code cannot hide in a string.
const root = join(__dirname, "../..");
const DEFINITIONS = {
  issue: { codes: Object.values(ISSUE), file: "src/domain/import/issues.ts" },
  workbookError: {
    codes: Object.values(WORKBOOK_ERROR),
    file: "src/domain/workbook/workbookErrorCode.ts",
  },
  goalIssue: { codes: Object.values(GOAL_ISSUE), file: "src/domain/goals/goalIssue.ts" },
};
const SOURCE = /\.(?:ts|tsx|js|mjs|cjs)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** The codes written as a quoted literal in a text. */
function quotedCodes(text: string, codes: readonly string[]): string[] {
  return codes.filter((code) => new RegExp(`["'\`]${code}["'\`]`).test(text));
}

const files = ["src", "tests", "scripts", "bench"].flatMap(sourceFiles);

describe.each(Object.entries(DEFINITIONS))("%s codes", (_, { codes, file }) => {
  it("are each written out in their definition, where the search finds them", () => {
    expect(quotedCodes(readFileSync(join(root, file), "utf8"), codes)).toEqual(codes);
  });

  it("are never written as string literals outside their definition", () => {
    const found = files
      .filter((path) => path !== file)
      .flatMap((path) =>
        quotedCodes(readFileSync(join(root, path), "utf8"), codes).map(
          (code) => `${relative(root, join(root, path))}: ${code}`
        )
      );
    expect(found).toEqual([]);
  });
});
