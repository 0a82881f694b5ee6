// `npm run bench`: measures every figure, prints a table and writes bench/results.json.
// Ratios are taken against a baseline measured in the same run, never against a fixed time.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Figures } from "./figure";
import { bundleSizes } from "./figures/bundleSizes";
import { functionsThroughput } from "./figures/functionsThroughput";
import { importThroughput } from "./figures/importThroughput";
import { taskpaneRender } from "./figures/taskpaneRender";
import { templates } from "./figures/templates";
import { writeThroughput } from "./figures/writeThroughput";

const benches: ReadonlyArray<[string, () => Figures | Promise<Figures>]> = [
  ["bundle sizes", bundleSizes],
  ["custom functions", functionsThroughput],
  ["import", importThroughput],
  ["workbook writes", writeThroughput],
  ["templates", templates],
  ["task pane first render", taskpaneRender],
];

async function main(): Promise<void> {
  const results: Figures = {};
  for (const [name, bench] of benches) {
    process.stdout.write(`measuring ${name}…\n`);
    Object.assign(results, await bench());
  }

  const rows = Object.entries(results).map(([figure, { value, unit, note }]) => [
    figure,
    Number.isInteger(value) ? value.toLocaleString("en-US") : value.toFixed(3),
    unit,
    note ?? "",
  ]);
  const widths = [0, 1, 2].map((column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0))
  );
  for (const row of rows) {
    console.log(
      row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column] ?? 0) : cell)).join("  ")
    );
  }

  writeFileSync(join(__dirname, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
}

void main();
