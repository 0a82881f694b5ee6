import type { Element } from "@xmldom/xmldom";
import {
  descendants,
  firstChild,
  problem,
  xsiType,
  type ManifestCheck,
  type ManifestProblem,
} from "../manifestDocument";
import { localeOverrides, resourcesOf } from "../resources";

/**
 * The locales every user-visible string must be translated into, beyond the default en-US: every
 * French locale Office runs in. The task pane speaks French to all of them, and Office falls back
 * to the default, not to fr-FR, for a locale without its own override: a Canadian or Belgian user
 * would see English function names beside a French pane.
 */
export const FRENCH_LOCALES = ["fr-fr", "fr-ca", "fr-be", "fr-ch", "fr-lu"] as const;

// Limits from the manifest reference: ShortString and DisplayName 125, LongString and Description 250,
// Namespace 32 (letters, digits and periods).
const MAX_SHORT = 125;
const MAX_LONG = 250;
const MAX_NAMESPACE = 32;
const NAMESPACE = /^[A-Za-z0-9.]+$/;

function checkLength(label: string, value: string, max: number, at: Element): ManifestProblem[] {
  return value.length > max
    ? [
        problem(
          "string-length",
          `${label} has ${value.length} characters; the limit is ${max}.`,
          at
        ),
      ]
    : [];
}

function localeProblems(label: string, element: Element): ManifestProblem[] {
  const overrides = localeOverrides(element);
  const problems = FRENCH_LOCALES.filter((locale) => !overrides.get(locale)).map((locale) =>
    problem("locale-override", `${label} has no ${locale} override.`, element)
  );
  // The add-in has one French (one functions-fr.json, one pane catalogue): a locale whose text
  // drifted from the others was edited in one place and forgotten in the rest.
  const french = new Set(FRENCH_LOCALES.flatMap((locale) => overrides.get(locale) ?? []));
  if (french.size > 1) {
    problems.push(
      problem(
        "locale-override-mismatch",
        `${label} differs between French locales: ${[...french].map((value) => `"${value}"`).join(" / ")}.`,
        element
      )
    );
  }
  return problems;
}

/**
 * Strings fit Office's limits, the namespace is a valid prefix, and everything a user reads — and
 * the custom-function metadata — is translated into every required locale.
 */
export const strings: ManifestCheck = ({ root }) => {
  const problems: ManifestProblem[] = [];
  const namespaceResid = descendants(root, "Namespace")[0]?.getAttribute("resid");
  const customFunctions = descendants(root, "ExtensionPoint").find(
    (p) => xsiType(p) === "CustomFunctions"
  );
  const metadataResid =
    customFunctions &&
    firstChild(customFunctions, "Metadata", "SourceLocation")?.getAttribute("resid");

  for (const name of ["DisplayName", "Description"] as const) {
    const element = firstChild(root, name);
    if (!element) {
      problems.push(problem("string-missing", `<${name}> is missing.`));
      continue;
    }
    problems.push(
      ...checkLength(
        name,
        element.getAttribute("DefaultValue") ?? "",
        name === "DisplayName" ? MAX_SHORT : MAX_LONG,
        element
      ),
      ...localeProblems(`<${name}>`, element)
    );
  }

  for (const resource of resourcesOf(root)) {
    if (resource.kind === "ShortStrings" || resource.kind === "LongStrings") {
      const max = resource.kind === "ShortStrings" ? MAX_SHORT : MAX_LONG;
      for (const value of [resource.defaultValue, ...resource.overrides.values()]) {
        problems.push(...checkLength(`String "${resource.id}"`, value, max, resource.element));
      }
      if (resource.id === namespaceResid) {
        if (
          resource.defaultValue.length > MAX_NAMESPACE ||
          !NAMESPACE.test(resource.defaultValue)
        ) {
          problems.push(
            problem(
              "namespace",
              `Namespace "${resource.defaultValue}" must be 1 to ${MAX_NAMESPACE} letters, digits or periods.`,
              resource.element
            )
          );
        }
      } else {
        problems.push(...localeProblems(`String "${resource.id}"`, resource.element));
      }
    }
    if (resource.id === metadataResid) {
      problems.push(
        ...localeProblems(`Custom-function metadata URL "${resource.id}"`, resource.element)
      );
    }
  }
  return problems;
};
