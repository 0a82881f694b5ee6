import { makeStyles, Tab, TabList, Title3, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import type { Language } from "../domain/common/language";
import type { WorkbookHost } from "../office/host";
import { FunctionsTab } from "./functions/FunctionsTab";
import { GoalsTab } from "./goals/GoalsTab";
import { strings } from "./i18n/strings";
import { ImportPanel } from "./import/ImportPanel";
import { TemplatesTab } from "./templates/TemplatesTab";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  tabs: {
    // Small tabs are as legible (the same font) with less padding, so the row fits a 320-pixel
    // pane; pulled out by a tab's own padding, each label lines up with the heading and the row
    // gains that width. Wrapping stays for narrower panes and zoom.
    flexWrap: "wrap",
    marginInline: `calc(-1 * (${tokens.spacingHorizontalSNudge} + ${tokens.spacingHorizontalXXS}))`,
  },
});

export interface AppProps {
  readonly language: Language;
  /** The workbook the pane works on: Excel in Office, a fake or the stand-in in tests and the preview. */
  readonly host: WorkbookHost;
}

/** A feature of the pane: one tab, one folder under src/taskpane. */
interface Feature {
  readonly id: string;
  readonly render: (props: AppProps) => ReactNode;
  /**
   * Mounted with the pane and kept, hidden, while another tab is shown: for a feature whose work
   * outlives a visit (an import running, its cards). Others mount when chosen, afresh each time.
   */
  readonly keepMounted?: boolean;
}

const FEATURES = [
  {
    id: "import",
    render: ({ language, host }) => <ImportPanel language={language} host={host} />,
    keepMounted: true,
  },
  {
    id: "templates",
    render: ({ host, language }) => <TemplatesTab host={host} language={language} />,
  },
  {
    id: "goals",
    render: ({ host, language }) => <GoalsTab host={host} language={language} />,
  },
  {
    id: "functions",
    render: ({ language, host }) => <FunctionsTab language={language} host={host} />,
  },
] as const satisfies readonly Feature[];

type FeatureId = (typeof FEATURES)[number]["id"];

/** The task pane: a heading, one tab per feature, and the selected feature's panel. */
export function App(props: AppProps) {
  const { language } = props;
  const styles = useStyles();
  const text = strings[language];
  const [selected, setSelected] = useState<FeatureId>(FEATURES[0].id);
  const mounted = FEATURES.filter((f: Feature) => f.id === selected || f.keepMounted === true);
  return (
    <main className={styles.root} lang={language}>
      <Title3 as="h1" block>
        {text.title}
      </Title3>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={text.featuresLabel}
        selectedValue={selected}
        onTabSelect={(_, data) => setSelected(data.value as FeatureId)}
      >
        {FEATURES.map((f) => (
          <Tab key={f.id} value={f.id} id={`tab-${f.id}`} aria-controls={`panel-${f.id}`}>
            {text.tabs[f.id]}
          </Tab>
        ))}
      </TabList>
      {mounted.map((f) => (
        // `hidden` takes a kept panel out of the accessibility tree and the tab order.
        <div
          key={f.id}
          role="tabpanel"
          id={`panel-${f.id}`}
          aria-labelledby={`tab-${f.id}`}
          hidden={f.id !== selected}
        >
          {f.render(props)}
        </div>
      ))}
    </main>
  );
}
