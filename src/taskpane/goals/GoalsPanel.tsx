import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { type FormEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from "react";
import { dateToSerial } from "../../domain/common/excelDate";
import type { Language } from "../../domain/common/language";
import type { GoalField, GoalIssue } from "../../domain/goals/goalIssue";
import { goalMetricUnit } from "../../domain/goals/goalMetric";
import { measureGoalMetric } from "../../domain/goals/measureGoalMetric";
import { goalIssueMessage } from "../../domain/goals/messages";
import {
  draftMeasure,
  EMPTY_GOAL_DRAFT,
  type GoalDraft,
  validateGoal,
} from "../../domain/goals/validateGoal";
import { PLATFORM_NAMES } from "../../domain/import/platformNames";
import { type RecordLists, SOCIAL_PLATFORMS } from "../../domain/import/schema";
import { kpiRegistry, type KpiId } from "../../domain/kpi/registry";
import { type GoalMetric, goalMetricNames } from "../../domain/templates/goals";
import { renderWorkbookError } from "../../domain/workbook/messages";
import { isWorkbookError, type WorkbookError } from "../../domain/workbook/workbookError";
import type { AddedGoal, WorkbookHost } from "../../office/host";
import { goalsStrings } from "./strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  pair: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  pairItem: { flexGrow: 1, flexBasis: "120px" },
});

export interface GoalsPanelProps {
  readonly host: WorkbookHost;
  readonly language: Language;
  /** Today as an Excel serial date: the day the current value is measured to, as the sheet's TODAY(). */
  readonly today?: number;
}

type Outcome =
  | { readonly kind: "idle" }
  | { readonly kind: "writing" }
  | { readonly kind: "added"; readonly added: AddedGoal }
  | { readonly kind: "failed"; readonly error: WorkbookError };

