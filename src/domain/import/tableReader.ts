import {
  type DateOrder,
  type DateParts,
  inferDateOrder,
  parseDate,
  placeYearlessDates,
  toIsoDate,
} from "./dates";
import { FIELD_TYPES, type FieldType, IDENTITY_FIELDS, KEY_FIELD } from "./fields";
import { type HeaderIndex, headerIndexOf } from "./headers";
import type { IssueLog } from "./issueLog";
import { ISSUE } from "./issues";
import type {
  ColumnRef,
  FormatReader,
  LayoutMatch,
  ReadContext,
  RowStream,
  TableLayout,
  TableSlice,
} from "./layout";
import { type DecimalSeparator, inferDecimalSeparator, isMissing } from "./numbers";
import type { PlatformId, RecordKind, RecordLists } from "./schema";
import {
  type CellValue,
  isReformattedId,
  readDate,
  readId,
  readNumber,
  readSeconds,
  readShare,
} from "./values";

/** How many rows are searched for the header (preambles and description rows sit above it). */
const HEADER_SEARCH_ROWS = 40;
/** How many data rows are sampled to infer the number locale and the date order. */
const SAMPLE_ROWS = 300;
/** Progress is reported every this many rows. */
const PROGRESS_EVERY = 10_000;

/** A column reference bound to positions in one header row. */
type Bound =
  | { readonly type: "cell"; readonly index: number; readonly name: string }
  | { readonly type: "sum"; readonly parts: readonly Bound[] }
  | { readonly type: "diff"; readonly parts: readonly [Bound, Bound] }
  | { readonly type: "product"; readonly parts: readonly [Bound, Bound] }
  | { readonly type: "first"; readonly parts: readonly Bound[] }
  | { readonly type: "join"; readonly parts: readonly Bound[] }
  | {
      readonly type: "capture";
      readonly index: number;
      readonly name: string;
      readonly pattern: RegExp;
    };

function bind(ref: ColumnRef, header: HeaderIndex): Bound | null {
  if (typeof ref === "string") {
    const index = header.find(ref);
    return index === -1 ? null : { type: "cell", index, name: header.names[index] ?? ref };
  }
  if ("sum" in ref || "first" in ref || "join" in ref) {
    const refs = "sum" in ref ? ref.sum : "first" in ref ? ref.first : ref.join;
    const parts = refs.map((part) => bind(part, header)).filter((part) => part !== null);
    if (parts.length === 0) return null;
    const type = "sum" in ref ? "sum" : "first" in ref ? "first" : "join";
    return { type, parts };
  }
  if ("diff" in ref || "product" in ref) {
    const [first, second] = "diff" in ref ? ref.diff : ref.product;
    const [a, b] = [bind(first, header), bind(second, header)];
    if (!a || !b) return null;
    return "diff" in ref ? { type: "diff", parts: [a, b] } : { type: "product", parts: [a, b] };
  }
  if ("match" in ref) {
    const index = header.matching((key) => ref.match.test(key))[0];
    return index === undefined ? null : { type: "cell", index, name: header.names[index] ?? "" };
  }
  const index = header.find(ref.header, "nth" in ref ? ref.nth : 1);
  if (index === -1) return null;
  const name = header.names[index] ?? ref.header;
  return "capture" in ref
    ? { type: "capture", index, name, pattern: ref.capture }
    : { type: "cell", index, name };
}

/** The cells a bound reference reads. */
function cellsOf(bound: Bound): number[] {
  return bound.type === "cell" || bound.type === "capture"
    ? [bound.index]
    : bound.parts.flatMap(cellsOf);
}

/** Binds each field of a layout to the first of its column references the header has. */
function bindColumns<K extends RecordKind>(
  layout: TableLayout<K>,
  header: HeaderIndex
): Map<string, Bound> {
  const columns = layout.columns as Readonly<Record<string, readonly ColumnRef[] | undefined>>;
  const bindings = new Map<string, Bound>();
  for (const field of Object.keys(FIELD_TYPES[layout.kind])) {
    for (const ref of columns[field] ?? []) {
      const bound = bind(ref, header);
      if (bound) {
        bindings.set(field, bound);
        break;
      }
    }
  }
  return bindings;
}

