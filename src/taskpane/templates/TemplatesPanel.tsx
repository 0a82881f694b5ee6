import {
  Body1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { Language } from "../../domain/common/language";
import { renderWorkbookError } from "../../domain/workbook/messages";
import { isWorkbookError, type WorkbookError } from "../../domain/workbook/workbookError";
import type { AppliedTemplate, AppliedTemplates, WorkbookHost } from "../../office/host";
import {
  initialTypedChoices,
  TEMPLATE_IDS,
  type TemplateChoices,
  type TemplateId,
  templateBuilder,
  type TypedChoices,
} from "./gallery";
import { type SheetStatus, TemplateCard } from "./TemplateCard";
import { templatesStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: 0,
    margin: 0,
  },
  item: { listStyleType: "none" },
});

export interface TemplatesPanelProps {
  readonly host: WorkbookHost;
  readonly language: Language;
}

/** Which sheets the workbook has: being read, read, or unreadable (and why). */
type Applied =
  | { readonly state: "checking" }
  | { readonly state: "known"; readonly sheets: AppliedTemplates }
  | { readonly state: "unknown"; readonly error: WorkbookError };

/** The last template applied and what came of it, kept as data so it renders in the current language. */
interface Outcome {
  readonly id: TemplateId;
  readonly result: AppliedTemplate | WorkbookError;
}

function sheetStatus(applied: Applied, id: TemplateId): SheetStatus {
  if (applied.state === "known") return { state: "known", sheetName: applied.sheets[id] };
  return applied.state === "checking" ? { state: "checking" } : { state: "unknown" };
}

/**
 * The Templates tab: a card per generated worksheet saying what it makes and what a refresh
 * keeps, with its options and a Create or Refresh button. One template is applied at a time;
 * what came of it is announced in a message that takes the focus.
 */
export function TemplatesPanel({ host, language }: TemplatesPanelProps) {
  const styles = useStyles();
  const headingId = useId();
  const text = templatesStrings[language];
  const [applied, setApplied] = useState<Applied>({ state: "checking" });
  // Only the cards the user has touched; the others show their initial options.
  const [typed, setTyped] = useState<Partial<Record<TemplateId, TypedChoices>>>({});
  const typedOf = (id: TemplateId): TypedChoices => typed[id] ?? initialTypedChoices(id);
  const [applying, setApplying] = useState<TemplateId>();
  const [outcome, setOutcome] = useState<Outcome>();
  const outcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void host.readAppliedTemplates().then((read) => {
      if (!live) return;
      setApplied(
        isWorkbookError(read) ? { state: "unknown", error: read } : { state: "known", sheets: read }
      );
    });
    return () => {
      live = false;
    };
  }, [host]);

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  async function apply(id: TemplateId, choices: TemplateChoices): Promise<void> {
    setApplying(id);
    setOutcome(undefined);
    try {
      const result = await host.applyTemplate(templateBuilder(id, language, choices));
      if (!isWorkbookError(result)) {
        setApplied((before) =>
          before.state === "known"
            ? { state: "known", sheets: { ...before.sheets, [id]: result.sheetName } }
            : before
        );
      }
      setOutcome({ id, result });
    } finally {
      setApplying(undefined);
    }
  }

  return (
    <section aria-labelledby={headingId} aria-busy={applying !== undefined} className={styles.root}>
      <Subtitle2 as="h2" block id={headingId}>
        {text.heading}
      </Subtitle2>
      <Body1 as="p" block>
        {text.intro}
      </Body1>
      {applied.state === "checking" && <Spinner size="tiny" label={text.checking} />}
      {applied.state === "unknown" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.readFailedTitle}</MessageBarTitle>
            {renderWorkbookError(applied.error, language)} {text.readFailedBody}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <MessageBar
          ref={outcomeRef}
          tabIndex={-1}
          intent={isWorkbookError(outcome.result) ? "error" : "success"}
          layout="multiline"
        >
          <MessageBarBody>
            {isWorkbookError(outcome.result) ? (
              <>
                <MessageBarTitle>
                  {text.failedTitle(text.templates[outcome.id].title)}
                </MessageBarTitle>
                {renderWorkbookError(outcome.result, language)}
              </>
            ) : outcome.result.created ? (
              <>
                <MessageBarTitle>{text.createdTitle}</MessageBarTitle>
                {text.created(outcome.result.sheetName)}
              </>
            ) : (
              <>
                <MessageBarTitle>{text.refreshedTitle}</MessageBarTitle>
                {text.refreshed(outcome.result.sheetName)}
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list}>
        {TEMPLATE_IDS.map((id) => (
          <li key={id} className={styles.item}>
            <TemplateCard
              id={id}
              strings={text}
              sheet={sheetStatus(applied, id)}
              typed={typedOf(id)}
              onChange={(change) =>
                setTyped((before) => ({
                  ...before,
                  [id]: { ...(before[id] ?? initialTypedChoices(id)), ...change },
                }))
              }
              busy={applying !== undefined}
              applying={applying === id}
              onApply={(choices) => void apply(id, choices)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
