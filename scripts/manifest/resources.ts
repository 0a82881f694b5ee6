import type { Element } from "@xmldom/xmldom";
import { childElements, descendants, firstChild } from "./manifestDocument";

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

export interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly element: Element;
  readonly defaultValue: string;
  /** Locale → value, from `<bt:Override Locale=… Value=…/>`. */
  readonly overrides: ReadonlyMap<string, string>;
}

export const resourceKinds: readonly ResourceKind[] = [
  "Images",
  "Urls",
  "ShortStrings",
  "LongStrings",
];

export function localeOverrides(element: Element): Map<string, string> {
  const overrides = new Map<string, string>();
  for (const override of childElements(element, "Override")) {
    overrides.set(
      (override.getAttribute("Locale") ?? "").toLowerCase(),
      override.getAttribute("Value") ?? ""
    );
  }
  return overrides;
}

/** The `<Resources>` of the manifest's VersionOverrides, in document order. */
export function resourcesOf(root: Element): Resource[] {
  const container = firstChild(root, "VersionOverrides", "Resources");
  if (!container) return [];
  return resourceKinds.flatMap((kind) =>
    childElements(container, kind).flatMap((group) =>
      childElements(group).map((element) => ({
        id: element.getAttribute("id") ?? "",
        kind,
        element,
        defaultValue: element.getAttribute("DefaultValue") ?? "",
        overrides: localeOverrides(element),
      }))
    )
  );
}

/** Every element that points at a resource through `resid`. */
export const residReferences = (root: Element): Element[] =>
  descendants(root, "*").filter((element) => element.hasAttribute("resid"));
