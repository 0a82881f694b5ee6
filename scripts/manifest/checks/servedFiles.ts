import { existsSync } from "node:fs";
import { problem, type ManifestCheck } from "../manifestDocument";
import { manifestUrls } from "../manifestUrls";

/**
 * In a build, every URL of the add-in's own origin names a file in dist/ (a page, script,
 * metadata, icon or override): a missing one is a blank pane or functions that never register.
 * The dev manifest is served from webpack's memory, so only builds are checked.
 */
export const servedFiles: ManifestCheck = ({ root, localFile, production }) => {
  if (!production) return [];
  return manifestUrls(root).flatMap(({ url, element }) => {
    const path = localFile(url.split(/[?#]/)[0] ?? url);
    return path !== undefined && !existsSync(path)
      ? [problem("served-file", `${url} is not in the build (${path} is missing).`, element)]
      : [];
  });
};
