import { DOMParser, type Element } from "@xmldom/xmldom";

/** One thing wrong with a manifest, with a stable code tests and CI output can rely on. */
export interface ManifestProblem {
  readonly code: string;
  readonly message: string;
  readonly line?: number;
}

/** What a check sees: the parsed manifest, and a way to find the file behind one of its URLs. */
export interface ManifestContext {
  readonly root: Element;
  /** The local file served at `url`, or undefined when the URL is not the add-in's own. */
  readonly localFile: (url: string) => string | undefined;
  /** True for the manifest of a production build: it must not point at the dev server. */
  readonly production: boolean;
}

export type ManifestCheck = (context: ManifestContext) => ManifestProblem[];

export const problem = (code: string, message: string, at?: Element): ManifestProblem =>
  at?.lineNumber === undefined ? { code, message } : { code, message, line: at.lineNumber };

/** Parses XML strictly: any well-formedness error is a problem, not a best-effort tree. */
export function parseManifest(xml: string): { root?: Element; problems: ManifestProblem[] } {
  const problems: ManifestProblem[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      problems.push({ code: "xml-well-formed", message: `${level}: ${message.trim()}` });
    },
  });
  try {
    const document = parser.parseFromString(xml, "text/xml");
    const root = document.documentElement ?? undefined;
    if (problems.length > 0 || !root) {
      return {
        problems: problems.length > 0 ? problems : [problem("xml-well-formed", "No root element.")],
      };
    }
    return { root, problems };
  } catch (error) {
    return {
      problems: [
        ...problems,
        problem("xml-well-formed", error instanceof Error ? error.message : String(error)),
      ],
    };
  }
}

/** Element children, by local name (prefixes such as `bt:` vary between manifests). */
export function childElements(parent: Element, localName?: string): Element[] {
  const result: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) {
      const element = node as Element;
      if (localName === undefined || element.localName === localName) result.push(element);
    }
  }
  return result;
}

/** All descendants with this local name, in document order. */
export function descendants(parent: Element, localName: string): Element[] {
  // "*" matches every element, as in getElementsByTagName.
  const found: Element[] = [];
  for (const child of childElements(parent)) {
    if (localName === "*" || child.localName === localName) found.push(child);
    found.push(...descendants(child, localName));
  }
  return found;
}

export function firstChild(parent: Element, ...path: string[]): Element | undefined {
  let current: Element | undefined = parent;
  for (const name of path) {
    current = current && childElements(current, name)[0];
  }
  return current;
}

const XSI = "http://www.w3.org/2001/XMLSchema-instance";

export const xsiType = (element: Element): string => element.getAttributeNS(XSI, "type") ?? "";

export const text = (element: Element | undefined): string => element?.textContent?.trim() ?? "";
