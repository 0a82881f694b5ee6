import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { GoalsPanelProps } from "./GoalsPanel";
import { goalsStrings } from "./strings";

// The form, its validation and its measuring load when the tab is first opened, not with the pane.
const GoalsPanel = lazy(async () => ({ default: (await import("./GoalsPanel")).GoalsPanel }));

/** The goals tab as the pane shows it: the form, once loaded. */
export function GoalsTab(props: GoalsPanelProps) {
  return (
    <Suspense fallback={<Spinner size="small" label={goalsStrings[props.language].loading} />}>
      <GoalsPanel {...props} />
    </Suspense>
  );
}
