import {
  FluentProvider,
  makeStyles,
  Radio,
  RadioGroup,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useLayoutEffect, useRef, useState } from "react";
import { languageOf } from "../src/domain/common/language";
import { excelHost } from "../src/office/host";
import { App } from "../src/taskpane/App";
import { fluentThemeFor } from "../src/taskpane/officeTheme";
import type { ExcelStandIn } from "../tests/support/excel/standIn";
import { installOfficeShim, officeContext } from "./officeShim";
import type { ViewActivity } from "./previewApi";
import type { PreviewOptions } from "./previewOptions";
import { writePreviewOptions } from "./previewOptions";
import { SampleList } from "./SampleList";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  page: {
    height: "100vh",
    display: "grid",
    gridTemplateRows: "auto minmax(0, 1fr)",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { marginRight: "auto" },
  group: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  body: {
    display: "grid",
    gridTemplateColumns: "350px minmax(0, 1fr) 260px",
    minHeight: 0,
  },
  pane: {
    overflowY: "auto",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** Marks the pane's first commit, for `ready` and the first-render bench figure. */
function PaneMounted({ onMount }: { onMount: () => void }) {
  useLayoutEffect(onMount, [onMount]);
  return null;
}

export interface PreviewPageProps {
  readonly standIn: ExcelStandIn;
  readonly activity: ViewActivity;
  readonly initial: PreviewOptions;
  readonly onPaneRendered: () => void;
  readonly onWorkbookDrawn: () => void;
}

/**
 * The preview: the real task pane on the left, as Excel hosts it (the `Office` shim gives it the
 * chosen language and theme, read the way index.tsx reads them), the stand-in's workbook in the
 * middle, sample exports on the right.
 */
export function PreviewPage({
  standIn,
  activity,
  initial,
  onPaneRendered,
  onWorkbookDrawn,
}: PreviewPageProps) {
  const styles = useStyles();
  const [options, setOptions] = useState(initial);
  const pane = useRef<HTMLDivElement>(null);
  const context = officeContext();
  const language = languageOf(context.displayLanguage);

  function choose(next: PreviewOptions): void {
    installOfficeShim(next);
    window.history.replaceState(null, "", writePreviewOptions(window.location.search, next));
    setOptions(next);
  }

  return (
    <FluentProvider theme={fluentThemeFor(context.officeTheme)} className={styles.page}>
      <header className={styles.toolbar}>
        <Text weight="semibold" size={400} className={styles.brand}>
          Social KPI preview — the task pane on a stand-in Excel
        </Text>
        <div className={styles.group}>
          <Text id="language-label">Office language</Text>
          <RadioGroup
            layout="horizontal"
            aria-labelledby="language-label"
            value={options.language}
            onChange={(_, data) =>
              choose({ ...options, language: data.value === "fr" ? "fr" : "en" })
            }
          >
            <Radio value="en" label="English" />
            <Radio value="fr" label="Français" />
          </RadioGroup>
        </div>
        <Switch
          label="Dark Office theme"
          checked={options.theme === "dark"}
          onChange={(_, data) => choose({ ...options, theme: data.checked ? "dark" : "light" })}
        />
      </header>
      <div className={styles.body}>
        <div className={styles.pane} ref={pane} data-preview-pane="">
          <App language={language} host={excelHost} />
          <PaneMounted onMount={onPaneRendered} />
        </div>
        <WorkbookView standIn={standIn} activity={activity} onDrawn={onWorkbookDrawn} />
        <SampleList pane={() => pane.current} />
      </div>
    </FluentProvider>
  );
}
