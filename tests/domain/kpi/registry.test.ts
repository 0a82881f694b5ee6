import { kpiRegistry } from "../../../src/domain/kpi/registry";
import { englishBuiltins, frenchBuiltins } from "./excelBuiltinNames";

const definitions = Object.values(kpiRegistry);
const builtins = new Set([...englishBuiltins, ...frenchBuiltins]);
const functionName = /^[A-Z][A-Z0-9_]{2,}$/;
const paramName = /^[a-z][a-z0-9_]*$/;

describe("the KPI registry", () => {
  it("keys every KPI by its own id", () => {
    for (const [key, definition] of Object.entries(kpiRegistry)) expect(definition.id).toBe(key);
  });

  it("names every function in English by its id and in French with a name of its own", () => {
    for (const definition of definitions) {
      expect(definition.name.en).toBe(definition.id);
      expect(definition.name.fr).toMatch(functionName);
    }
    const french = definitions.map((definition) => definition.name.fr);
    expect(new Set(french).size).toBe(french.length);
  });

  it("uses no name of an Excel built-in function, in English or French", () => {
    const clashes = definitions.flatMap((definition) =>
      [definition.name.en, definition.name.fr].filter((name) => builtins.has(name))
    );
    expect(clashes).toEqual([]);
  });

  it("describes every function and argument in both languages", () => {
    for (const definition of definitions) {
      expect(definition.description.en.length).toBeGreaterThan(20);
      expect(definition.description.fr.length).toBeGreaterThan(20);
      expect(definition.description.fr).not.toBe(definition.description.en);
      for (const param of definition.params) {
        expect(param.id).toMatch(paramName);
        expect(param.name.en).toBe(param.id);
        expect(param.name.fr).toMatch(paramName);
        expect(param.description.en).not.toBe("");
        expect(param.description.fr).not.toBe("");
      }
    }
  });

  it("puts optional arguments last, as Excel requires", () => {
    for (const definition of definitions) {
      const firstOptional = definition.params.findIndex((param) => param.optional);
      if (firstOptional >= 0)
        expect(definition.params.slice(firstOptional).every((param) => param.optional)).toBe(true);
    }
  });

  it("declares volatile exactly the functions whose omitted argument means today", () => {
    for (const definition of definitions) {
      const defaultsToToday = definition.params.some(
        (param) => typeof param.default === "function"
      );
      expect(Boolean(definition.volatile)).toBe(defaultsToToday);
    }
  });

  it("gives every function an example that calls it", () => {
    for (const definition of definitions) {
      expect(definition.example.formula.startsWith(`=KPI.${definition.id}(`)).toBe(true);
    }
  });
});
