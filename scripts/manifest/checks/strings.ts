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

/** The locales every user-visible string must be translated into, beyond the default en-US. */
export const REQUIRED_LOCALES = ["fr-fr"] as const;

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

function missingLocales(label: string, element: Element): ManifestProblem[] {
  const overrides = localeOverrides(element);
  return REQUIRED_LOCALES.filter((locale) => !overrides.get(locale)).map((locale) =>
    problem("locale-override", `${label} has no ${locale} override.`, element)
  );
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
      ...missingLocales(`<${name}>`, element)
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
        problems.push(...missingLocales(`String "${resource.id}"`, resource.element));
      }
    }
    if (resource.id === metadataResid) {
      problems.push(
        ...missingLocales(`Custom-function metadata URL "${resource.id}"`, resource.element)
      );
    }
  }
  return problems;
};
