// Data validation (range.dataValidation): Excel.DataValidation with its rule, error alert, prompt
// and ignoreBlanks. Each validated block of cells is one entry on its sheet; assigning a rule to a
// range replaces the validation of exactly its cells (the cells of an older entry outside it keep
// theirs), clear() removes it from the range's cells only. Sources: the comments of these types in
// @types/office-js and https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation.
import type { Rect } from "../../address";
import {
  columnCount,
  contains,
  formatAddress,
  intersect,
  rowCount,
  tryParseAddress,
} from "../../address";
import { invalidArgument, StandInError } from "../../errors";
import { checkFormula } from "../../formulas";
import type { DataValidationModel, SheetModel } from "../../model";
import { oneOf } from "../checks";
import type { HostObject, Property, TypeHandler } from "../typeHandler";
import { defineType, isHostObject } from "../typeHandler";
import type { RangeTarget } from "./range";

/** The parts of `a` outside `b`: up to four rectangles (above, below, left, right). */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  const overlap = intersect(a, b);
  if (!overlap) return [a];
  const parts: Rect[] = [];
  if (a.top < overlap.top) parts.push({ ...a, bottom: overlap.top - 1 });
  if (a.bottom > overlap.bottom) parts.push({ ...a, top: overlap.bottom + 1 });
  const band = { top: overlap.top, bottom: overlap.bottom };
  if (a.left < overlap.left) parts.push({ ...band, left: a.left, right: overlap.left - 1 });
  if (a.right > overlap.right) parts.push({ ...band, left: overlap.right + 1, right: a.right });
  return parts;
}

const RULE_KINDS = ["wholeNumber", "decimal", "textLength", "date", "time", "list", "custom"];
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];
const ALERT_STYLES = ["Stop", "Warning", "Information"];

/** "The default is true" (showAlert); style, title and message as Excel's generic alert. */
const DEFAULT_ALERT = { message: "", showAlert: true, style: "Stop", title: "" };
const DEFAULT_PROMPT = { message: "", showPrompt: false, title: "" };

type Rule = Record<string, Record<string, unknown>>;

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value) || isHostObject(value)) {
    throw invalidArgument(`${what} must be an object.`);
  }
  return value as Record<string, unknown>;
}

const given = (v: unknown): boolean => v !== undefined && v !== null;

/** A range given as an operand or a list source, as Excel reads it back: "=$A$1", "=Lists!$A$1:$A$3". */
function rangeFormula(t: RangeTarget, object: HostObject, what: string): string {
  if (object.type !== "Range") throw invalidArgument(`${what}: expected a Range.`);
  const range = object.target as RangeTarget;
  const address = formatAddress(range.sheet.name, range.rect, true);
  return `=${range.sheet === t.sheet ? address.slice(address.indexOf("!") + 1) : address}`;
}

const site = (t: RangeTarget) => ({ sheet: t.sheet, row: t.rect.top, col: t.rect.left });

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** An ISO 8601 date/time as Excel's serial number, or undefined when it is not one. */
function isoSerial(text: string): number | undefined {
  const date = ISO_DATE_TIME.exec(text);
  if (date) {
    const [y, mo, d, h, mi, s] = date.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
    const day = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1));
    if (day.getUTCMonth() !== (mo ?? 1) - 1 || day.getUTCDate() !== d) return undefined;
    return (
      (day.getTime() - EPOCH) / MS_PER_DAY + ((h ?? 0) * 3600 + (mi ?? 0) * 60 + (s ?? 0)) / 86_400
    );
  }
  const time = TIME.exec(text);
  if (!time) return undefined;
  const [h, mi, s] = time.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  if ((h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) return undefined;
  return ((h ?? 0) * 3600 + (mi ?? 0) * 60 + (s ?? 0)) / 86_400;
}

/**
 * An operand (formula1/formula2): "it can be passed in as a number, a range object, or a string
 * formula … When retrieving the value, it will always be returned as a string formula, for
 * example: "=10", "=A1"". Dates and times may also be "a stringified date/time in ISO8601 format".
 */
function operand(t: RangeTarget, value: unknown, what: string, dates: boolean): string {
  if (isHostObject(value)) return rangeFormula(t, value, what);
  if (typeof value === "number" && Number.isFinite(value) && !dates) return `=${value}`;
  if (typeof value !== "string" || value.trim() === "")
    throw invalidArgument(`${what} is required.`);
  const text = value.trim();
  if (text.startsWith("=")) return checkFormula(t.sheet.workbook, text, site(t));
  if (dates) {
    const serial = isoSerial(text);
    if (serial === undefined)
      throw invalidArgument(`${what}: '${text}' is not an ISO 8601 date or time.`);
    return `=${serial}`;
  }
  const n = Number(text);
  if (!Number.isFinite(n))
    throw invalidArgument(`${what}: '${text}' is not a number or a formula.`);
  return `=${n}`;
}

