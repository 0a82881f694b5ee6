import { elementOrder } from "./checks/elementOrder";
import { icons } from "./checks/icons";
import { identity } from "./checks/identity";
import { resourceReferences } from "./checks/resourceReferences";
import { servedFiles } from "./checks/servedFiles";
import { sharedRuntime } from "./checks/sharedRuntime";
import { strings } from "./checks/strings";
import { urls } from "./checks/urls";
import {
  parseManifest,
  type ManifestCheck,
  type ManifestContext,
  type ManifestProblem,
} from "./manifestDocument";

/** The offline checks, in the order their problems are reported. */
export const manifestChecks: readonly ManifestCheck[] = [
  identity,
  elementOrder,
  resourceReferences,
  sharedRuntime,
  urls,
  strings,
  icons,
  servedFiles,
];

/**
 * Checks what the manifest schema and Office require, without the XSDs or Microsoft's online
 * validator: every problem found, or none.
 */
export function checkManifest(
  xml: string,
  options: Omit<ManifestContext, "root">
): ManifestProblem[] {
  const { root, problems } = parseManifest(xml);
  if (!root) return problems;
  return manifestChecks.flatMap((check) => check({ ...options, root }));
}
