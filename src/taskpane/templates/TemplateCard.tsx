import {
  Body1,
  Button,
  Caption1,
  Card,
  CardFooter,
  CardHeader,
  Field,
  Input,
  makeStyles,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { parseRows, type RowOption, type TemplateId } from "./gallery";
import type { TemplatesStrings } from "./strings";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  rows: { maxWidth: "12em" },
});

/** What the pane knows of a template's sheet: still asking, its name (or none), or it could not tell. */
export type SheetStatus =
  | { readonly state: "checking" }
  | { readonly state: "known"; readonly sheetName: string | undefined }
  | { readonly state: "unknown" };

/** The row count field of a template whose builder takes one, as the user is typing it. */
export interface RowsField {
  readonly option: RowOption;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

export interface TemplateCardProps {
  readonly id: TemplateId;
  readonly strings: TemplatesStrings;
  readonly sheet: SheetStatus;
  readonly rows: RowsField | undefined;
  /** Another template (or this one) is being applied: every button waits. */
  readonly busy: boolean;
  readonly applying: boolean;
  readonly onApply: () => void;
}

/** One template of the gallery: what it makes, what a refresh keeps, its options and its button. */
export function TemplateCard({
  id,
  strings,
  sheet,
  rows,
  busy,
  applying,
  onApply,
}: TemplateCardProps) {
  const styles = useStyles();
  const titleId = useId();
  const text = strings.templates[id];
  const rowsValid = rows === undefined || parseRows(rows.value, rows.option) !== undefined;
  const verb =
    sheet.state === "known"
      ? sheet.sheetName === undefined
        ? strings.create
        : strings.refresh
      : strings.createOrRefresh;
  return (
    <Card aria-labelledby={titleId} role="group">
      <CardHeader
        header={
          <Subtitle2 as="h3" id={titleId}>
            {text.title}
          </Subtitle2>
        }
        description={
          sheet.state === "known" ? (
            <Caption1>
              {sheet.sheetName === undefined
                ? strings.notInWorkbook
                : strings.inWorkbook(sheet.sheetName)}
            </Caption1>
          ) : undefined
        }
      />
      <div className={styles.body}>
        <Body1 as="p" block>
          {text.description}
        </Body1>
        <Body1 as="p" block>
          {text.keeps}
        </Body1>
        <Body1 as="p" block>
          {text.onSheet}
        </Body1>
        {rows && (
          <Field
            className={styles.rows}
            label={rows.label}
            hint={strings.rowsHint(rows.option.min, rows.option.max)}
            validationState={rowsValid ? "none" : "error"}
            validationMessage={
              rowsValid ? undefined : strings.rowsInvalid(rows.option.min, rows.option.max)
            }
          >
            <Input
              type="number"
              inputMode="numeric"
              min={rows.option.min}
              max={rows.option.max}
              step={1}
              value={rows.value}
              disabled={busy}
              onChange={(_, data) => rows.onChange(data.value)}
            />
          </Field>
        )}
      </div>
      <CardFooter>
        <Button
          appearance="primary"
          aria-label={strings.action(verb, text.title)}
          disabled={busy || sheet.state === "checking" || !rowsValid}
          onClick={onApply}
        >
          {verb}
        </Button>
        {applying && <Spinner size="tiny" label={strings.applying} />}
      </CardFooter>
    </Card>
  );
}
