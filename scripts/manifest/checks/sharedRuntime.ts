import type { Element } from "@xmldom/xmldom";
import {
  childElements,
  descendants,
  firstChild,
  problem,
  xsiType,
  type ManifestCheck,
  type ManifestProblem,
} from "../manifestDocument";
import { resourcesOf } from "../resources";

/**
 * The task pane, the custom functions and the ribbon share one runtime only when the Runtime,
 * the CustomFunctions Page, the FunctionFile and the ShowTaskpane action all name the same URL
 * resource and the runtime is long-lived (configure-your-add-in-to-use-a-shared-runtime docs);
 * otherwise Office silently starts separate runtimes and the pane cannot see the functions' state.
 */
export const sharedRuntime: ManifestCheck = ({ root }) => {
  const problems: ManifestProblem[] = [];
  const sets = descendants(root, "Set").filter(
    (set) => set.getAttribute("Name") === "SharedRuntime"
  );
  if (sets.length === 0) {
    problems.push(
      problem(
        "shared-runtime",
        'Requirements must include <Set Name="SharedRuntime" MinVersion="1.1"/>.'
      )
    );
  }

  const runtimes = descendants(root, "Runtime");
  const runtime = runtimes[0];
  if (!runtime || runtimes.length !== 1) {
    problems.push(
      problem("shared-runtime", `Expected exactly one <Runtime>, found ${runtimes.length}.`)
    );
    return problems;
  }
  if (runtime.getAttribute("lifetime") !== "long") {
    problems.push(problem("shared-runtime", 'The <Runtime> must have lifetime="long".', runtime));
  }
  const runtimeResid = runtime.getAttribute("resid") ?? "";

  const customFunctions = descendants(root, "ExtensionPoint").find(
    (p) => xsiType(p) === "CustomFunctions"
  );
  const users: Array<[string, Element | undefined]> = [
    [
      "CustomFunctions <Page>",
      customFunctions && firstChild(customFunctions, "Page", "SourceLocation"),
    ],
    ["<FunctionFile>", descendants(root, "FunctionFile")[0]],
    ...descendants(root, "Action")
      .filter((action) => xsiType(action) === "ShowTaskpane")
      .map((action): [string, Element | undefined] => [
        "ShowTaskpane <Action>",
        childElements(action, "SourceLocation")[0],
      ]),
  ];
  for (const [label, element] of users) {
    if (!element) {
      problems.push(problem("shared-runtime", `${label} is missing.`));
    } else if (element.getAttribute("resid") !== runtimeResid) {
      problems.push(
        problem(
          "shared-runtime",
          `${label} uses resid "${element.getAttribute("resid") ?? ""}" but the shared runtime is "${runtimeResid}".`,
          element
        )
      );
    }
  }
  for (const action of descendants(root, "Action").filter((a) => xsiType(a) === "ShowTaskpane")) {
    if (childElements(action, "TaskpaneId").length > 0) {
      problems.push(
        problem(
          "shared-runtime",
          "A shared runtime has a single task pane: drop <TaskpaneId>.",
          action
        )
      );
    }
  }

  const runtimeUrl = resourcesOf(root).find((r) => r.id === runtimeResid)?.defaultValue;
  const defaultSource = firstChild(root, "DefaultSettings", "SourceLocation")?.getAttribute(
    "DefaultValue"
  );
  if (runtimeUrl !== undefined && defaultSource !== runtimeUrl) {
    problems.push(
      problem(
        "shared-runtime",
        `DefaultSettings/SourceLocation (${defaultSource ?? "missing"}) must be the runtime page ${runtimeUrl}.`
      )
    );
  }
  return problems;
};
