import {
  Badge,
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Language } from "../../domain/common/language";
import { ColumnConfidence } from "../../domain/import/detectionScore";
import type { ColumnMapping, MappingProposal } from "../../domain/import/mapping";
import type { CanonicalField, RecordKind } from "../../domain/import/schema";
import { mappableFields, missingRequired } from "../../domain/workbook/mappableFields";
import { CaptionedTable } from "./CaptionedTable";
import type { ImportStrings } from "./strings";

/** The kinds a proposal chooses between (audience and mentions have no generic columns). */
const KINDS = ["posts", "daily", "traffic", "ads"] as const satisfies readonly RecordKind[];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  column: { wordBreak: "break-word" },
  action: { alignSelf: "flex-start" },
});

export interface MappingEditorProps {
  readonly proposal: MappingProposal;
  readonly language: Language;
  readonly strings: ImportStrings;
  readonly onConfirm: (mapping: ColumnMapping) => void;
}

const confidenceColor = (confidence: number) =>
  confidence >= ColumnConfidence.knownName
    ? "success"
    : confidence >= ColumnConfidence.containsKnownName
      ? "warning"
      : "subtle";

/**
 * The proposed mapping of an unrecognised file, column by column: the field each column goes to
 * (in the user's language, required ones marked) and how sure the proposal is; the user corrects
 * any of them and imports the file with the result. Loaded on demand: most files never need it.
 */
export function MappingEditor({ proposal, language, strings, onConfirm }: MappingEditorProps) {
  const styles = useStyles();
  const missingId = useId();
  const [kind, setKind] = useState<RecordKind>(proposal.kind);
  const [fields, setFields] = useState<readonly (CanonicalField | "")[]>(
    proposal.columns.map((column) => column.field ?? "")
  );
  const choices = mappableFields(kind);
  const columns: Record<string, CanonicalField> = {};
  proposal.columns.forEach(({ column }, index) => {
    const field = fields[index];
    // A header seen twice maps once, from its first column, as the importer reads it.
    if (field && !(column in columns)) columns[column] = field;
  });
  const mapping: ColumnMapping = { kind, columns };
  const missing = missingRequired(mapping);
  const labelOf = (field: CanonicalField) =>
    choices.find((choice) => choice.field === field)?.spec.label[language] ?? field;

  const changeKind = (next: RecordKind) => {
    const allowed = new Set<string>(mappableFields(next).map((choice) => choice.field));
    setKind(next);
    setFields((current) => current.map((field) => (field && allowed.has(field) ? field : "")));
  };

  return (
    <div className={styles.root}>
      <Body1>{strings.mappingIntro}</Body1>
      <Field label={strings.rowsAre}>
        <Select value={kind} onChange={(_, data) => changeKind(data.value as RecordKind)}>
          {KINDS.map((option) => (
            <option key={option} value={option}>
              {strings.kinds[option]}
            </option>
          ))}
        </Select>
      </Field>
      <CaptionedTable caption={strings.mappingHeading}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.column}</TableHeaderCell>
            <TableHeaderCell>{strings.field}</TableHeaderCell>
            <TableHeaderCell>{strings.confidence}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {proposal.columns.map(({ column, confidence }, index) => (
            <TableRow key={index}>
              <TableCell className={styles.column}>{column}</TableCell>
              <TableCell>
                <Select
                  size="small"
                  aria-label={strings.fieldOf(column)}
                  value={fields[index] ?? ""}
                  onChange={(_, data) =>
                    setFields((current) =>
                      current.map((field, i) =>
                        i === index ? (data.value as CanonicalField | "") : field
                      )
                    )
                  }
                >
                  <option value="">{strings.notImported}</option>
                  {choices.map(({ field, spec, required }) => (
                    <option key={field} value={field}>
                      {required
                        ? `${spec.label[language]} (${strings.required})`
                        : spec.label[language]}
                    </option>
                  ))}
                </Select>
              </TableCell>
              <TableCell>
                <Badge appearance="tint" color={confidenceColor(confidence)}>
                  {strings.confidenceValue(confidence)}
                </Badge>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </CaptionedTable>
      {missing.length > 0 && (
        <MessageBar intent="warning" id={missingId}>
          <MessageBarBody>
            {strings.missingRequired(missing.map(labelOf).join(", "))}
          </MessageBarBody>
        </MessageBar>
      )}
      <Button
        className={styles.action}
        appearance="primary"
        disabledFocusable={missing.length > 0}
        aria-describedby={missing.length > 0 ? missingId : undefined}
        onClick={() => onConfirm(mapping)}
      >
        {strings.importWithMapping}
      </Button>
    </div>
  );
}
