import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { FunctionsPanelProps } from "./FunctionsPanel";
import { functionsStrings } from "./strings";

// The reference (the KPI registry, the French notation, the cards) loads when the tab is first
// opened, not with the pane: the pane opens on Import.
const FunctionsPanel = lazy(async () => ({
  default: (await import("./FunctionsPanel")).FunctionsPanel,
}));

/** The Functions tab as the pane shows it: the reference, once loaded. */
export function FunctionsTab(props: FunctionsPanelProps) {
  return (
    <Suspense fallback={<Spinner size="small" label={functionsStrings[props.language].loading} />}>
      <FunctionsPanel {...props} />
    </Suspense>
  );
}
