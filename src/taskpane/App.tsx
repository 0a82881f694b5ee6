import { makeStyles, Title3, tokens } from "@fluentui/react-components";
import { kpiRegistry } from "../domain/kpi/registry";
import type { Language } from "../domain/common/language";
import { FunctionCatalog } from "./functions/FunctionCatalog";
import { strings } from "./i18n/strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

export interface AppProps {
  readonly language: Language;
}

export function App({ language }: AppProps) {
  const styles = useStyles();
  const text = strings[language];
  return (
    <main className={styles.root} lang={language}>
      <Title3 as="h1" block>
        {text.title}
      </Title3>
      <FunctionCatalog
        definitions={Object.values(kpiRegistry)}
        language={language}
        strings={text}
      />
    </main>
  );
}