/** Basic and date/time criteria: an operator, formula1, and formula2 for Between/NotBetween. */
function checkCriteria(t: RangeTarget, kind: string, value: unknown): Record<string, unknown> {
  const c = record(value, `The ${kind} criteria`);
  const operator = oneOf(OPERATORS, c.operator, "data validation operator");
  const dates = kind === "date" || kind === "time";
  const out: Record<string, unknown> = {
    formula1: operand(t, c.formula1, `${kind}.formula1`, dates),
    operator,
  };
  if (operator === "Between" || operator === "NotBetween") {
    out.formula2 = operand(t, c.formula2, `${kind}.formula2 (${operator} needs two bounds)`, dates);
  }
  return out;
}

/**
 * "Source of the list … a Range object, or a string that contains a comma-separated number,
 * Boolean, or date." A reference must be one row or one column, as Excel's list validation takes.
 */
function listSource(t: RangeTarget, value: unknown): string {
  if (isHostObject(value)) {
    const range = value.target as RangeTarget;
    if (value.type === "Range" && rowCount(range.rect) > 1 && columnCount(range.rect) > 1) {
      throw invalidArgument("A list source must be a single row or column.");
    }
    return rangeFormula(t, value, "list.source");
  }
  if (typeof value !== "string" || value.trim() === "") {
    throw invalidArgument("A list rule needs a source: 'a,b,c', '=Sheet!$A$1:$A$3' or a Range.");
  }
  return value.startsWith("=") ? checkFormula(t.sheet.workbook, value, site(t)) : value;
}

/** "You can only use one of them at a time according the Excel.DataValidationType." */
function checkRule(t: RangeTarget, value: unknown): Rule {
  const rule = record(value, "A data validation rule");
  const kinds = Object.keys(rule).filter((k) => given(rule[k]));
  const unknown = kinds.find((k) => !RULE_KINDS.includes(k));
  if (unknown !== undefined)
    throw invalidArgument(`'${unknown}' is not a data validation rule type.`);
  const [kind] = kinds;
  if (kind === undefined || kinds.length > 1) {
    throw invalidArgument(
      `A data validation rule has exactly one of ${RULE_KINDS.join(", ")}; got ${kinds.length}.`
    );
  }
  if (kind === "list") {
    const list = record(rule.list, "The list criteria");
    const inCellDropDown = list.inCellDropDown ?? true;
    if (typeof inCellDropDown !== "boolean")
      throw invalidArgument("list.inCellDropDown is a boolean.");
    return { list: { inCellDropDown, source: listSource(t, list.source) } };
  }
  if (kind === "custom") {
    const custom = record(rule.custom, "The custom criteria");
    if (typeof custom.formula !== "string" || custom.formula.trim() === "") {
      throw invalidArgument("A custom rule needs a formula.");
    }
    return { custom: { formula: checkFormula(t.sheet.workbook, custom.formula, site(t)) } };
  }
  return { [kind]: checkCriteria(t, kind, rule[kind]) };
}

/**
 * Applies the given members of an errorAlert or a prompt over `current`: title and message are
 * strings, `flag` (showAlert, showPrompt) a boolean; members not given keep their value.
 */
function mergeMessage(
  input: Record<string, unknown>,
  current: Record<string, unknown>,
  member: "errorAlert" | "prompt",
  flag: "showAlert" | "showPrompt"
): Record<string, unknown> {
  const out = { ...current };
  for (const key of ["title", "message", flag]) {
    const v = input[key];
    if (!given(v)) continue;
    const type = key === flag ? "boolean" : "string";
    if (typeof v !== type) throw invalidArgument(`${member}.${key} is a ${type}.`);
    out[key] = v;
  }
  return out;
}

function checkAlert(value: unknown, current: Record<string, unknown>): Record<string, unknown> {
  const alert = record(value, "An error alert");
  const out = { ...DEFAULT_ALERT, ...current };
  if (given(alert.style))
    out.style = oneOf(ALERT_STYLES, alert.style, "data validation alert style");
  return mergeMessage(alert, out, "errorAlert", "showAlert");
}

function checkPrompt(value: unknown, current: Record<string, unknown>): Record<string, unknown> {
  return mergeMessage(
    record(value, "A prompt"),
    { ...DEFAULT_PROMPT, ...current },
    "prompt",
    "showPrompt"
  );
}

// ---- entries -----------------------------------------------------------------------------------

