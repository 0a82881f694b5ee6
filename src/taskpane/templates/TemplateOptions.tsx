import { Caption1, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { PLATFORM_NAMES } from "../../domain/import/platformNames";
import type { DashboardPlatform } from "../../domain/templates/dashboard";
import type { PeriodEnd } from "../../domain/templates/period";
import {
  type ChoiceProblems,
  CURRENCY_CHOICES,
  type CurrencyChoice,
  hasCurrency,
  hasPeriod,
  hasPlatform,
  hasRows,
  PLATFORM_CHOICES,
  ROW_OPTIONS,
  type TemplateId,
  type TypedChoices,
} from "./gallery";
import type { TemplatesStrings } from "./strings";

const useStyles = makeStyles({
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  narrow: { maxWidth: "16em" },
  period: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
});

// Excel has no dates before 1900; a date input bounded there offers none.
const EARLIEST = "1900-01-01";
const LATEST = "9999-12-31";

const platformOf = (value: string): DashboardPlatform | "" =>
  PLATFORM_CHOICES.find((platform) => platform === value) ?? "";
const currencyOf = (value: string): CurrencyChoice | "" =>
  CURRENCY_CHOICES.find((code) => code === value) ?? "";

export interface TemplateOptionsProps {
  readonly id: TemplateId;
  readonly strings: TemplatesStrings;
  readonly typed: TypedChoices;
  readonly problems: ChoiceProblems;
  readonly disabled: boolean;
  readonly onChange: (change: Partial<TypedChoices>) => void;
}

/** What is wrong with one of the period's dates, if anything. */
function periodMessage(
  end: PeriodEnd,
  problem: ChoiceProblems["period"],
  strings: TemplatesStrings
): string | undefined {
  if (problem === undefined) return undefined;
  if (problem.kind === "incomplete") {
    return problem.missing === end ? strings.period.missing[end] : undefined;
  }
  if (problem.kind === "invalid") return problem.date === end ? strings.period.invalid : undefined;
  return end === "end" ? strings.period.endBeforeStart : undefined;
}

/**
 * A card's options, those its template's builder takes: rows, a period, a platform, a currency.
 * Each starts as "keep what the sheet has", so a plain refresh changes none of the sheet's choices.
 */
export function TemplateOptions({
  id,
  strings,
  typed,
  problems,
  disabled,
  onChange,
}: TemplateOptionsProps) {
  const styles = useStyles();
  const periodId = useId();
  const periodHintId = useId();
  const dateField = (end: PeriodEnd) => {
    const message = periodMessage(end, problems.period, strings);
    return (
      <Field
        label={strings.period[end]}
        validationState={message === undefined ? "none" : "error"}
        validationMessage={message}
      >
        <Input
          type="date"
          min={EARLIEST}
          max={LATEST}
          value={typed[end]}
          disabled={disabled}
          onChange={(_, data) => onChange({ [end]: data.value })}
        />
      </Field>
    );
  };
  return (
    <div className={styles.options}>
      {hasRows(id) && (
        <Field
          className={styles.narrow}
          label={strings.rows[id]}
          hint={strings.rowsHint(ROW_OPTIONS[id].min, ROW_OPTIONS[id].max)}
          validationState={problems.rows ? "error" : "none"}
          validationMessage={
            problems.rows
              ? strings.rowsInvalid(ROW_OPTIONS[id].min, ROW_OPTIONS[id].max)
              : undefined
          }
        >
          <Input
            type="number"
            inputMode="numeric"
            min={ROW_OPTIONS[id].min}
            max={ROW_OPTIONS[id].max}
            step={1}
            value={typed.rows}
            disabled={disabled}
            onChange={(_, data) => onChange({ rows: data.value })}
          />
        </Field>
      )}
      {hasPeriod(id) && (
        <div role="group" aria-labelledby={periodId} aria-describedby={periodHintId}>
          <Caption1 as="p" block id={periodId}>
            {strings.period.legend}
          </Caption1>
          <div className={styles.period}>
            {dateField("start")}
            {dateField("end")}
          </div>
          <Caption1 as="p" block id={periodHintId}>
            {strings.period.hint}
          </Caption1>
        </div>
      )}
      {hasPlatform(id) && (
        <Field className={styles.narrow} label={strings.platform.label}>
          <Select
            value={typed.platform}
            disabled={disabled}
            onChange={(_, data) => onChange({ platform: platformOf(data.value) })}
          >
            <option value="">{strings.platform.keep}</option>
            {PLATFORM_CHOICES.map((platform) => (
              <option key={platform} value={platform}>
                {platform === "all" ? strings.platform.all : PLATFORM_NAMES[platform]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {hasCurrency(id) && (
        <Field
          className={styles.narrow}
          label={strings.currency.label}
          hint={strings.currency.hint}
        >
          <Select
            value={typed.currency}
            disabled={disabled}
            onChange={(_, data) => onChange({ currency: currencyOf(data.value) })}
          >
            <option value="">{strings.currency.fromData}</option>
            {CURRENCY_CHOICES.map((code) => (
              <option key={code} value={code}>
                {strings.currency.names[code]}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
}
