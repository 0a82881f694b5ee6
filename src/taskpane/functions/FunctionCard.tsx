import {
  Button,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../../domain/common/language";
import type { KpiDefinition } from "../../domain/kpi/kpiDefinition";
import { localExampleResult } from "../../domain/kpi/localExampleResult";
import { localFormula } from "../../domain/kpi/localFormula";
import { renderWorkbookError } from "../../domain/workbook/messages";
import { isWorkbookError } from "../../domain/workbook/workbookError";
import type { WorkbookHost } from "../../office/host";
import type { FunctionsStrings } from "./strings";

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** What the last insert did: nothing yet, under way, or its outcome. */
type InsertState =
  | { readonly kind: "idle" | "busy" }
  | { readonly kind: "done"; readonly message: string; readonly failed: boolean };

export interface FunctionCardProps {
  readonly definition: KpiDefinition;
  readonly language: Language;
  readonly host: WorkbookHost;
  readonly text: FunctionsStrings;
}

/**
 * One KPI function: its signature, description, example and native formula as the user types them
 * in their Excel, and a button writing the example into the selected cell.
 */
export function FunctionCard({ definition, language, host, text }: FunctionCardProps) {
  const styles = useStyles();
  const [insert, setInsert] = useState<InsertState>({ kind: "idle" });
  const name = `KPI.${definition.name[language]}`;
  const separator = language === "fr" ? "; " : ", ";
  const signature = `${name}(${definition.params
    .map((p) => (p.optional ? `[${p.name[language]}]` : p.name[language]))
    .join(separator)})`;
  const paramNames = definition.params.map((p) => p.name[language]);
  const native = definition.nativeFormula?.(paramNames, language);

  const insertExample = async () => {
    setInsert({ kind: "busy" });
    // Excel's `formulas` takes the en-US text whatever the user's language: it shows it translated.
    const result = await host.insertFormulaIntoSelection(definition.example.formula);
    setInsert(
      isWorkbookError(result)
        ? { kind: "done", message: renderWorkbookError(result, language), failed: true }
        : { kind: "done", message: text.inserted(result), failed: false }
    );
  };

  return (
    <Card className={styles.card}>
      <CardHeader
        header={<code className={styles.code}>{signature}</code>}
        description={<Caption1>{definition.description[language]}</Caption1>}
      />
      <Caption1 block>
        {text.example}:{" "}
        <code className={styles.code}>{localFormula(definition.example.formula, language)}</code> →{" "}
        {localExampleResult(definition.example.result, language)}
      </Caption1>
      <Caption1 block>
        {text.nativeFormula}:{" "}
        {native ? (
          <code className={styles.code}>{localFormula(native, language)}</code>
        ) : (
          text.noNativeFormula
        )}
      </Caption1>
      <div className={styles.actions}>
        <Button
          size="small"
          disabled={insert.kind === "busy"}
          aria-label={text.insertLabel(name)}
          onClick={() => void insertExample()}
        >
          {text.insert}
        </Button>
        <div role="status">
          {insert.kind === "done" && !insert.failed && (
            <MessageBar intent="success">
              <MessageBarBody>{insert.message}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {insert.kind === "done" && insert.failed && (
          <div role="alert">
            <MessageBar intent="error">
              <MessageBarBody>{insert.message}</MessageBarBody>
            </MessageBar>
          </div>
        )}
      </div>
    </Card>
  );
}
