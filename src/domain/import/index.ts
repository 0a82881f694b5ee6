import { sniffContainer } from "./containers/sniffContainer";
import type { OnProgress } from "../progress";
import { csvSource, type TableSource } from "./csvFile";
import { looksBinary, toUtf8 } from "./decode";
import { isBlankUtf8, utf8Head } from "./utf8";
import { detectFormat } from "./detect";
import { keepMostCompletePosts } from "./duplicates";
import { reportIncompleteKeys } from "./incompleteKeys";
import { IssueLog } from "./issueLog";
import { type ImportIssue, ISSUE } from "./issues";
import type { FormatReader, ReadContext, TableSlice } from "./layout";
import { type ColumnMapping, type MappingProposal, mappingReader, proposeMapping } from "./mapping";
import { type Period, periodFromFileName } from "./period";
import { FORMAT_READERS } from "./platforms";
import { RecordRows } from "./recordRows";
import { emptyRecordLists, type PlatformId, type RecordLists } from "./schema";
import { gridTable, type SheetGrid } from "./sheetGrid";
import { readWorkbook } from "./spreadsheet";

export { FIELDS, type FieldSpec, type ValueType } from "./fields";
export { ISSUE } from "./issues";
export type { ImportIssue, ImportIssueCode, IssueParams } from "./issues";
export { issueMessage, renderIssue } from "./messages";
export type { ColumnMapping, MappingProposal, ProposedColumn } from "./mapping";
export type * from "./schema";
export type { GridCell, SheetGrid } from "./sheetGrid";

/** What {@link importExport} gives back (docs/architecture.md §3.1). */
export interface ImportResult extends RecordLists {
  platform: PlatformId;
  /** Which layout, e.g. `meta-business-suite/facebook-posts`; `unknown` when none matched. */
  format: string;
  periodStart?: string;
  periodEnd?: string;
  issues: ImportIssue[];
  /** For a file no signature matched: a column → field mapping to show, correct and pass back. */
  proposedMapping?: MappingProposal;
}

export interface ImportOptions {
  /** Only consider this platform's formats (the user said what the file is). */
  readonly platform?: PlatformId;
  /** Import with this mapping instead of recognising the format (after a proposal was corrected). */
  readonly mapping?: ColumnMapping;
  /** Called as the rows are read, with the bytes of the file read so far (phase `parse`). */
  readonly onProgress?: OnProgress;
  /**
   * The latest date a year-less date (TikTok's `February 28`) can be, `YYYY-MM-DD`; today by
   * default. Tests pin it.
   */
  readonly today?: string;
}

const todayIso = (): string => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

type Tables = TableSource[] | null;

/** Enough of a file's start for the container and binary checks (a few thousand characters). */
const HEAD_BYTES = 16_384;

/**
 * Turns the file into tables: one for a CSV, one per sheet for a workbook; null after an error.
 * Text comes back synchronously, so importing a CSV never yields to the event loop half-way.
 */
function tablesOf(
  file: { name: string; bytes: Uint8Array },
  log: IssueLog
): Tables | Promise<Tables> {
  const { bytes, name } = file;
  if (bytes.length === 0) {
    log.error(ISSUE.EMPTY_FILE, { blank: false });
    return null;
  }
  let container = sniffContainer(bytes);
  let utf8 = bytes;
  if (container === "text") {
    const decoded = toUtf8(bytes);
    utf8 = decoded.bytes;
    const head = utf8Head(utf8, HEAD_BYTES);
    if (looksBinary(head)) {
      log.error(ISSUE.BINARY_FILE, {});
      return null;
    }
    if (decoded.encoding === "windows-1252") {
      log.warn(ISSUE.ENCODING_FALLBACK, {});
    }
    container = sniffContainer(bytes, head);
  }
  if (container === "text") {
    if (isBlankUtf8(utf8)) {
      log.error(ISSUE.EMPTY_FILE, { blank: true });
      return null;
    }
    return [csvSource(utf8, name, log)];
  }
  return readWorkbook(bytes, container).then((sheets) => {
    if ("problem" in sheets) {
      log.error(ISSUE.UNREADABLE_SPREADSHEET, sheets);
      return null;
    }
    return sheets.flatMap((part): TableSource[] => {
      if (part.kind === "file") {
        const text = toUtf8(part.bytes).bytes;
        return looksBinary(utf8Head(text, HEAD_BYTES)) || isBlankUtf8(text)
          ? []
          : [csvSource(text, part.name, log)];
      }
      const table: TableSlice = { rows: part.rows, firstRow: 1, fileName: name, sheet: part.name };
      return [{ probe: table, all: () => table }];
    });
  });
}

/**
 * Imports a platform export: decodes it, recognises its format from its content, and normalises
 * its rows into the records of docs/architecture.md §3.2. It never throws: a file that cannot be
 * read comes back with an `error` issue and no records, every skipped row is counted in `issues`.
 * A CSV is read without yielding to the event loop; spreadsheets load their parser on demand.
 *
 * @param file - the file's name (for messages and the period it may state) and bytes
 * @param options - a platform to restrict detection to, a user mapping, a progress callback
 *
 * @example
 * const result = await importExport({ name: "Follows.csv", bytes });
 * result.format //=> "meta-business-suite/daily-series"
 * result.daily[0] //=> { platform: "facebook", date: "2025-01-01", followersGained: 5, … }
 */
