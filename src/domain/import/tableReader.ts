import {
  type Bound,
  bind,
  bindColumns,
  columnsUsed,
  nameOf,
  rawText,
  readNumeric,
} from "./columnRefs";
import { FIELD_TYPES, type FieldType, IDENTITY_FIELDS, KEY_FIELD } from "./fields";
import { headerIndexOf } from "./headers";
import { ISSUE } from "./issues";
import {
  cellText,
  type FormatReader,
  type LayoutMatch,
  type ReadContext,
  type RowCell,
  type RowStream,
  type TableLayout,
  type TableSlice,
} from "./layout";
import { matchTableLayout } from "./matchTableLayout";
import { type DecimalSeparator, inferDecimalSeparator } from "./numbers";
import { isBlank, isDescriptionRow, isTotalWordRow } from "./rowHeuristics";
import { inferDateOrders, inferShareScale } from "./sampleInference";
import type { RecordKind, RecordLists } from "./schema";
import {
  type ExportCell,
  isReformattedId,
  platformOfNetwork,
  readDate,
  readId,
  readNumber,
  readSeconds,
  readShare,
} from "./values";
import { TextPool } from "./textPool";
import { isYearless, YearlessDates, yearAnchor } from "./yearlessDates";

/** How many data rows are sampled to infer the number locale and the date order. */
const SAMPLE_ROWS = 300;
/** Progress is reported every this many rows. */
const PROGRESS_EVERY = 10_000;

/** A reader of one field: gives the cell's value, or `undefined` when the cell is unreadable. */
type FieldStep = {
  readonly field: string;
  readonly type: FieldType;
  readonly bound: Bound | null;
  readonly fixed: string | number | null;
  readonly yearless: YearlessDates | null;
  readonly pool: TextPool | null;
};

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
    const pool = bound && type === "text" ? new TextPool() : null;
    return { field, type, bound, fixed: fixedValue, yearless: dates, pool };
  });

  const dateOrders = inferDateOrders(steps, sample, layout.dateOrder ?? "mdy");
  const unit = fixedValues.unit;
  const shareScale = layout.shareScale ?? inferShareScale(bindings.get("value"), sample, decimal);
  const keyField = KEY_FIELD[layout.kind] as string;
  const identityFields: readonly string[] = IDENTITY_FIELDS[layout.kind];
  const identityBounds = steps
    .filter((step) => step.bound && identityFields.includes(step.field))
    .map((step) => step.bound as Bound);

  // Every record starts as a copy of one template, so all share one shape, allocated at full size.
  const template: Record<string, unknown> = {};
  for (const step of steps) template[step.field] = step.bound ? null : step.fixed;
  // Only bound fields are read row by row: a layout binds a few of its kind's many fields.
  const boundSteps = steps.filter(
    (step): step is FieldStep & { readonly bound: Bound } => step.bound !== null
  );
  // A count the scanner read as a number is the same in either decimal convention.
  const readCount = (cell: RowCell) =>
    typeof cell === "number" ? cell : readNumber(cell, decimal);
  const readTime = (cell: RowCell) => readSeconds(cellText(cell), decimal);
  const readPart = (cell: RowCell) =>
    unit === "count" ? readCount(cell) : readShare(cellText(cell), shareScale, decimal);
  const records: Array<Record<string, unknown>> = [];
  const recordRows: number[] = [];
  let dataRows = 0;
  context.onProgress?.(0);
  stream.each((row, r, progress) => {
    if (r < start) return;
    if (++dataRows % PROGRESS_EVERY === 0) context.onProgress?.(progress);
    if (isBlank(row)) return;
    const at = rowNumber(r);
    for (const dates of yearless) dates.add(row);
    if (layout.totals === "first-cell-total" && isTotalWordRow(row)) {
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
    for (const step of boundSteps) {
      const { bound } = step;
      let value: ExportCell;
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
          value = text === "" ? null : (step.pool?.intern(text) ?? text);
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
    records.push(record);
    recordRows.push(at);
  });
  context.onProgress?.(1);
  context.rowOf?.note(records, recordRows);
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