/**
 * The columns a layout reads in a header: its bound fields, the first column (totals rows say
 * `Total` there) and its `keepColumns`.
 */
function columnsUsed<K extends RecordKind>(
  layout: TableLayout<K>,
  names: readonly string[]
): boolean[] {
  const header = headerIndexOf(names);
  const keep = names.map(() => false);
  keep[0] = true;
  for (const bound of bindColumns(layout, header).values())
    for (const cell of cellsOf(bound)) keep[cell] = true;
  for (const name of layout.keepColumns ?? []) {
    const index = header.find(name);
    if (index !== -1) keep[index] = true;
  }
  return keep;
}

function nameOf(bound: Bound): string {
  return bound.type === "cell" || bound.type === "capture" ? bound.name : nameOf(bound.parts[0]);
}

/** The raw text a reference points at in a row ("" when absent). */
function rawText(bound: Bound, row: readonly string[]): string {
  switch (bound.type) {
    case "cell":
      return row[bound.index] ?? "";
    case "capture":
      return bound.pattern.exec(row[bound.index] ?? "")?.[1] ?? "";
    case "join": {
      const texts = bound.parts.map((part) => rawText(part, row));
      return texts.every((text) => text === "") ? "" : texts.join(" / ");
    }
    case "first":
      for (const part of bound.parts) {
        const text = rawText(part, row);
        if (text !== "") return text;
      }
      return "";
    default:
      return rawText(bound.parts[0], row);
  }
}

/**
 * Where a layout's header row is, if anywhere near the top: the first row holding every name of
 * its signature and none of the excluded ones. The score prefers layouts with longer signatures
 * (more specific), then those that find more of their columns.
 */
export function matchTableLayout<K extends RecordKind>(
  layout: TableLayout<K>,
  table: TableSlice
): LayoutMatch | null {
  const required = layout.signature.all;
  const excluded = layout.signature.none ?? [];
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = table.rows[r] ?? [];
    if (row.length < Math.min(2, required.length)) continue;
    const header = headerIndexOf(row);
    if (!required.every((name) => header.has(name)) || excluded.some((name) => header.has(name)))
      continue;
    const columns = Object.values(layout.columns) as ColumnRef[][];
    const found = columns.filter((refs) => refs.some((ref) => bind(ref, header) !== null)).length;
    return { score: required.length * 100 + found, headerRow: r };
  }
  return null;
}

/** A row under the header that describes the columns (classic Facebook Insights). */
function isDescriptionRow(row: readonly string[]): boolean {
  const cells = row.filter((cell) => cell.trim() !== "");
  const descriptive = cells.filter((cell) => /\p{L}{3,}\s+\p{L}{2,}\s+\p{L}{2,}/u.test(cell));
  return cells.length > 0 && descriptive.length >= cells.length * 0.6;
}

const NETWORKS: ReadonlyArray<readonly [RegExp, PlatformId]> = [
  [/^facebook/i, "facebook"],
  [/^instagram/i, "instagram"],
  [/^(?:x|twitter)\b/i, "x"],
  [/^linkedin/i, "linkedin"],
  [/^tiktok/i, "tiktok"],
  [/^youtube/i, "youtube"],
];

/** The platform a network name stands for (`Instagram`, `Twitter`, `LinkedIn Page`…), if known. */
function platformOfNetwork(name: string): PlatformId | null {
  return NETWORKS.find(([pattern]) => pattern.test(name.trim()))?.[1] ?? null;
}

const TOTAL_WORDS = new Set([
  "total",
  "totals",
  "grand total",
  "totaal",
  "gesamt",
  "totale",
  "summe",
]);

const isBlank = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === "");

/** A reader of one field: gives the cell's value, or `undefined` when the cell is unreadable. */
type FieldStep = {
  readonly field: string;
  readonly type: FieldType;
  readonly bound: Bound | null;
  readonly fixed: string | number | null;
  readonly yearless: YearlessDates | null;
};

