import type { Element } from "@xmldom/xmldom";
import {
  childElements,
  descendants,
  problem,
  xsiType,
  type ManifestCheck,
  type ManifestProblem,
} from "../manifestDocument";

// The XSD sequences of [MS-OWEMXML] for the parts of the manifest we use: Office refuses a
// manifest whose children are out of order, with the same message as for an unknown child.
const sequences = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
    "ExtendedOverrides",
  ],
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "EquivalentAddins",
    "VersionOverrides",
    "WebApplicationInfo",
  ],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  CustomFunctions: ["Script", "Page", "Metadata", "Namespace"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
} as const;

function checkSequence(
  parent: Element,
  label: string,
  order: readonly string[]
): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  let last = -1;
  for (const child of childElements(parent)) {
    const name = child.localName ?? "";
    const position = order.indexOf(name);
    if (position === -1) {
      problems.push(
        problem("element-order", `<${name}> is not a valid child of <${label}>.`, child)
      );
    } else if (position < last) {
      problems.push(
        problem(
          "element-order",
          `<${name}> must come before <${order[last]}> in <${label}> (order: ${order.join(", ")}).`,
          child
        )
      );
    } else {
      last = position;
    }
  }
  return problems;
}

/** Children of OfficeApp, VersionOverrides, Host, CustomFunctions… appear in schema order. */
export const elementOrder: ManifestCheck = ({ root }) => {
  const problems = checkSequence(root, "OfficeApp", sequences.OfficeApp);
  for (const overrides of childElements(root, "VersionOverrides")) {
    problems.push(...checkSequence(overrides, "VersionOverrides", sequences.VersionOverrides));
    for (const host of descendants(overrides, "Host")) {
      problems.push(...checkSequence(host, "Host", sequences.Host));
    }
    for (const name of [
      "DesktopFormFactor",
      "Resources",
      "Group",
      "Control",
      "GetStarted",
    ] as const) {
      for (const element of descendants(overrides, name)) {
        problems.push(...checkSequence(element, name, sequences[name]));
      }
    }
    for (const point of descendants(overrides, "ExtensionPoint")) {
      if (xsiType(point) === "CustomFunctions") {
        problems.push(
          ...checkSequence(point, "ExtensionPoint CustomFunctions", sequences.CustomFunctions)
        );
      }
    }
  }
  return problems;
};
