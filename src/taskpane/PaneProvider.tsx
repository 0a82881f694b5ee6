import { FluentProvider, makeStyles, type Theme } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  // The provider paints the theme's background on its own box only: at the viewport's height at
  // least, a short panel leaves no strip of the page's white under it in a dark Office.
  pane: { minHeight: "100vh" },
});

export interface PaneProviderProps {
  readonly theme: Theme;
  readonly children: ReactNode;
}

/** Fluent's provider for the whole task pane, its theme's background filling the pane. */
export function PaneProvider({ theme, children }: PaneProviderProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.pane}>
      {children}
    </FluentProvider>
  );
}