/** Reads cells of a bound reference as numbers (sums and differences of columns included). */
function readNumeric(
  bound: Bound,
  row: readonly string[],
  read: (raw: string) => CellValue
): CellValue {
  if (bound.type === "sum") {
    let total: number | null = null;
    for (const part of bound.parts) {
      const value = readNumeric(part, row, read);
      if (value === undefined) return undefined;
      if (typeof value === "number") total = (total ?? 0) + value;
    }
    return total;
  }
  if (bound.type === "diff" || bound.type === "product") {
    const a = readNumeric(bound.parts[0], row, read);
    const b = readNumeric(bound.parts[1], row, read);
    if (a === undefined || b === undefined) return undefined;
    if (typeof a !== "number" || typeof b !== "number") return null;
    // A product recovers a total from an average (GA4's engagement time per session × sessions).
    return bound.type === "diff" ? a - b : Number((a * b).toPrecision(12));
  }
  return read(rawText(bound, row));
}

/**
 * A date column without years (TikTok Studio's `February 28`). The year of each date depends on
 * the dates after it, so the dates are collected while the rows are read and the records that
 * hold them get their years once every row is in.
 */
class YearlessDates {
  private readonly dates: Array<DateParts | null> = [];
  private readonly waiting: Array<{ record: Record<string, unknown>; index: number }> = [];

  constructor(
    readonly field: string,
    readonly bound: Bound,
    private readonly withTime: boolean
  ) {}

  /** Takes the date of a data row (every non-blank row counts, even one skipped later). */
  add(row: readonly string[]): void {
    const raw = rawText(this.bound, row);
    this.dates.push(isMissing(raw) ? null : parseDate(raw, "mdy"));
  }

  /**
   * The value of the row just added: null when empty, undefined when unreadable, else its text,
   * which stands in (and keeps the record's key non-empty) until {@link place}.
   */
  latest(row: readonly string[]): CellValue {
    const raw = rawText(this.bound, row);
    if (this.dates[this.dates.length - 1]) return raw;
    return isMissing(raw) ? null : undefined;
  }

  /** Marks a kept record as waiting for the year of the row just added. */
  claim(record: Record<string, unknown>): void {
    if (this.dates[this.dates.length - 1]) {
      this.waiting.push({ record, index: this.dates.length - 1 });
    }
  }

  /** Gives every waiting record its date, the years placed before `anchor`. */
  place(anchor: DateParts & { year: number }, log: IssueLog): void {
    const placed = placeYearlessDates(this.dates, anchor, !this.withTime);
    for (const { record, index } of this.waiting) {
      const date = placed[index];
      record[this.field] = date ? toIsoDate(date, this.withTime) : null;
    }
    log.warn(
      ISSUE.YEAR_INFERRED,
      { column: nameOf(this.bound), latest: toIsoDate(anchor, false) },
      { column: nameOf(this.bound) }
    );
  }
}

/** Whether a date column writes no years, told by its first date in the sample. */
function isYearless(bound: Bound, sample: readonly (readonly string[])[]): boolean {
  for (const row of sample) {
    const raw = rawText(bound, row);
    if (isMissing(raw)) continue;
    const parsed = parseDate(raw, "mdy");
    if (parsed) return parsed.year === null;
  }
  return false;
}

/** Today, or the export date a column states relative to today, as the latest date a year-less date can be. */
function yearAnchor(anchorText: string, today: string): DateParts & { year: number } {
  const fallback = { year: 2000, month: 1, day: 1, hour: null, minute: null };
  const now = { ...fallback, ...parseDate(today, "mdy") } as DateParts & { year: number };
  const stated = anchorText === "" ? null : parseDate(anchorText, "mdy");
  if (!stated) return now;
  return placeYearlessDates([stated], now)[0] ?? now;
}

/** A table already in memory, as a {@link RowStream}. */
function streamOf(table: TableSlice): RowStream {
  return {
    head: table,
    each(visit) {
      const { rows } = table;
      for (let r = 0; r < rows.length; r++) visit(rows[r] ?? [], r, (r + 1) / rows.length);
    },
  };
}

