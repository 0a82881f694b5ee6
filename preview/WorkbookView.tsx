import { makeStyles, Subtitle2, Tab, TabList, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { renderSheetHtml, WORKBOOK_CSS } from "../tests/support/excel/render";
import type { ExcelStandIn } from "../tests/support/excel/standIn";
import type { ViewActivity } from "./previewApi";

/** An empty sheet still shows a screenful of cells, as Excel does. */
const EMPTY_SHEET = { minRows: 30, minColumns: 12 };

/** An Excel.run sends its requests in quick succession; the view is drawn once they pause. */
const SETTLE_MS = 40;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
  },
  scroller: {
    flexGrow: 1,
    overflow: "auto",
    padding: tokens.spacingHorizontalS,
    outlineStyle: "none",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  tabs: {
    flexShrink: 0,
    overflowX: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface WorkbookViewProps {
  readonly standIn: ExcelStandIn;
  readonly activity: ViewActivity;
  /** Called after every drawing of the view. */
  readonly onDrawn?: () => void;
}

/**
 * The stand-in's workbook as Excel would show it: the selected sheet's grid with its tables and
 * charts, sheet tabs below. Redrawn after each Excel.run settles; it follows the active sheet when
 * production code activates another one.
 */
export function WorkbookView({ standIn, activity, onDrawn }: WorkbookViewProps) {
  const styles = useStyles();
  const { model } = standIn;
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState(model.activeSheetId);
  const lastActive = useRef(model.activeSheetId);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = standIn.onRequest(() => {
      activity.requested();
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (model.activeSheetId !== lastActive.current) {
          lastActive.current = model.activeSheetId;
          setSelected(model.activeSheetId);
        }
        setVersion((v) => v + 1);
      }, SETTLE_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [standIn, activity, model]);

  const sheets = model.liveSheets();
  const sheet = sheets.find((s) => s.id === selected) ?? sheets[0];
  // `version` stands for the model's changes, which React cannot see.
  const html = useMemo(
    () => (sheet ? renderSheetHtml(model, sheet, EMPTY_SHEET) : ""),
    [model, sheet, version]
  );

  useEffect(() => {
    activity.drawn();
    onDrawn?.();
  }, [html, version, selected, activity, onDrawn]);

  return (
    <section className={styles.root} aria-labelledby="workbook-heading">
      <style>{WORKBOOK_CSS}</style>
      <Subtitle2 as="h2" id="workbook-heading" className={styles.heading}>
        Workbook
      </Subtitle2>
      <div
        className={styles.scroller}
        tabIndex={0}
        role="region"
        aria-label={sheet ? `Sheet ${sheet.name}` : "Sheet"}
      >
        <div className="workbook" dangerouslySetInnerHTML={{ __html: html }} />
      </div>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label="Sheets"
        selectedValue={sheet?.id}
        onTabSelect={(_, data) => setSelected(String(data.value))}
      >
        {sheets.map((s) => (
          <Tab key={s.id} value={s.id}>
            {s.name}
          </Tab>
        ))}
      </TabList>
    </section>
  );
}
