import type { Element } from "@xmldom/xmldom";
import { descendants } from "./manifestDocument";

export interface ManifestUrl {
  readonly url: string;
  readonly element: Element;
}

const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]);

/** Every URL the manifest gives Office: top-level settings, URL and image resources, and their overrides. */
export function manifestUrls(root: Element): ManifestUrl[] {
  const urls: ManifestUrl[] = [];
  for (const element of descendants(root, "*")) {
    const isResource = element.localName === "Url" || element.localName === "Image";
    const isSetting = URL_ELEMENTS.has(element.localName ?? "");
    const parentName = (element.parentNode as Element | null)?.localName ?? "";
    if (
      (isResource && element.hasAttribute("id")) ||
      (isSetting && element.hasAttribute("DefaultValue"))
    ) {
      urls.push({ url: element.getAttribute("DefaultValue") ?? "", element });
    }
    const overridesUrl =
      parentName === "Url" || parentName === "Image" || URL_ELEMENTS.has(parentName);
    if (element.localName === "Override" && overridesUrl) {
      urls.push({ url: element.getAttribute("Value") ?? "", element });
    }
  }
  return urls;
}