/** Today in the user's time zone, as Excel's TODAY() gives it. */
function localToday(): number {
  const now = new Date();
  return dateToSerial(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** A KPI value as the user reads it: a rate as a percentage, anything else as a number. */
function formatValue(value: number, metric: GoalMetric, language: Language): string {
  const percent = goalMetricUnit(metric) === "fraction";
  return new Intl.NumberFormat(language === "fr" ? "fr-FR" : "en-US", {
    style: percent ? "percent" : "decimal",
    maximumFractionDigits: 2,
  }).format(value);
}

/** One SMART letter: a fieldset whose legend names it and whose hint guides what to type. */
function LetterGroup(props: { legend: string; hint: string; children: ReactNode }) {
  const styles = useStyles();
  const hintId = useId();
  return (
    <fieldset className={styles.group} aria-describedby={hintId}>
      <legend className={styles.legend}>{props.legend}</legend>
      <Caption1 id={hintId}>{props.hint}</Caption1>
      {props.children}
    </fieldset>
  );
}

/**
 * The goals tab: a SMART-goal form, one group per letter, each with a hint. The goal is validated
 * before anything is written; problems show on their fields and focus moves to the first. The
 * current value of the chosen KPI, measured from the imported tables as the goals sheet will
 * measure it, shows beside the baseline and target; where the data does not cover the KPI the
 * user may type it. A valid goal goes to the next empty row of the goals sheet.
 */
export function GoalsPanel({ host, language, today }: GoalsPanelProps) {
  const styles = useStyles();
  const text = goalsStrings[language];
  const [draft, setDraft] = useState<GoalDraft>(EMPTY_GOAL_DRAFT);
  const [checked, setChecked] = useState(false);
  const [records, setRecords] = useState<RecordLists | WorkbookError>();
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  const controls = useRef<Partial<Record<GoalField, HTMLElement | null>>>({});
  const asOf = useMemo(() => today ?? localToday(), [today]);
  const metricNames = useMemo(() => goalMetricNames(language), [language]);

  useEffect(() => {
    let live = true;
    void host.readTables(["posts", "daily"]).then((read) => {
      if (live) setRecords(read);
    });
    return () => {
      live = false;
    };
  }, [host]);

  const period = draftMeasure(draft, language);
  const measured =
    period && records !== undefined && !isWorkbookError(records)
      ? measureGoalMetric(records, { ...period, asOf })
      : undefined;
  // A typed current value only matters where the data does not measure the KPI.
  const validation = validateGoal(
    measured === undefined ? draft : { ...draft, current: "" },
    language
  );
  const issues: readonly GoalIssue[] = checked && !validation.ok ? validation.issues : [];

  const set = (field: GoalField) => (value: string) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
    if (outcome.kind !== "writing") setOutcome({ kind: "idle" });
  };
  const fieldProps = (field: GoalField) => {
    const issue = issues.find((i) => i.field === field);
    return issue
      ? { validationState: "error" as const, validationMessage: goalIssueMessage(issue, language) }
      : {};
  };
  const ref = (field: GoalField) => (element: HTMLElement | null) => {
    controls.current[field] = element;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (outcome.kind === "writing") return;
    setChecked(true);
    if (!validation.ok) {
      const first = validation.issues[0];
      if (first) controls.current[first.field]?.focus();
      return;
    }
    setOutcome({ kind: "writing" });
    const added = await host.addGoal(validation.goal, language);
    if (isWorkbookError(added)) {
      setOutcome({ kind: "failed", error: added });
      return;
    }
    setOutcome({ kind: "added", added });
    setDraft(EMPTY_GOAL_DRAFT);
    setChecked(false);
  };

  const metric = draft.metric in metricNames ? (draft.metric as GoalMetric) : undefined;
  const description =
    metric && metric in kpiRegistry
      ? kpiRegistry[metric as KpiId].description[language]
      : undefined;

  const unreadable =
    records !== undefined && isWorkbookError(records) ? (
      <Caption1>
        {text.currentUnreadable} {renderWorkbookError(records, language)}
      </Caption1>
    ) : undefined;
  const current =
    measured !== undefined && metric ? (
      <Body1 role="status">
        {text.currentMeasured} <strong>{formatValue(measured, metric, language)}</strong>
      </Body1>
    ) : (
      <Field
        label={text.currentLabel}
        hint={period ? text.currentHint : text.currentNeedsDates}
        {...fieldProps("current")}
      >
        <Input
          ref={ref("current")}
          value={draft.current}
          onChange={(_, d) => set("current")(d.value)}
        />
      </Field>
    );

  return (
    <section aria-labelledby="goals-heading">
      <Subtitle2 as="h2" block id="goals-heading">
        {text.heading}
      </Subtitle2>
      <Body1 as="p" block>
        {text.intro}
      </Body1>
      <form className={styles.form} noValidate onSubmit={(event) => void submit(event)}>
        <LetterGroup legend={text.specificLegend} hint={text.specificHint}>
          <Field label={text.specificLabel} required {...fieldProps("specific")}>
            <Textarea
              ref={ref("specific")}
              value={draft.specific}
              onChange={(_, d) => set("specific")(d.value)}
            />
          </Field>
          <Field label={text.ownerLabel} {...fieldProps("owner")}>
            <Input
              ref={ref("owner")}
              value={draft.owner}
              onChange={(_, d) => set("owner")(d.value)}
            />
          </Field>
        </LetterGroup>

        <LetterGroup legend={text.measurableLegend} hint={text.measurableHint}>
          <Field label={text.metricLabel} required hint={description} {...fieldProps("metric")}>
            <Select
              ref={ref("metric")}
              value={draft.metric}
              onChange={(_, d) => set("metric")(d.value)}
            >
              <option value="">{text.metricPlaceholder}</option>
              {Object.entries(metricNames).map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={text.platformLabel} {...fieldProps("platform")}>
            <Select
              ref={ref("platform")}
              value={draft.platform}
              onChange={(_, d) => set("platform")(d.value)}
            >
              <option value="">{text.allPlatforms}</option>
              {SOCIAL_PLATFORMS.map((platform) => (
                <option key={platform} value={platform}>
                  {PLATFORM_NAMES[platform]}
                </option>
              ))}
            </Select>
          </Field>
        </LetterGroup>

        <LetterGroup legend={text.achievableLegend} hint={text.achievableHint}>
          <div className={styles.pair}>
            <Field
              className={styles.pairItem}
              label={text.baselineLabel}
              required
              {...fieldProps("baseline")}
            >
              <Input
                ref={ref("baseline")}
                value={draft.baseline}
                onChange={(_, d) => set("baseline")(d.value)}
              />
            </Field>
            <Field
              className={styles.pairItem}
              label={text.targetLabel}
              required
              {...fieldProps("target")}
            >
              <Input
                ref={ref("target")}
                value={draft.target}
                onChange={(_, d) => set("target")(d.value)}
              />
            </Field>
          </div>
          {unreadable}
          {current}
          <Field label={text.achievableNoteLabel} {...fieldProps("achievableNote")}>
            <Input
              ref={ref("achievableNote")}
              value={draft.achievableNote}
              onChange={(_, d) => set("achievableNote")(d.value)}
            />
          </Field>
        </LetterGroup>

        <LetterGroup legend={text.relevantLegend} hint={text.relevantHint}>
          <Field label={text.relevantLabel} required {...fieldProps("relevantTo")}>
            <Input
              ref={ref("relevantTo")}
              value={draft.relevantTo}
              onChange={(_, d) => set("relevantTo")(d.value)}
            />
          </Field>
        </LetterGroup>

        <LetterGroup legend={text.timeBoundLegend} hint={text.timeBoundHint}>
          <div className={styles.pair}>
            <Field
              className={styles.pairItem}
              label={text.startLabel}
              required
              {...fieldProps("start")}
            >
              <Input
                type="date"
                ref={ref("start")}
                value={draft.start}
                onChange={(_, d) => set("start")(d.value)}
              />
            </Field>
            <Field
              className={styles.pairItem}
              label={text.deadlineLabel}
              required
              {...fieldProps("deadline")}
            >
              <Input
                type="date"
                ref={ref("deadline")}
                value={draft.deadline}
                onChange={(_, d) => set("deadline")(d.value)}
              />
            </Field>
          </div>
        </LetterGroup>

        <div>
          <Button type="submit" appearance="primary" disabled={outcome.kind === "writing"}>
            {text.submit}
          </Button>
        </div>
        {outcome.kind === "writing" && <Spinner size="tiny" label={text.writing} />}
        {outcome.kind === "added" && (
          <MessageBar intent="success">
            <MessageBarBody>
              {text.added(outcome.added.sheetName, outcome.added.row)}
              {outcome.added.created ? ` ${text.created(outcome.added.sheetName)}` : ""}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome.kind === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>
              {text.failed} {renderWorkbookError(outcome.error, language)}
            </MessageBarBody>
          </MessageBar>
        )}
      </form>
    </section>
  );
}
