import type * as SheetJs from "@e965/xlsx";
import type * as ContainerChecks from "./containers/containerCheck";
import type { Container } from "./containers/sniffContainer";
import type { ZipPart } from "./containers/unpackZip";
import { fromExcelSerial, toIsoDate } from "./dates";
import type { UnreadableSpreadsheet } from "./issues";

/** One sheet of a workbook as text cells, the way a CSV of it would read. */
export interface SheetRows {
  readonly kind: "sheet";
  readonly name: string;
  readonly rows: string[][];
}

/** A text file inside a ZIP archive (YouTube and TikTok download their CSVs zipped). */
export interface ArchivedFile {
  readonly kind: "file";
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The CSV files of a ZIP that is not a workbook, named without their folders. */
const archivedFiles = (files: readonly ZipPart[]): ArchivedFile[] =>
  files
    .filter(({ name }) => /\.(?:csv|tsv|txt)$/i.test(name))
    .map(({ name, content }) => ({
      kind: "file",
      name: name.slice(name.lastIndexOf("/") + 1),
      bytes: content,
    }));

interface Cell {
  readonly t: string;
  readonly v?: unknown;
  readonly z?: string | number;
}

// SheetJS's typings leave the SSF number-format helpers untyped; the one used here is this.
type DateFormatTest = (format: string | number) => boolean;

/**
 * The most cells read from one workbook (every sheet, counting each row and each slot up to a
 * row's last cell). A real export is far smaller — a year of daily rows is a few thousand cells,
 * ten thousand posts with 50 columns half a million — while a damaged file can place one cell at
 * row 1,048,576 or column 16,384. Past this the task pane would stall for seconds on rows that
 * are not there, so the file is refused instead.
 */
export const MAX_CELLS_PER_WORKBOOK = 2_000_000;

/** What the import asks SheetJS for: dense rows, values only, no formatted text. */
export const SHEETJS_READ_OPTIONS = {
  type: "array",
  dense: true,
  cellDates: false,
  // Only a formula's cached value is read: SheetJS need not decode the formula itself.
  cellFormula: false,
  cellHTML: false,
  cellText: false,
} as const;

/** A cell as the text a CSV export would hold: numbers in full precision, dates as ISO. */
function cellText(
  cell: Cell | undefined,
  isDateFormat: (format: string | number) => boolean
): string {
  if (!cell) return "";
  const { t, v } = cell;
  if (t === "s" || t === "str") return typeof v === "string" ? v : "";
  if (t === "n" && typeof v === "number") {
    if (cell.z !== undefined && isDateFormat(cell.z)) return toIsoDate(fromExcelSerial(v));
    return String(v);
  }
  if (t === "b") return v ? "TRUE" : "FALSE";
  return "";
}

type Sheet = { readonly "!data"?: Array<Array<Cell | undefined> | undefined> } | undefined;

/**
 * The sheets as text rows, built from the cells SheetJS produced (its dense rows), never from the
 * range a sheet declares: a damaged dimension record can declare the whole Excel grid.
 */
function sheetsOf(
  workbook: { SheetNames: string[]; Sheets: Record<string, unknown> },
  isDateFormat: DateFormatTest
): SheetRows[] | UnreadableSpreadsheet {
  const sheets: SheetRows[] = [];
  let cellsLeft = MAX_CELLS_PER_WORKBOOK;
  for (const name of workbook.SheetNames) {
    const data = (workbook.Sheets[name] as Sheet)?.["!data"] ?? [];
    const rows: string[][] = [];
    for (const source of Array.from(data, (row) => row ?? [])) {
      cellsLeft -= 1 + source.length;
      if (cellsLeft < 0) {
        return { problem: "too-many-cells", cells: MAX_CELLS_PER_WORKBOOK };
      }
      const row = Array.from(source, (cell) => cellText(cell, isDateFormat));
      while (row.length > 0 && row[row.length - 1] === "") row.pop();
      rows.push(row);
    }
    sheets.push({ kind: "sheet", name, rows });
  }
  return sheets;
}

/**
 * Reads every sheet of an `.xls` (BIFF8 or BIFF5), `.xlsx` or SpreadsheetML workbook through SheetJS (or
 * the CSV files of a ZIP that is no workbook),
 * loaded only now (a dynamic import, with the container checks), so that the task pane's first
 * load never carries them. The container is checked first (containers/containerCheck.ts), so that
 * no damage can keep SheetJS busy forever on the task pane's thread.
 * Dates come back as ISO text computed from the serial (no time zone), numbers unformatted.
 *
 * @returns the sheets, or why the bytes are not a readable workbook
 */
export async function readWorkbook(
  bytes: Uint8Array,
  container: Container
): Promise<Array<SheetRows | ArchivedFile> | UnreadableSpreadsheet> {
  let XLSX: typeof SheetJs;
  let checks: typeof ContainerChecks;
  try {
    [XLSX, checks] = await Promise.all([
      import("@e965/xlsx"),
      import("./containers/containerCheck"),
    ]);
  } catch (error) {
    return { problem: "reader-unavailable", detail: String(error) };
  }
  const checked = checks.checkContainer(bytes, container);
  if ("problem" in checked) return checked;
  if ("files" in checked) return archivedFiles(checked.files);
  try {
    const workbook = XLSX.read(checked.bytes, SHEETJS_READ_OPTIONS);
    const isDate = (XLSX.SSF as { is_date: DateFormatTest }).is_date;
    const isDateFormat: DateFormatTest = (format) => isDate(format);
    return sheetsOf(workbook, isDateFormat);
  } catch (error) {
    // SheetJS throws on corrupt or unsupported containers: that is a fact about the file.
    const detail = error instanceof Error ? error.message : String(error);
    return { problem: "unreadable", detail };
  }
}
