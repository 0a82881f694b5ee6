import type { KpiDefinition } from "../../src/domain/kpi/kpiDefinition";

const cell = (text: string) => text.replace(/\|/g, "\\|");

/**
 * docs/functions.md: the function catalogue for readers of the repository — one row per function
 * with its French name and a worked example — generated from the registry like the help page.
 */
export function renderFunctionsMarkdown(definitions: readonly KpiDefinition[]): string {
  const rows = definitions.map((d) => {
    const params = d.params.map((p) => (p.optional ? `[${p.id}]` : p.id)).join(", ");
    return `| \`KPI.${d.id}(${params})\` | \`${d.name.fr}\` | ${cell(d.description.en)} | \`${cell(d.example.formula)}\` → ${cell(d.example.result)} |`;
  });
  return `# KPI functions

Generated from \`src/domain/kpi/registry.ts\` (\`UPDATE_GOLDEN=1 npx jest renderFunctionsMarkdown\` refreshes it).
Each function's help link in Excel opens its section of \`help.html\`, generated from the same registry.

Every argument accepts a value or a range; ranges of one shape combine element by element, a single value applies to
every element, and the result spills. An element whose inputs are all empty stays empty. Rates are fractions (format the
cell as %). Errors: \`#DIV/0!\` zero base, \`#NUM!\` negative count or out-of-range score, \`#VALUE!\` text that is not a
number or wrong shapes (with a message), \`#N/A\` nothing to compute yet; an error in an argument comes back as that
error. A data type counts by its value: a number data type as its number, an entity (a stock, a city) as its text. Excel
on Windows hands add-in functions an empty cell as 0 (Excel on the web as empty), so there a fully blank row computes as
zeros (often \`#DIV/0!\`); wrap the formula in \`IF(B2="","",…)\` where that matters.

| Function | French name | What it computes | Example |
| --- | --- | --- | --- |
${rows.join("\n")}
`;
}
