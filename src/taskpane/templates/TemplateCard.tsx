import {
  Body1,
  Button,
  Caption1,
  Card,
  CardFooter,
  CardHeader,
  makeStyles,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { readChoices, type TemplateChoices, type TemplateId, type TypedChoices } from "./gallery";
import { TemplateOptions } from "./TemplateOptions";
import type { TemplatesStrings } from "./strings";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // The column's gap spaces the paragraphs; their default margins would double it.
  paragraph: { margin: 0 },
});

/** What the pane knows of a template's sheet: still asking, its name (or none), or it could not tell. */
export type SheetStatus =
  | { readonly state: "checking" }
  | { readonly state: "known"; readonly sheetName: string | undefined }
  | { readonly state: "unknown" };

export interface TemplateCardProps {
  readonly id: TemplateId;
  readonly strings: TemplatesStrings;
  readonly sheet: SheetStatus;
  /** The card's options as the user is typing them. */
  readonly typed: TypedChoices;
  readonly onChange: (change: Partial<TypedChoices>) => void;
  /** Another template (or this one) is being applied: every button waits. */
  readonly busy: boolean;
  readonly applying: boolean;
  /** Called with the card's options read, only when they are valid. */
  readonly onApply: (choices: TemplateChoices) => void;
}

/** One template of the gallery: what it makes, what a refresh keeps, its options and its button. */
export function TemplateCard({
  id,
  strings,
  sheet,
  typed,
  onChange,
  busy,
  applying,
  onApply,
}: TemplateCardProps) {
  const styles = useStyles();
  const titleId = useId();
  const text = strings.templates[id];
  const read = readChoices(id, typed);
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
        <Body1 as="p" block className={styles.paragraph}>
          {text.description}
        </Body1>
        <Body1 as="p" block className={styles.paragraph}>
          {text.keeps}
        </Body1>
        <Body1 as="p" block className={styles.paragraph}>
          {text.onSheet}
        </Body1>
        <TemplateOptions
          id={id}
          strings={strings}
          typed={typed}
          problems={read.ok ? {} : read.problems}
          disabled={busy}
          onChange={onChange}
        />
      </div>
      <CardFooter>
        <Button
          appearance="primary"
          aria-label={strings.action(verb, text.title)}
          disabled={busy || sheet.state === "checking" || !read.ok}
          onClick={() => read.ok && onApply(read.choices)}
        >
          {verb}
        </Button>
        {applying && <Spinner size="tiny" label={strings.applying} />}
      </CardFooter>
    </Card>
  );
}
