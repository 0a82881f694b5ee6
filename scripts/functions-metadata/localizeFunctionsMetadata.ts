import type { KpiDefinition } from "../../src/domain/kpi/kpiDefinition";
import type { Language } from "../../src/domain/common/language";
import type { FunctionsMetadata } from "./functionsMetadata";

/**
 * Translates the generated English functions.json into another language from the KPI registry.
 * Ids, types and dimensionality are kept, so both files describe the same functions; a function
 * or parameter the registry does not know is a build error, never an untranslated leftover.
 *
 * @example
 * localizeFunctionsMetadata(english, kpiRegistry, "fr").functions[0].name //=> "TAUX_CLIC"
 */
export function localizeFunctionsMetadata(
  english: FunctionsMetadata,
  registry: Readonly<Record<string, KpiDefinition>>,
  language: Language
): FunctionsMetadata {
  return {
    ...english,
    functions: english.functions.map((fn) => {
      const definition = registry[fn.id];
      if (!definition)
        throw new Error(`functions.json has ${fn.id}, which the KPI registry lacks.`);
      if (definition.params.length !== fn.parameters.length) {
        throw new Error(
          `${fn.id} has ${fn.parameters.length} parameters in functions.ts but ${definition.params.length} in the registry.`
        );
      }
      return {
        ...fn,
        name: definition.name[language],
        description: definition.description[language],
        parameters: fn.parameters.map((parameter, index) => {
          const param = definition.params[index];
          if (!param || param.id !== parameter.name) {
            throw new Error(
              `${fn.id}: parameter ${index + 1} is "${parameter.name}" in functions.ts but "${param?.id}" in the registry.`
            );
          }
          return {
            ...parameter,
            name: param.name[language],
            description: param.description[language],
          };
        }),
      };
    }),
  };
}
