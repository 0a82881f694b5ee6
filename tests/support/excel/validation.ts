// Data validation (range.dataValidation): the rule, prompt and error alert are recorded per range;
// assigning a rule replaces the rules of the cells it covers, clear() removes them.
import { formatAddress, intersect } from "./address";
import { ClientObject, defineProperties } from "./batch";
import { invalidArgument } from "./errors";
import type { DataValidationModel } from "./model";
import type { OfficeNames } from "./officeNames";
import type { RangeTarget } from "./range";

const RULE_KINDS = ["wholeNumber", "decimal", "textLength", "date", "time", "list", "custom"];

function entryFor(t: RangeTarget): DataValidationModel {
  const address = formatAddress(t.sheet.name, t.rect);
  let entry = t.sheet.validations.find((v) => v.address === address);
  if (!entry) {
    entry = { address, rect: t.rect, rule: {}, ignoreBlanks: true };
    t.sheet.validations.push(entry);
  }
  return entry;
}

function checkRule(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null)
    throw invalidArgument("A data validation rule is an object.");
  const kinds = Object.keys(value).filter(
    (k) => (value as Record<string, unknown>)[k] !== undefined
  );
  if (kinds.length !== 1 || !RULE_KINDS.includes(kinds[0] ?? "")) {
    throw invalidArgument(`A data validation rule has exactly one of ${RULE_KINDS.join(", ")}.`);
  }
  const rule = value as Record<string, Record<string, unknown> | undefined>;
  const list = rule.list;
  if (list && (typeof list.source !== "string" || list.source === "")) {
    throw invalidArgument("A list rule needs a source: 'a,b,c' or '=Sheet!$A$1:$A$3'.");
  }
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

export class DataValidationProxy
  extends ClientObject<RangeTarget>
  implements OfficeNames<Excel.DataValidation, "clear">
{
  readonly _typeName = "DataValidation";

  clear(): void {
    this._enqueue("Method", "clear", [], (t) => {
      const keep = t.sheet.validations.filter((v) => !intersect(v.rect, t.rect));
      t.sheet.validations.splice(0, t.sheet.validations.length, ...keep);
    });
  }
}

defineProperties<Excel.DataValidation, RangeTarget>(DataValidationProxy, {
  rule: {
    read: (t) => t.sheet.validations.find((v) => intersect(v.rect, t.rect))?.rule ?? {},
    write: (t, v) => {
      const rule = checkRule(v);
      const others = t.sheet.validations.filter(
        (x) => !intersect(x.rect, t.rect) || x.address === formatAddress(t.sheet.name, t.rect)
      );
      t.sheet.validations.splice(0, t.sheet.validations.length, ...others);
      entryFor(t).rule = rule;
    },
  },
  prompt: {
    read: (t) => entryFor(t).prompt ?? null,
    write: (t, v) => {
      entryFor(t).prompt = v as Record<string, unknown>;
    },
  },
  errorAlert: {
    read: (t) => entryFor(t).errorAlert ?? null,
    write: (t, v) => {
      entryFor(t).errorAlert = v as Record<string, unknown>;
    },
  },
  ignoreBlanks: {
    read: (t) => entryFor(t).ignoreBlanks,
    write: (t, v) => {
      entryFor(t).ignoreBlanks = v === true;
    },
  },
  type: {
    read: (t) => {
      const rule = t.sheet.validations.find((v) => intersect(v.rect, t.rect))?.rule ?? {};
      const kind = Object.keys(rule)[0];
      return kind === undefined ? "None" : kind.charAt(0).toUpperCase() + kind.slice(1);
    },
  },
});
