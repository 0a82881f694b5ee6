import type * as SheetJs from "@e965/xlsx";
import { fromExcelSerial, toIsoDate } from "./dates";

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

interface ArchiveEntry {
  readonly name: string;
  readonly type: number;
  readonly content?: Uint8Array | readonly number[];
}

/** The CSV files of a ZIP that is not a workbook (no `workbook.xml`), or null for a workbook. */
function archivedFiles(XLSX: typeof SheetJs, bytes: Uint8Array): ArchivedFile[] | null {
  const archive = (
    XLSX.CFB as { read(data: Uint8Array, options: { type: "array" }): unknown }
  ).read(bytes, {
    type: "array",
  }) as { FileIndex?: readonly ArchiveEntry[] };
  const entries = archive.FileIndex ?? [];
  if (entries.some((entry) => entry.name === "workbook.xml")) return null;
  return entries
    .filter((entry) => entry.type === 2 && /\.(?:csv|tsv|txt)$/i.test(entry.name))
    .map((entry) => ({
      kind: "file",
      name: entry.name,
      bytes:
        entry.content instanceof Uint8Array ? entry.content : Uint8Array.from(entry.content ?? []),
    }));
}

/** What kind of container the bytes are, from their first bytes. */
export type Container = "ole2" | "zip" | "spreadsheetml" | "text";

/**
 * Tells spreadsheet containers from text: OLE2 (`D0 CF 11 E0`, BIFF8 `.xls` from LinkedIn), ZIP
 * (`PK`, `.xlsx`), and the XML Spreadsheet 2003 that classic Facebook Insights names `.xls`.
 *
 * @example
 * sniffContainer(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])) //=> "ole2"
 * sniffContainer(new TextEncoder().encode("Date,Views\n")) //=> "text"
 */
export function sniffContainer(bytes: Uint8Array, text?: string): Container {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return "ole2";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return "zip";
  const head = (text ?? "").slice(0, 2000).trimStart();
  if (head.startsWith("<?xml") && head.includes("urn:schemas-microsoft-com:office:spreadsheet"))
    return "spreadsheetml";
  return "text";
}

interface Cell {
  readonly t: string;
  readonly v?: unknown;
  readonly z?: string | number;
}

// SheetJS's typings leave the SSF number-format helpers untyped; the one used here is this.
type DateFormatTest = (format: string | number) => boolean;

/**
 * Whether a container is complete enough to hand to SheetJS, which can loop forever on a ZIP
 * without its end-of-central-directory record (a cut download). A ZIP must end with that record
 * (within its 64 KiB comment); an OLE2 file is a 512-byte header plus whole 512-byte sectors.
 *
 * @example
 * isCompleteContainer(firstBytesOfAnXlsx) //=> false
 */
export function isCompleteContainer(bytes: Uint8Array, container: Container): boolean {
  if (container === "ole2") return bytes.length >= 1536 && bytes.length % 512 === 0;
  if (container !== "zip") return true;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (
      bytes[i] === 0x50 &&
      bytes[i + 1] === 0x4b &&
      bytes[i + 2] === 0x05 &&
      bytes[i + 3] === 0x06
    ) {
      return true;
    }
  }
  return false;
}

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

/**
 * Reads every sheet of an `.xls` (BIFF8), `.xlsx` or SpreadsheetML workbook through SheetJS (or
 * the CSV files of a ZIP that is no workbook),
 * loaded only now (a dynamic import), so that the task pane's first load never carries it.
 * Dates come back as ISO text computed from the serial (no time zone), numbers unformatted.
 *
 * @returns the sheets, or the parser's message when the bytes are not a readable workbook
 */
export async function readWorkbook(
  bytes: Uint8Array,
  container: Container
): Promise<Array<SheetRows | ArchivedFile> | { error: string }> {
  if (!isCompleteContainer(bytes, container)) {
    return { error: "the file is incomplete (cut short or damaged)." };
  }
  let XLSX: typeof SheetJs;
  try {
    XLSX = await import("@e965/xlsx");
  } catch (error) {
    return { error: `The spreadsheet reader could not be loaded: ${String(error)}` };
  }
  try {
    const files = container === "zip" ? archivedFiles(XLSX, bytes) : null;
    if (files) return files;
    const workbook = XLSX.read(bytes, {
      type: "array",
      dense: true,
      cellDates: false,
      cellHTML: false,
      cellText: false,
    });
    const isDate = (XLSX.SSF as { is_date: DateFormatTest }).is_date;
    const isDateFormat: DateFormatTest = (format) => isDate(format);
    return workbook.SheetNames.map((name) => {
      const sheet = workbook.Sheets[name];
      const ref = sheet?.["!ref"];
      const data = (sheet?.["!data"] ?? []) as Array<Array<Cell | undefined> | undefined>;
      if (!ref) return { kind: "sheet", name, rows: [] };
      const range = XLSX.utils.decode_range(ref);
      const rows: string[][] = [];
      for (let r = 0; r <= range.e.r; r++) {
        const source = data[r];
        const row: string[] = [];
        for (let c = 0; c <= range.e.c; c++) row.push(cellText(source?.[c], isDateFormat));
        while (row.length > 0 && row[row.length - 1] === "") row.pop();
        rows.push(row);
      }
      return { kind: "sheet", name, rows };
    });
  } catch (error) {
    // SheetJS throws on corrupt or unsupported containers: that is a fact about the file.
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