export function importExport(
  file: { name: string; bytes: Uint8Array },
  options: ImportOptions = {}
): Promise<ImportResult> {
  return importTables(file.name, file.bytes.length, (log) => tablesOf(file, log), options);
}

/**
 * Imports the cells of a worksheet (the sheet the user has open) exactly as a workbook's sheet is
 * imported: its cells read as the spreadsheet reader reads them, then the same recognition,
 * mapping proposal and issues as {@link importExport}. Progress counts cells.
 *
 * @example
 * const result = await importSheet({ sheet: "Export", values: [["Date", "Views"], [45658, 3]], numberFormats: [["General", "General"], ["yyyy-mm-dd", "General"]], firstRow: 1 });
 */
export function importSheet(grid: SheetGrid, options: ImportOptions = {}): Promise<ImportResult> {
  const table = gridTable(grid);
  const cells = grid.values.reduce((sum, row) => sum + row.length, 0);
  return importTables(
    grid.sheet,
    cells,
    (log) => {
      if (table.rows.some((row) => row.length > 0)) return [{ probe: table, all: () => table }];
      log.error(ISSUE.EMPTY_FILE, { blank: false });
      return null;
    },
    options
  );
}

/** The import of a file's tables, whatever they were read from; `size` is what progress counts. */
async function importTables(
  name: string,
  size: number,
  read: (log: IssueLog) => Tables | Promise<Tables>,
  options: ImportOptions
): Promise<ImportResult> {
  const log = new IssueLog();
  const into = emptyRecordLists();
  let platform: PlatformId = "unknown";
  let format = "unknown";
  let period: Period | null = null;
  let proposedMapping: MappingProposal | null = null;
  try {
    const pending = read(log);
    const tables = pending instanceof Promise ? await pending : pending;
    if (tables) {
      const readers: readonly FormatReader[] = options.mapping
        ? [mappingReader(options.mapping)]
        : FORMAT_READERS.filter(
            (reader) => !options.platform || reader.platform === options.platform
          );
      const semicolons = tables.some((table) => table.delimiter === ";");
      const rowOf = new RecordRows();
      const context: ReadContext = {
        log,
        rowOf,
        decimal: null,
        defaultDecimal: semicolons ? "," : ".",
        today: options.today ?? todayIso(),
        onProgress: (fraction) =>
          options.onProgress?.({
            phase: "parse",
            done: Math.round(fraction * size),
            total: size,
          }),
        statePeriod: (stated) => {
          period ??= stated;
        },
      };
      let recognised = 0;
      for (const source of tables) {
        const detection = detectFormat(source.probe, readers);
        if (!detection) {
          const table = source.probe;
          if (tables.length > 1 && table.rows.some((row) => row.length > 0)) {
            log.warn(ISSUE.SECTION_SKIPPED, { sheet: table.sheet ?? table.fileName });
          }
          continue;
        }
        const { reader, match } = detection;
        if (recognised === 0) {
          platform = reader.platformOf?.(source.probe, match) ?? reader.platform;
          format = reader.format;
        }
        recognised++;
        const header = source.probe.rows[match.headerRow] ?? [];
        const keep = reader.columnsUsed?.(header) ?? null;
        if (source.stream && reader.readStream) {
          reader.readStream(source.stream(keep), match, context, into);
        } else {
          reader.read(source.all(keep), match, context, into);
        }
      }
      if (recognised > 1) into.posts = keepMostCompletePosts(into.posts);
      reportIncompleteKeys(into, rowOf, log);
      if (recognised === 0) {
        if (options.mapping) {
          log.error(ISSUE.MAPPING_COLUMN_MISSING, {});
        } else {
          const first = tables.map((source) => source.probe).find((table) => table.rows.length > 0);
          proposedMapping = first ? proposeMapping(first) : null;
          log.error(ISSUE.UNKNOWN_FORMAT, {
            reason: proposedMapping ? "mapping-proposed" : "no-header",
          });
        }
      } else if (Object.values(into).every((list: unknown[]) => list.length === 0)) {
        log.error(ISSUE.NO_DATA_ROWS, {});
      }
      period ??= periodFromFileName(name);
    }
  } catch (error) {
    // A bug must not take the task pane down with it: the user gets an error and no records.
    log.error(ISSUE.INTERNAL_ERROR, {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const failed = log.failed;
  const result: ImportResult = {
    platform,
    format,
    ...(failed ? emptyRecordLists() : into),
    issues: log.toIssues(),
  };
  if (period && !failed) {
    result.periodStart = period.periodStart;
    result.periodEnd = period.periodEnd;
  }
  if (proposedMapping) result.proposedMapping = proposedMapping;
  return result;
}
