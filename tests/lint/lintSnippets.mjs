// Lints code snippets as if they were files of the project, with the project's own ESLint config,
// and prints the rule ids each one breaks. Jest cannot load ESLint's ESM config, so the layering
// test runs this in a child process. Input on stdin: [{ "file": "src/…", "code": "…" }].
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";

const root = join(import.meta.dirname, "..", "..");
const snippets = JSON.parse(readFileSync(0, "utf8"));
// Type-aware rules need files the TypeScript project knows; layering rules do not, so they are
// switched off here and the snippets can stand for files that do not exist yet.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [
    tseslint.configs.disableTypeChecked,
    { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ],
});
const results = [];
for (const { file, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  results.push(result.messages.map((message) => message.ruleId ?? message.message));
}
process.stdout.write(JSON.stringify(results));
