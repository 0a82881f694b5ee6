import { createFocusOutlineStyle, makeStyles, Table, tokens } from "@fluentui/react-components";
import { type ReactNode, useId } from "react";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%", ...createFocusOutlineStyle() },
  // Fluent lays tables out fixed, one equal share of the pane per column: a file's dozen columns
  // would each get a few pixels, a field drop-down would be cut. Laid out by content, the table is
  // as wide as it needs and scrolls.
  table: { tableLayout: "auto" },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold },
});

export interface CaptionedTableProps {
  readonly caption: ReactNode;
  /** The table's header and body. */
  readonly children: ReactNode;
}

/** A compact table of the import panel, named by its caption, that scrolls when wider than the pane. */
export function CaptionedTable({ caption, children }: CaptionedTableProps) {
  const styles = useStyles();
  const captionId = useId();
  return (
    // A keyboard user scrolls a table wider than the pane once it has focus, so it is a focusable
    // region named by its caption.
    <div className={styles.scroll} role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table size="extra-small" className={styles.table}>
        <caption id={captionId} className={styles.caption}>
          {caption}
        </caption>
        {children}
      </Table>
    </div>
  );
}
