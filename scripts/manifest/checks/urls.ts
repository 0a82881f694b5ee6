import {
  descendants,
  problem,
  text,
  type ManifestCheck,
  type ManifestProblem,
} from "../manifestDocument";
import { manifestUrls } from "../manifestUrls";

const DEV_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Every URL is an absolute HTTPS URL (Office loads nothing else); a production manifest points at
 * no dev server; AppDomains lists only other origins the add-in really navigates to.
 */
export const urls: ManifestCheck = ({ root, production }) => {
  const problems: ManifestProblem[] = [];
  const origins = new Set<string>();
  for (const { url, element } of manifestUrls(root)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(problem("https-url", `"${url}" is not an absolute URL.`, element));
      continue;
    }
    origins.add(parsed.origin);
    if (parsed.protocol !== "https:") {
      problems.push(problem("https-url", `${url} must use https.`, element));
    }
    if (production && DEV_HOSTS.has(parsed.hostname)) {
      problems.push(
        problem("production-url", `The production manifest still points at ${url}.`, element)
      );
    }
  }
  for (const domain of descendants(root, "AppDomain")) {
    const value = text(domain);
    if (!value.startsWith("https://")) {
      problems.push(problem("https-url", `AppDomain ${value} must be an https origin.`, domain));
    } else if (origins.has(new URL(value).origin)) {
      problems.push(
        problem(
          "app-domain-unneeded",
          `AppDomain ${value} is the add-in's own origin: remove it.`,
          domain
        )
      );
    }
  }
  return problems;
};