function newEntry(sheet: SheetModel, rect: Rect, from?: DataValidationModel): DataValidationModel {
  const entry = {
    rect,
    rule: from ? from.rule : {},
    ignoreBlanks: from ? from.ignoreBlanks : true,
    ...(from?.prompt ? { prompt: from.prompt } : {}),
    ...(from?.errorAlert ? { errorAlert: from.errorAlert } : {}),
  } as Omit<DataValidationModel, "address">;
  // The address follows the sheet's name.
  Object.defineProperty(entry, "address", {
    get: (): string => formatAddress(sheet.name, entry.rect),
    enumerable: true,
  });
  return entry as DataValidationModel;
}

const overlapping = (t: RangeTarget): DataValidationModel[] =>
  t.sheet.validations.filter((v) => intersect(v.rect, t.rect) !== undefined);

/** Removes the range's cells from every entry; the cells outside keep their validation. */
function carve(t: RangeTarget): void {
  const list = t.sheet.validations;
  for (const entry of [...list]) {
    if (!intersect(entry.rect, t.rect)) continue;
    const parts = subtractRect(entry.rect, t.rect).map((rect) => newEntry(t.sheet, rect, entry));
    list.splice(list.indexOf(entry), 1, ...parts);
  }
}

/** The entries that cover the range's cells, split so that none reaches outside it. */
function entriesFor(t: RangeTarget): DataValidationModel[] {
  const inside = overlapping(t);
  if (inside.length === 0) {
    const entry = newEntry(t.sheet, t.rect);
    t.sheet.validations.push(entry);
    return [entry];
  }
  const list = t.sheet.validations;
  const result: DataValidationModel[] = [];
  for (const entry of inside) {
    const overlap = intersect(entry.rect, t.rect);
    if (!overlap) continue;
    const outside = subtractRect(entry.rect, t.rect).map((rect) => newEntry(t.sheet, rect, entry));
    const kept = newEntry(t.sheet, overlap, entry);
    list.splice(list.indexOf(entry), 1, kept, ...outside);
    result.push(kept);
  }
  return result;
}

const cellCount = (r: Rect): number => rowCount(r) * columnCount(r);
const sameSettings = (a: DataValidationModel, b: DataValidationModel): boolean =>
  JSON.stringify([a.rule, a.prompt, a.errorAlert, a.ignoreBlanks]) ===
  JSON.stringify([b.rule, b.prompt, b.errorAlert, b.ignoreBlanks]);

/** One entry's settings for the whole range; "none" when no cell has any; "mixed" / "inconsistent". */
function uniform(t: RangeTarget): DataValidationModel | "none" | "mixed" | "inconsistent" {
  const entries = overlapping(t);
  const [first] = entries;
  if (!first) return "none";
  if (entries.some((e) => !sameSettings(e, first))) return "inconsistent";
  const covered = entries.reduce((n, e) => n + cellCount(intersect(e.rect, t.rect) ?? e.rect), 0);
  return covered === cellCount(t.rect) ? first : "mixed";
}

function read<K extends keyof DataValidationModel>(
  t: RangeTarget,
  key: K,
  fallback: unknown
): unknown {
  const u = uniform(t);
  if (u === "none") return fallback;
  return typeof u === "string" ? null : (u[key] ?? fallback);
}

function checkEditable(t: RangeTarget): void {
  // Excel greys out Data Validation on a protected sheet, whatever its options.
  if (t.sheet.protection.protected) {
    throw new StandInError(
      "AccessDenied",
      `Worksheet '${t.sheet.name}' is protected: its data validation cannot change.`
    );
  }
}

function entryProperty(
  key: "prompt" | "errorAlert",
  check: (v: unknown, current: Record<string, unknown>) => Record<string, unknown>,
  fallback: Record<string, unknown>
): Property<RangeTarget> {
  return {
    get: (t) => read(t, key, fallback),
    set: (t, v) => {
      checkEditable(t);
      const entries = overlapping(t);
      const current = entries.length === 1 ? (entries[0]?.[key] ?? {}) : {};
      const value = check(v, current);
      for (const entry of entriesFor(t)) entry[key] = value;
    },
  };
}

const TYPE_NAMES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};

function validationType(t: RangeTarget): string {
  const u = uniform(t);
  if (u === "none") return "None";
  if (u === "mixed") return "MixedCriteria";
  if (u === "inconsistent") return "Inconsistent";
  const kind = Object.keys(u.rule)[0];
  return kind === undefined ? "None" : (TYPE_NAMES[kind] ?? "None");
}

// ---- valid ------------------------------------------------------------------------------------

const notEvaluated = (why: string): StandInError =>
  new StandInError(
    "NotImplemented",
    `The stand-in does not evaluate DataValidation.valid for ${why}.`
  );

/** A bound the stand-in can compare with: a constant "=10"; a formula is not evaluated. */
function constantBound(formula: unknown): number {
  const n = typeof formula === "string" ? Number(formula.replace(/^=/, "")) : NaN;
  if (!Number.isFinite(n)) throw notEvaluated(`a bound given as a formula (${String(formula)})`);
  return n;
}

