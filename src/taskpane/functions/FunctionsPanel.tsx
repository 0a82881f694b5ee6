import {
  Body1,
  Caption1,
  Field,
  makeStyles,
  SearchBox,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Language } from "../../domain/common/language";
import { kpiRegistry } from "../../domain/kpi/registry";
import type { WorkbookHost } from "../../office/host";
import { ConvertFormulas } from "./ConvertFormulas";
import { FunctionCard } from "./FunctionCard";
import { matchesSearch } from "./matchesSearch";
import { functionsStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: 0,
    margin: 0,
  },
  item: { listStyleType: "none" },
});

const definitions = Object.values(kpiRegistry);

export interface FunctionsPanelProps {
  readonly language: Language;
  readonly host: WorkbookHost;
}

/**
 * The Functions tab: converting a workbook's KPI formulas to native ones (first: the list below is
 * long), then the `=KPI.*` reference with search, each function as the user types it in their Excel.
 */
export function FunctionsPanel({ language, host }: FunctionsPanelProps) {
  const styles = useStyles();
  const text = functionsStrings[language];
  const headingId = useId();
  const [query, setQuery] = useState("");
  const shown = definitions.filter((definition) => matchesSearch(definition, query, language));

  return (
    <div className={styles.root}>
      <ConvertFormulas language={language} host={host} text={text} />
      <section className={styles.section} aria-labelledby={headingId}>
        <Subtitle2 as="h2" block id={headingId}>
          {text.heading}
        </Subtitle2>
        <Body1 as="p" block>
          {text.intro}
        </Body1>
        <Field label={text.searchLabel}>
          <SearchBox
            value={query}
            placeholder={text.searchPlaceholder}
            onChange={(_, data) => setQuery(data.value)}
          />
        </Field>
        <Caption1 role="status">
          {shown.length === 0 ? text.noMatch(query) : text.shown(shown.length, definitions.length)}
        </Caption1>
        <ul className={styles.list} aria-labelledby={headingId}>
          {shown.map((definition) => (
            <li key={definition.id} className={styles.item}>
              <FunctionCard definition={definition} language={language} host={host} text={text} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
