import type { Element } from "@xmldom/xmldom";
import { problem, type ManifestCheck, type ManifestProblem } from "../manifestDocument";
import { residReferences, resourcesOf, type ResourceKind } from "../resources";

// What kind of resource each referring element needs (TaskPaneAppVersionOverrides types).
const expectedKind = (element: Element): ResourceKind | undefined => {
  const parent = (element.parentNode as Element | null)?.localName;
  switch (element.localName) {
    case "Image":
      return "Images";
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
    case "Runtime":
      return "Urls";
    case "Label":
    case "Namespace":
    case "Title":
      return "ShortStrings";
    case "Description":
      return parent === "Supertip" || parent === "GetStarted" ? "LongStrings" : undefined;
    default:
      return undefined;
  }
};

const MAX_ID_LENGTH = 32;

/** Every resid names a resource of the right kind; every resource is used; ids are unique and short. */
export const resourceReferences: ManifestCheck = ({ root }) => {
  const problems: ManifestProblem[] = [];
  const resources = resourcesOf(root);
  const byId = new Map<string, (typeof resources)[number]>();
  for (const resource of resources) {
    if (byId.has(resource.id)) {
      problems.push(
        problem(
          "resource-duplicate",
          `Resource id "${resource.id}" is defined twice.`,
          resource.element
        )
      );
    }
    byId.set(resource.id, resource);
    if (resource.id.length === 0 || resource.id.length > MAX_ID_LENGTH) {
      problems.push(
        problem(
          "resid-length",
          `Resource id "${resource.id}" must have 1 to ${MAX_ID_LENGTH} characters.`,
          resource.element
        )
      );
    }
  }

  const used = new Set<string>();
  for (const element of residReferences(root)) {
    const resid = element.getAttribute("resid") ?? "";
    used.add(resid);
    const resource = byId.get(resid);
    if (resid.length > MAX_ID_LENGTH) {
      problems.push(
        problem(
          "resid-length",
          `resid "${resid}" is longer than ${MAX_ID_LENGTH} characters.`,
          element
        )
      );
    }
    if (!resource) {
      problems.push(
        problem(
          "resid-undefined",
          `<${element.localName} resid="${resid}"> names no resource.`,
          element
        )
      );
      continue;
    }
    const kind = expectedKind(element);
    if (kind && resource.kind !== kind) {
      problems.push(
        problem(
          "resid-kind",
          `<${element.localName} resid="${resid}"> needs a ${kind} resource, but "${resid}" is in ${resource.kind}.`,
          element
        )
      );
    }
  }
  for (const resource of resources) {
    if (!used.has(resource.id)) {
      problems.push(
        problem("resource-unused", `Resource "${resource.id}" is never used.`, resource.element)
      );
    }
  }
  return problems;
};
