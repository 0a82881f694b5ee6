import type { ArgumentCell } from "../../src/domain/kpi/kpiDefinition";
import { kpiRegistry } from "../../src/domain/kpi/registry";
import { dateToSerial } from "../../src/domain/common/excelDate";
import { evaluateKpi, type Cells } from "../../src/functions/evaluateKpi";

// The worked example of every function (shown in the help page and the task pane) is checked by
// running it: numbers, "text", DATE(y,m,d) and {a;b;c} literals; range references are skipped.
function parseArgument(text: string): Cells | undefined {
  const trimmed = text.trim();
  const date = /^DATE\((\d+),(\d+),(\d+)\)$/.exec(trimmed.replace(/\s/g, ""));
  if (date) return [[dateToSerial(Number(date[1]), Number(date[2]), Number(date[3]))]];
  if (/^\{.*\}$/.test(trimmed))
    return trimmed
      .slice(1, -1)
      .split(";")
      .map((cell) => [Number(cell)]);
  if (/^".*"$/.test(trimmed)) return [[trimmed.slice(1, -1)]];
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return [[Number(trimmed)]];
  return undefined;
}

function splitArguments(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const char of list) {
    if (char === '"') quoted = !quoted;
    if (!quoted && "({".includes(char)) depth++;
    if (!quoted && ")}".includes(char)) depth--;
    if (char === "," && depth === 0 && !quoted) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  return [...parts, current];
}

function parseResult(shown: string): ArgumentCell {
  if (/^\d{4}-\d{2}-\d{2}$/.test(shown)) {
    const [year, month, day] = shown.split("-").map(Number) as [number, number, number];
    return dateToSerial(year, month, day);
  }
  if (/^-?[\d.]+%$/.test(shown)) return Number(shown.slice(0, -1)) / 100;
  if (/^-?[\d.]+$/.test(shown)) return Number(shown);
  return shown;
}

const decimalsShown = (shown: string) =>
  (shown.split(".")[1] ?? "").replace("%", "").length + (shown.endsWith("%") ? 2 : 0);

const examples = Object.values(kpiRegistry).map((definition) => {
  const list = definition.example.formula.slice(`=KPI.${definition.id}(`.length, -1);
  const args = splitArguments(list).map(parseArgument);
  return { definition, args, literal: args.every((arg) => arg !== undefined) };
});

describe.each(examples.filter((example) => example.literal))(
  "the example of $definition.id",
  ({ definition, args }) => {
    it(`gives ${definition.example.result}`, () => {
      const [[actual]] = evaluateKpi(definition, args as Cells[], {
        today: dateToSerial(2026, 1, 16),
        language: "en",
      }) as [[ArgumentCell]];
      const expected = parseResult(definition.example.result);
      if (typeof expected === "number")
        expect(actual).toBeCloseTo(expected, decimalsShown(definition.example.result));
      else expect(actual).toBe(expected);
    });
  }
);

it("runs every example but those over ranges of a sheet", () => {
  expect(
    examples.filter((example) => !example.literal).map((example) => example.definition.id)
  ).toEqual(["NPS", "MENTIONS"]);
});
