import { readFileSync } from "node:fs";
import type { Element } from "@xmldom/xmldom";
import {
  descendants,
  firstChild,
  problem,
  type ManifestCheck,
  type ManifestProblem,
} from "../manifestDocument";
import { pngSize } from "../pngSize";
import { resourcesOf } from "../resources";

function checkIcon(
  url: string,
  size: number,
  label: string,
  at: Element,
  localFile: (url: string) => string | undefined
): ManifestProblem[] {
  const path = localFile(url);
  if (path === undefined) {
    return [problem("icon-file", `${label} ${url} is not served by the add-in.`, at)];
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return [problem("icon-file", `${label} ${url}: ${path} does not exist.`, at)];
  }
  const actual = pngSize(bytes);
  if (!actual) return [problem("icon-size", `${label} ${path} is not a PNG.`, at)];
  if (actual.width !== size || actual.height !== size) {
    return [
      problem(
        "icon-size",
        `${label} ${path} is ${actual.width}×${actual.height}; Office asks for ${size}×${size}.`,
        at
      ),
    ];
  }
  return [];
}

/**
 * Icon files exist and have the pixel sizes Office asks for: 32 and 64 for the add-in icon,
 * 16/32/80 (as declared) for ribbon images. A wrong size is blurred or rejected by the store.
 */
export const icons: ManifestCheck = ({ root, localFile }) => {
  const problems: ManifestProblem[] = [];
  for (const [name, size] of [
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 64],
  ] as const) {
    const element = firstChild(root, name);
    const url = element?.getAttribute("DefaultValue");
    if (!element || !url) problems.push(problem("icon-file", `<${name}> is missing.`));
    else problems.push(...checkIcon(url, size, `<${name}>`, element, localFile));
  }

  const images = new Map(
    resourcesOf(root)
      .filter((r) => r.kind === "Images")
      .map((r) => [r.id, r])
  );
  for (const image of descendants(root, "Image").filter((element) =>
    element.hasAttribute("size")
  )) {
    const size = Number(image.getAttribute("size"));
    const resource = images.get(image.getAttribute("resid") ?? "");
    if (resource) {
      problems.push(
        ...checkIcon(resource.defaultValue, size, `Image "${resource.id}"`, image, localFile)
      );
    }
  }
  return problems;
};
