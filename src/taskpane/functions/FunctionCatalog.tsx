import {
  Body1,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { KpiDefinition } from "../../domain/kpi/kpiDefinition";
import type { Language } from "../../domain/common/language";
import type { Strings } from "../i18n/strings";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: 0,
    margin: 0,
  },
  item: { listStyleType: "none" },
  formula: { wordBreak: "break-all" },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

export interface FunctionCatalogProps {
  readonly definitions: readonly KpiDefinition[];
  readonly language: Language;
  readonly strings: Strings;
}

/** The KPI functions in the user's language, each with its arguments and its native formula. */
export function FunctionCatalog({ definitions, language, strings }: FunctionCatalogProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby="functions-heading">
      <Subtitle2 as="h2" block id="functions-heading">
        {strings.functionsHeading}
      </Subtitle2>
      <Body1 as="p" block>
        {strings.functionsIntro}
      </Body1>
      <ul className={styles.list}>
        {definitions.map((definition) => {
          const params = definition.params.map((p) => p.name[language]);
          const signature = definition.params.map((p) =>
            p.optional ? `[${p.name[language]}]` : p.name[language]
          );
          return (
            <li key={definition.id} className={styles.item}>
              <Card>
                <CardHeader
                  header={
                    <code
                      className={styles.code}
                    >{`=KPI.${definition.name[language]}(${signature.join(", ")})`}</code>
                  }
                  description={<Caption1>{definition.description[language]}</Caption1>}
                />
                <Caption1 block>
                  {strings.example}:{" "}
                  <code className={styles.code}>{definition.example.formula}</code> →{" "}
                  {definition.example.result}
                </Caption1>
                <Caption1 block className={styles.formula}>
                  {strings.nativeFormula}:{" "}
                  {definition.nativeFormula ? (
                    <code className={styles.code}>
                      {definition.nativeFormula(params, language)}
                    </code>
                  ) : (
                    strings.noNativeFormula
                  )}
                </Caption1>
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
