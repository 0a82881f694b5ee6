import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { kpiRegistry } from "../../src/domain/kpi/registry";
import type { FunctionsMetadata } from "../../scripts/functions-metadata/functionsMetadata";
import { localizeFunctionsMetadata } from "../../scripts/functions-metadata/localizeFunctionsMetadata";

const source = join(__dirname, "..", "..", "src", "functions", "functions.ts");
const goldenFile = join(__dirname, "expected-functions.json");

let english: FunctionsMetadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(source);
  expect(result.errors).toEqual([]);
  english = JSON.parse(result.metadataJson) as FunctionsMetadata;
});

describe("functions.json", () => {
  // Ids and argument order are stored in users' workbooks: a change here breaks them. The golden
  // file changes only on purpose (UPDATE_GOLDEN=1 npm test -- functionsMetadata), in review.
  it("matches the reviewed golden metadata", () => {
    const actual = `${JSON.stringify(english, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(goldenFile, actual);
    expect(actual).toBe(readFileSync(goldenFile, "utf8"));
  });

  it("declares every registry KPI and nothing else", () => {
    expect(english.functions.map((fn) => fn.id).sort()).toEqual(Object.keys(kpiRegistry).sort());
  });

  it.each(Object.values(kpiRegistry))(
    "describes $id as the registry does, in English",
    (definition) => {
      const fn = english.functions.find((candidate) => candidate.id === definition.id);
      expect(fn).toMatchObject({
        name: definition.name.en,
        description: definition.description.en,
        parameters: definition.params.map((param) => ({
          name: param.id,
          description: param.description.en,
          ...(param.optional ? { optional: true } : {}),
        })),
      });
      definition.params.forEach((param) => expect(param.name.en).toBe(param.id));
    }
  );

  it("marks volatile exactly the functions whose omitted date means today", () => {
    for (const fn of english.functions) {
      const volatile = (fn.options as { volatile?: boolean } | undefined)?.volatile ?? false;
      expect([fn.id, volatile]).toEqual([
        fn.id,
        Boolean(kpiRegistry[fn.id as keyof typeof kpiRegistry].volatile),
      ]);
    }
  });

  it("links every function to its section of the help page", () => {
    for (const fn of english.functions) {
      expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#${fn.id.toLowerCase()}`);
    }
  });

  it("takes every argument as a value or a range and spills its result", () => {
    for (const fn of english.functions) {
      expect(fn.result).toEqual({ dimensionality: "matrix" });
      for (const parameter of fn.parameters) {
        expect(parameter).toMatchObject({ type: "any", dimensionality: "matrix" });
      }
    }
  });
});

describe("functions-fr.json", () => {
  it("has the same ids and argument counts as the English metadata", () => {
    const french = localizeFunctionsMetadata(english, kpiRegistry, "fr");
    expect(french.functions.map((fn) => [fn.id, fn.parameters.length])).toEqual(
      english.functions.map((fn) => [fn.id, fn.parameters.length])
    );
  });

  it("names every function and argument in French", () => {
    const french = localizeFunctionsMetadata(english, kpiRegistry, "fr");
    expect(french.functions.find((fn) => fn.id === "ENGAGEMENT_RATE")).toMatchObject({
      name: "TAUX_ENGAGEMENT",
      parameters: [{ name: "interactions" }, { name: "base" }],
    });
  });

  it("gives every function a name of its own in each language", () => {
    for (const language of ["en", "fr"] as const) {
      const names = Object.values(kpiRegistry).map((definition) => definition.name[language]);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("refuses to build when functions.ts and the registry disagree on an argument", () => {
    const renamed: FunctionsMetadata = {
      ...english,
      functions: english.functions.map((fn) =>
        fn.id === "CTR"
          ? { ...fn, parameters: [{ name: "clickz" }, ...fn.parameters.slice(1)] }
          : fn
      ),
    };
    expect(() => localizeFunctionsMetadata(renamed, kpiRegistry, "fr")).toThrow(/CTR: parameter 1/);
  });

  it("refuses to build when functions.ts declares a function the registry lacks", () => {
    const extra: FunctionsMetadata = {
      ...english,
      functions: [...english.functions, { id: "MYSTERY", name: "MYSTERY", parameters: [] }],
    };
    expect(() => localizeFunctionsMetadata(extra, kpiRegistry, "fr")).toThrow(/MYSTERY/);
  });
});
