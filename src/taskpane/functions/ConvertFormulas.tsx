import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Language } from "../../domain/common/language";
import type { FormulaConversionReport } from "../../domain/kpi/formulaConversion";
import { localFormula, localFunctionName } from "../../domain/kpi/localFormula";
import { renderWorkbookError } from "../../domain/workbook/messages";
import { isWorkbookError } from "../../domain/workbook/workbookError";
import type { ConversionScope, WorkbookHost } from "../../office/host";
import type { FunctionsStrings } from "./strings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalL,
    margin: 0,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
});

type ConvertState =
  | { readonly kind: "idle" | "busy" }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "done"; readonly report: FormulaConversionReport };

export interface ConvertFormulasProps {
  readonly language: Language;
  readonly host: WorkbookHost;
  readonly text: FunctionsStrings;
}

/**
 * "Convert KPI formulas to native formulas" for the selection or the active sheet, so the workbook
 * can go to people without the add-in, and the report of what was converted and what was kept.
 */
export function ConvertFormulas({ language, host, text }: ConvertFormulasProps) {
  const styles = useStyles();
  const headingId = useId();
  const [scope, setScope] = useState<ConversionScope>("selection");
  const [state, setState] = useState<ConvertState>({ kind: "idle" });

  const convert = async () => {
    setState({ kind: "busy" });
    const report = await host.convertKpiFormulas(scope, language);
    setState(
      isWorkbookError(report)
        ? { kind: "failed", message: renderWorkbookError(report, language) }
        : { kind: "done", report }
    );
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" block id={headingId}>
        {text.convertHeading}
      </Subtitle2>
      <Body1 as="p" block>
        {text.convertIntro}
      </Body1>
      <Field label={text.scopeLabel}>
        <RadioGroup
          layout="horizontal"
          value={scope}
          onChange={(_, data) => setScope(data.value as ConversionScope)}
        >
          <Radio value="selection" label={text.scopeSelection} />
          <Radio value="sheet" label={text.scopeSheet} />
        </RadioGroup>
      </Field>
      <div>
        <Button
          appearance="primary"
          disabled={state.kind === "busy"}
          onClick={() => void convert()}
        >
          {state.kind === "busy" ? text.converting : text.convert}
        </Button>
      </div>
      <div role="status">
        {state.kind === "done" && (
          <ConversionReport report={state.report} language={language} text={text} />
        )}
      </div>
      {state.kind === "failed" && (
        <div role="alert">
          <MessageBar intent="error">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
        </div>
      )}
    </section>
  );
}

interface ConversionReportProps {
  readonly report: FormulaConversionReport;
  readonly language: Language;
  readonly text: FunctionsStrings;
}

/** The converted cells with their new formula, then the calls kept and why. */
function ConversionReport({ report, language, text }: ConversionReportProps) {
  const styles = useStyles();
  const convertedId = useId();
  const keptId = useId();
  const { converted, kept } = report;
  return (
    <>
      <MessageBar intent={kept.length > 0 ? "warning" : "success"}>
        <MessageBarBody>{text.convertSummary(converted.length, kept.length)}</MessageBarBody>
      </MessageBar>
      {converted.length > 0 && (
        <>
          <Body1 as="h3" block id={convertedId}>
            {text.convertedHeading}
          </Body1>
          <ul className={styles.list} aria-labelledby={convertedId}>
            {converted.map((cell) => (
              <li key={cell.address}>
                <Caption1>
                  {cell.address}:{" "}
                  <code className={styles.code}>{localFormula(cell.after, language)}</code>
                  {cell.maps && ` (${text.needsDynamicArrays})`}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {kept.length > 0 && (
        <>
          <Body1 as="h3" block id={keptId}>
            {text.keptHeading}
          </Body1>
          <ul className={styles.list} aria-labelledby={keptId}>
            {kept.map((call, index) => (
              <li key={`${call.address}-${index}`}>
                <Caption1>
                  {call.address}:{" "}
                  {text.keptReasons[call.code](localFunctionName(call.name, language))}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