function compare(operator: unknown, v: number, f1: number, f2: () => number): boolean {
  switch (operator) {
    case "Between":
      return v >= f1 && v <= f2();
    case "NotBetween":
      return v < f1 || v > f2();
    case "EqualTo":
      return v === f1;
    case "NotEqualTo":
      return v !== f1;
    case "GreaterThan":
      return v > f1;
    case "LessThan":
      return v < f1;
    case "GreaterThanOrEqualTo":
      return v >= f1;
    default:
      return v <= f1;
  }
}

function listItems(t: RangeTarget, source: string): string[] {
  if (!source.startsWith("=")) return source.split(",").map((s) => s.trim());
  const text = source.slice(1);
  const bang = text.lastIndexOf("!");
  const sheetName =
    bang < 0 ? undefined : text.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  const sheet = sheetName === undefined ? t.sheet : t.sheet.workbook.findSheet(sheetName);
  const parsed = sheet ? tryParseAddress(bang < 0 ? text : text.slice(bang + 1)) : undefined;
  if (!sheet || !parsed) throw notEvaluated(`a list source given as a formula (${source})`);
  const items: string[] = [];
  for (let r = parsed.rect.top; r <= parsed.rect.bottom; r++) {
    for (let c = parsed.rect.left; c <= parsed.rect.right; c++) {
      items.push(String(sheet.workbook.valueAt(sheet, r, c)));
    }
  }
  return items;
}

/** Whether one cell's value satisfies its entry's rule. */
function cellValid(t: RangeTarget, entry: DataValidationModel, row: number, col: number): boolean {
  const wb = t.sheet.workbook;
  const value = wb.valueAt(t.sheet, row, col);
  const [kind, found] = Object.entries(entry.rule)[0] ?? [];
  if (kind === undefined || typeof found !== "object" || found === null) return true;
  const criteria = found as Record<string, unknown>;
  if (value === "" && wb.cell(t.sheet, row, col)?.formula === undefined) return entry.ignoreBlanks;
  if (kind === "custom") throw notEvaluated("a custom rule");
  if (kind === "list") return listItems(t, String(criteria.source)).includes(String(value));
  const f1 = constantBound(criteria.formula1);
  const f2 = (): number => constantBound(criteria.formula2);
  if (kind === "textLength") return compare(criteria.operator, String(value).length, f1, f2);
  if (typeof value !== "number") return false;
  if (kind === "wholeNumber" && !Number.isInteger(value)) return false;
  return compare(criteria.operator, value, f1, f2);
}

/**
 * "Returns true if all cell values are valid, or false if all cell values are invalid. Returns
 * null if there are both valid and invalid cell values within the range."
 */
function validity(t: RangeTarget): boolean | null {
  if (cellCount(t.rect) > 100_000) throw notEvaluated("more than 100,000 cells");
  const entries = overlapping(t);
  let valid = 0;
  let invalid = 0;
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    for (let c = t.rect.left; c <= t.rect.right; c++) {
      const entry = entries.find((e) => contains(e.rect, r, c));
      if (!entry || cellValid(t, entry, r, c)) valid++;
      else invalid++;
    }
  }
  if (invalid === 0) return true;
  return valid === 0 ? false : null;
}

export const dataValidationType = defineType<Excel.DataValidation, RangeTarget>({
  type: "DataValidation",
  properties: {
    Type: { get: validationType },
    Valid: { get: validity },
    Rule: {
      get: (t) => read(t, "rule", {}),
      set: (t, v) => {
        checkEditable(t);
        const rule = checkRule(t, v);
        const [previous] = overlapping(t);
        carve(t);
        const entry = newEntry(t.sheet, t.rect, previous);
        entry.rule = rule;
        t.sheet.validations.push(entry);
      },
    },
    ErrorAlert: entryProperty("errorAlert", checkAlert, DEFAULT_ALERT),
    Prompt: entryProperty("prompt", checkPrompt, DEFAULT_PROMPT),
    IgnoreBlanks: {
      get: (t) => read(t, "ignoreBlanks", true),
      set: (t, v) => {
        if (typeof v !== "boolean") throw invalidArgument("ignoreBlanks is a boolean.");
        checkEditable(t);
        for (const entry of entriesFor(t)) entry.ignoreBlanks = v;
      },
    },
  },
  methods: {
    /** "If it isn't [the same range], only the overlapping cells, if any, of the two ranges are cleared." */
    Clear: (t) => {
      checkEditable(t);
      carve(t);
    },
  },
});

export const DATA_VALIDATION_TYPES: TypeHandler[] = [dataValidationType];