/**
 * Reads a table whose header row was found by {@link matchTableLayout}, into canonical records
 * ({@link readTableStream}).
 */
export function readTableLayout<K extends RecordKind>(
  layout: TableLayout<K>,
  table: TableSlice,
  match: LayoutMatch,
  context: ReadContext,
  into: RecordLists
): void {
  readTableStream(layout, streamOf(table), match, context, into);
}

/**
 * Reads a table row by row into canonical records, keeping no row: skips the description row and
 * totals rows, counts every skipped row with its reason, infers the number locale and the date
 * order from the data at the head of the table, and places year-less dates once all are read.
 */
export function readTableStream<K extends RecordKind>(
  layout: TableLayout<K>,
  stream: RowStream,
  match: LayoutMatch,
  context: ReadContext,
  into: RecordLists
): void {
  const { log } = context;
  const { head } = stream;
  const headerCells = head.rows[match.headerRow] ?? [];
  const header = headerIndexOf(headerCells);
  const rowNumber = (index: number) => head.firstRow + index;
  let start = match.headerRow + 1;
  const next = head.rows[start];
  if (layout.descriptionRow && next && isDescriptionRow(next)) {
    log.count(ISSUE.DESCRIPTION_ROW_SKIPPED, rowNumber(start));
    start++;
  }
  const sample = head.rows.slice(start, start + SAMPLE_ROWS);

  const types = FIELD_TYPES[layout.kind] as Readonly<Record<string, FieldType>>;
  const fixedValues = (layout.fixed ?? {}) as Readonly<Record<string, unknown>>;
  const bindings = bindColumns(layout, header);

  // Every cell of the sample votes, not only the mapped ones: Dutch UA writes its mapped sessions
  // as `2.546` (ambiguous) and only its unmapped rates as `"85,98%"` (decisive).
  const decimal: DecimalSeparator =
    context.decimal ?? inferDecimalSeparator(sample.flat(), context.defaultDecimal);

  const tableContext = { header: headerCells, fileName: head.fileName };
  const yearless: YearlessDates[] = [];
  const steps: FieldStep[] = Object.keys(types).map((field) => {
    const type = types[field] ?? "text";
    const fixed = fixedValues[field];
    const bound = type === "fixed" ? null : (bindings.get(field) ?? null);
    const fixedValue =
      typeof fixed === "function"
        ? (fixed as (c: typeof tableContext) => string | number | null)(tableContext)
        : ((fixed ?? null) as string | number | null);
    let dates: YearlessDates | null = null;
    if (bound && (type === "date" || type === "datetime") && isYearless(bound, sample)) {
      dates = new YearlessDates(field, bound, type === "datetime");
      yearless.push(dates);
    }
    return { field, type, bound, fixed: fixedValue, yearless: dates };
  });

  const dateOrders = new Map<Bound, DateOrder>();
  for (const step of steps) {
    if (step.bound && (step.type === "date" || step.type === "datetime")) {
      const bound = step.bound;
      dateOrders.set(
        bound,
        inferDateOrder(
          sample.map((row) => rawText(bound, row)),
          layout.dateOrder ?? "mdy"
        )
      );
    }
  }
  const unit = fixedValues.unit;
  const shareBound = bindings.get("value");
  const shareScale =
    layout.shareScale ??
    (shareBound &&
    sample.some((row) => (readNumber(rawText(shareBound, row).replace("%", ""), decimal) ?? 0) > 1)
      ? "percent"
      : "fraction");
  const keyField = KEY_FIELD[layout.kind] as string;
  const identityFields: readonly string[] = IDENTITY_FIELDS[layout.kind];
  const identityBounds = steps
    .filter((step) => step.bound && identityFields.includes(step.field))
    .map((step) => step.bound as Bound);

  // Every record starts as a copy of one template, so all share one shape, allocated at full size.
  const template: Record<string, unknown> = {};
  for (const step of steps) template[step.field] = step.bound ? null : step.fixed;
  const readCount = (raw: string) => readNumber(raw, decimal);
  const readTime = (raw: string) => readSeconds(raw, decimal);
  const readPart = (raw: string) =>
    unit === "count" ? readNumber(raw, decimal) : readShare(raw, shareScale, decimal);
  const records: Array<Record<string, unknown>> = [];
  let dataRows = 0;
  context.onProgress?.(0);
  stream.each((row, r, progress) => {
    if (r < start) return;
    if (++dataRows % PROGRESS_EVERY === 0) context.onProgress?.(progress);
    if (isBlank(row)) return;
    const at = rowNumber(r);
    for (const dates of yearless) dates.add(row);
    if (
      layout.totals === "first-cell-total" &&
      TOTAL_WORDS.has((row[0] ?? "").trim().toLowerCase())
    ) {
      log.count(ISSUE.TOTALS_ROW_SKIPPED, at);
      return;
    }
    if (
      layout.totals === "empty-dimensions" &&
      identityBounds.every((bound) => rawText(bound, row).trim() === "")
    ) {
      log.count(ISSUE.TOTALS_ROW_SKIPPED, at);
      return;
    }
    const record: Record<string, unknown> = { ...template };
    for (const step of steps) {
      const { bound } = step;
      if (!bound) continue;
      let value: CellValue;
      switch (step.type) {
        case "platform":
          value = platformOfNetwork(rawText(bound, row)) ?? step.fixed;
          break;
        case "id": {
          const raw = rawText(bound, row);
          if (isReformattedId(raw)) log.count(ISSUE.ID_REFORMATTED, at, nameOf(bound));
          value = readId(raw);
          break;
        }
        case "text": {
          const text = rawText(bound, row);
          value = text === "" ? null : text;
          break;
        }
        case "date":
        case "datetime":
          value = step.yearless
            ? step.yearless.latest(row)
            : readDate(
                rawText(bound, row),
                dateOrders.get(bound) ?? "mdy",
                step.type === "datetime"
              );
          if (value === undefined) log.count(ISSUE.INVALID_DATE, at, nameOf(bound));
          break;
        case "seconds":
          value = readNumeric(bound, row, readTime);
          break;
        case "share":
          value = readNumeric(bound, row, readPart);
          break;
        default:
          value = readNumeric(bound, row, readCount);
      }
      if (value === undefined && step.type !== "date" && step.type !== "datetime") {
        log.count(ISSUE.INVALID_NUMBER, at, nameOf(bound));
      }
      if (value !== null && value !== undefined) record[step.field] = value;
    }
    if (record[keyField] === null) {
      log.count(
        keyField === "postId"
          ? ISSUE.MISSING_ID
          : keyField === "date"
            ? ISSUE.MISSING_DATE
            : ISSUE.MISSING_KEY,
        at
      );
      return;
    }
    for (const dates of yearless) dates.claim(record);
    context.rowOf?.set(record, at);
    records.push(record);
  });
  context.onProgress?.(1);
  if (yearless.length > 0) {
    const anchorBound = layout.yearAnchor ? bind(layout.yearAnchor, header) : null;
    const anchorText = anchorBound ? rawText(anchorBound, head.rows[start] ?? []) : "";
    const anchor = yearAnchor(anchorText, context.today);
    for (const dates of yearless) dates.place(anchor, log);
  }
  const typed = records as unknown as RecordLists[K];
  const finished = layout.finish ? layout.finish(typed, log, { header, rows: sample }) : typed;
  // One by one: spreading 100,000 records into push() overflows the call stack.
  const list = into[layout.kind] as unknown[];
  for (const record of finished as unknown[]) list.push(record);
}

/**
 * A {@link FormatReader} for a header-row layout described as data.
 *
 * @example
 * tableFormat(youtubeTableData).match(table) //=> { score: 300 + found columns, headerRow: 0 }
 */
export function tableFormat<K extends RecordKind>(layout: TableLayout<K>): FormatReader {
  return {
    format: layout.format,
    platform: layout.platform,
    match: (table) => matchTableLayout(layout, table),
    columnsUsed: (header) => columnsUsed(layout, header),
    read: (table, match, context, into) => readTableLayout(layout, table, match, context, into),
    readStream: (rows, match, context, into) => readTableStream(layout, rows, match, context, into),
  };
}
