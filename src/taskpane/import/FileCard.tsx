import {
  Badge,
  Body1,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { Language } from "../../domain/common/language";
import { formatInteger } from "../../domain/catalogue";
import { renderIssue } from "../../domain/import/messages";
import type { ColumnMapping } from "../../domain/import/mapping";
import type { RecordKind } from "../../domain/import/schema";
import { describeWritten, renderWorkbookError } from "../../domain/workbook/messages";
import type { WorkbookError } from "../../domain/workbook/workbookError";
import { WORKBOOK_ERROR } from "../../domain/workbook/workbookErrorCode";
import { lazyPanel } from "../lazyPanel";
import { ImportSummary } from "./ImportSummary";
import type { MappingEditorProps } from "./MappingEditor";
import { PreviewTable } from "./PreviewTable";
import type { ImportStrings } from "./strings";
import type { ImportEntry, ImportStatus } from "./useImports";

// The mapping editor is its own chunk: only files no layout recognises need it.
const MappingEditor = lazyPanel<MappingEditorProps>(
  async () => (await import("./MappingEditor")).MappingEditor,
  ({ strings }) => strings.mappingLoading
);

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
  issues: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    paddingInlineStart: 0,
    listStyleType: "none",
  },
  issue: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  // A badge in a row with a long message shrank below its own word, which then spilled out.
  badge: { flexShrink: 0 },
  // File names often have no break opportunity; unbroken, they pushed the status badge off the card.
  name: { overflowWrap: "anywhere" },
});

const STATUS_COLOR: Record<ImportStatus, "informative" | "success" | "warning" | "danger"> = {
  queued: "informative",
  reading: "informative",
  writing: "informative",
  mapping: "warning",
  written: "success",
  failed: "danger",
  writeFailed: "danger",
};

export interface FileCardProps {
  readonly entry: ImportEntry;
  readonly language: Language;
  readonly strings: ImportStrings;
  readonly onMapping: (mapping: ColumnMapping) => void;
  readonly onOpenLog: () => void;
}

/**
 * Excel's refusal in the user's language and what it left written: an import refused part-way
 * says which rows reached the workbook; one refused before any write, that none did.
 */
function writeFailure(error: WorkbookError, language: Language): string {
  const message = renderWorkbookError(error, language);
  if (error.written) return `${message} ${describeWritten(error.written, language)}`;
  return error.code === WORKBOOK_ERROR.EXCEL_REQUEST_FAILED
    ? `${message} ${describeWritten({ tables: [], rows: 0, total: 0 }, language)}`
    : message;
}

/** One imported file: what was found in it, its issues, its first rows, its mapping or summary. */
export function FileCard({ entry, language, strings, onMapping, onOpenLog }: FileCardProps) {
  const styles = useStyles();
  const { result } = entry;
  const headingId = `import-file-${entry.id}`;
  const counts = result
    ? (Object.keys(strings.kinds) as RecordKind[]).flatMap((kind) =>
        result[kind].length > 0
          ? [`${formatInteger(result[kind].length, language)} ${strings.kinds[kind]}`]
          : []
      )
    : [];
  return (
    <Card role="region" aria-labelledby={headingId}>
      <CardHeader
        header={
          <Subtitle2 as="h3" id={headingId} className={styles.name}>
            {entry.name}
          </Subtitle2>
        }
        action={
          <Badge appearance="tint" color={STATUS_COLOR[entry.status]}>
            {strings.status[entry.status]}
          </Badge>
        }
      />
      <div className={styles.body}>
        {result && (result.platform !== "unknown" || counts.length > 0) && (
          <dl className={styles.facts} aria-label={strings.detected}>
            <dt className={styles.term}>{strings.platform}</dt>
            <dd className={styles.definition}>{strings.platformName(result.platform)}</dd>
            <dt className={styles.term}>{strings.format}</dt>
            <dd className={styles.definition}>{result.format}</dd>
            <dt className={styles.term}>{strings.period}</dt>
            <dd className={styles.definition}>
              {result.periodStart && result.periodEnd
                ? strings.periodValue(result.periodStart, result.periodEnd)
                : strings.noPeriod}
            </dd>
            <dt className={styles.term}>{strings.records}</dt>
            <dd className={styles.definition}>{counts.join(", ") || "0"}</dd>
          </dl>
        )}
        {result && result.issues.length > 0 && (
          <section aria-label={strings.issues}>
            <ul className={styles.issues}>
              {result.issues.map((issue, index) => (
                <li key={index} className={styles.issue}>
                  <Badge
                    className={styles.badge}
                    appearance="outline"
                    color={issue.severity === "error" ? "danger" : "warning"}
                  >
                    {strings.severity[issue.severity]}
                  </Badge>
                  <Caption1>{renderIssue(issue, language)}</Caption1>
                </li>
              ))}
            </ul>
          </section>
        )}
        {(entry.status === "failed" || entry.status === "mapping") && (
          <Body1>{strings.nothingImported}</Body1>
        )}
        {entry.crash !== undefined && (
          <MessageBar intent="error">
            <MessageBarBody>{strings.stopped(entry.crash)}</MessageBarBody>
          </MessageBar>
        )}
        {result && entry.status !== "failed" && entry.status !== "mapping" && (
          <PreviewTable records={result} language={language} strings={strings} />
        )}
        {entry.status === "mapping" && entry.proposal && (
          <MappingEditor
            proposal={entry.proposal}
            language={language}
            strings={strings}
            onConfirm={onMapping}
          />
        )}
        {entry.writeError && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{strings.status.writeFailed}</MessageBarTitle>
              {writeFailure(entry.writeError, language)}
            </MessageBarBody>
          </MessageBar>
        )}
        {entry.report && (
          <ImportSummary
            report={entry.report}
            language={language}
            strings={strings}
            onOpenLog={onOpenLog}
          />
        )}
      </div>
    </Card>
  );
}
