import type { KpiDefinition } from "../../src/domain/kpi/kpiDefinition";
import type { Language } from "../../src/domain/common/language";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const units: Readonly<Record<KpiDefinition["unit"], string>> = {
  fraction: "a fraction: format the cell as a percentage",
  ratio: "a ratio",
  money: "an amount in the currency of the spend",
  count: "a count",
  number: "a number",
  score: "a score",
  date: "a date serial: format the cell as a date",
  text: "a text label",
};

function signature(definition: KpiDefinition, language: Language): string {
  const params = definition.params.map((p) =>
    p.optional ? `[${p.name[language]}]` : p.name[language]
  );
  return `=KPI.${definition.name[language]}(${params.join(", ")})`;
}

function section(definition: KpiDefinition): string {
  const rows = definition.params
    .map(
      (p) =>
        `<tr><td><code>${p.name.en}</code>${p.optional ? " (optional)" : ""}</td><td>${escapeHtml(p.description.en)}</td>` +
        `<td lang="fr"><code>${p.name.fr}</code> — ${escapeHtml(p.description.fr)}</td></tr>`
    )
    .join("\n");
  const refs = definition.params.map((_, index) => String.fromCharCode(66 + index) + "2");
  const native = definition.nativeFormula
    ? `<p>Without the add-in: <code>${escapeHtml(definition.nativeFormula(refs, "en"))}</code></p>`
    : "<p>Excel has no native equivalent: converting to native formulas keeps the values.</p>";
  return `<section id="${definition.id.toLowerCase()}">
<h2><code>${escapeHtml(signature(definition, "en"))}</code></h2>
<p>${escapeHtml(definition.description.en)} The result is ${units[definition.unit]}.${definition.volatile ? " Without <code>as_of</code> it uses today and recalculates every day." : ""}</p>
<p lang="fr"><code>${escapeHtml(signature(definition, "fr"))}</code> — ${escapeHtml(definition.description.fr)}</p>
<table><thead><tr><th>Argument</th><th>English</th><th>Français</th></tr></thead><tbody>
${rows}
</tbody></table>
<p>Example: <code>${escapeHtml(definition.example.formula)}</code> → <strong>${escapeHtml(definition.example.result)}</strong></p>
${native}
</section>`;
}

/**
 * The function reference: one section per KPI, anchored by its id (`help.html#ctr`), which is
 * where each function's help link in Excel points. Generated from the registry, so it cannot
 * drift from the functions.
 */
export function renderHelpPage(definitions: readonly KpiDefinition[]): string {
  const index = definitions
    .map(
      (d) =>
        `<li><a href="#${d.id.toLowerCase()}"><code>KPI.${d.id}</code></a> — ${escapeHtml(d.description.en)}</li>`
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Social KPI for Excel — function reference</title>
<style>
body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #242424; }
code { background: #f5f5f5; padding: 0 0.25rem; border-radius: 4px; word-break: break-word; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #e0e0e0; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
section { border-top: 1px solid #e0e0e0; margin-top: 2rem; }
</style>
</head>
<body>
<h1>Social KPI for Excel — function reference</h1>
<p>Type <code>=KPI.</code> in a cell to list the functions. Every argument accepts a value or a range; ranges of the same
shape combine element by element, a single value applies to every element, and the result spills. An element whose inputs
are all empty stays empty. Errors follow Excel: <code>#DIV/0!</code> for a zero base, <code>#NUM!</code> for a negative
count or an out-of-range score, <code>#VALUE!</code> for text that is not a number (with a message), <code>#N/A</code>
when there is nothing to compute yet; an error in an argument comes back as that error. A data type counts by its value:
a number data type as its number, an entity (a stock, a city) as its text. Dates are Excel dates.</p>
<p>Excel on Windows hands add-in functions an empty cell as 0 (Excel on the web hands it over as empty), so there a
fully blank row computes as zeros — often <code>#DIV/0!</code> — instead of staying blank; wrap the formula in
<code>IF(B2=&quot;&quot;,&quot;&quot;,…)</code> where that matters.</p>
<p lang="fr">Dans un Excel en français, les fonctions portent leur nom français (par exemple <code>=KPI.TAUX_ENGAGEMENT</code>).</p>
<p>To open the task pane: Home tab → <strong>Social KPI</strong>.</p>
<ul>
${index}
</ul>
${definitions.map(section).join("\n")}
</body>
</html>
`;
}
