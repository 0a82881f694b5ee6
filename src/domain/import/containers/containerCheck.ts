import { prepareBiffStream } from "./biffCheck";
import { readWorkbookStream } from "./compoundFile";
import type { UnreadableSpreadsheet } from "../issues";
import type { ContainerProblem } from "./containerProblem";
import type { Container } from "./sniffContainer";
import { MAX_UNPACKED_BYTES, unpackZip, type ZipPart } from "./unpackZip";

/**
 * The gate between a file's bytes and SheetJS. SheetJS runs synchronously and trusts the
 * structure of what it reads, so a damaged container can keep it busy forever, and nothing can
 * interrupt it on the task pane's thread. Every container is therefore checked here first, by
 * code whose every loop is bounded by the file's size:
 * - a ZIP (`.xlsx`) must be complete and every part must inflate to its CRC-32 (unpackZip.ts);
 *   SheetJS then gets those parts stored uncompressed, and a ZIP that holds no workbook is not
 *   handed to SheetJS at all: its files are read as they are;
 * - an OLE2 `.xls` is opened here (compoundFile.ts) and only its workbook stream, its records
 *   checked and its formulas blanked (biffCheck.ts), is handed on;
 * - SpreadsheetML is plain XML, which SheetJS reads in one pass over the text: it goes through
 *   as it is (the fuzz found no damage to it that stalls SheetJS).
 * What SheetJS then produces is bounded too: spreadsheet.ts reads at most 2,000,000 cells.
 */

/**
 * A container problem with what its message says (the import's messages word it for the user).
 *
 * @example
 * unreadable("too-large") //=> { problem: "too-large", megabytes: 256 }
 */
export function unreadable(problem: ContainerProblem): UnreadableSpreadsheet {
  return problem === "too-large"
    ? { problem, megabytes: MAX_UNPACKED_BYTES / 1024 / 1024 }
    : { problem };
}

// The smallest OLE2 file is a header and three sectors (FAT, directory, one stream); every
// writer pads it to whole 512-byte sectors, so any other length is a cut download.
const OLE2_MINIMUM_LENGTH = 1536;
const OLE2_SECTOR_MULTIPLE = 512;

/**
 * Whether a ZIP's parts are a workbook's: one of them is a `workbook.xml`, in any folder.
 */
const isWorkbook = (parts: readonly ZipPart[]): boolean =>
  parts.some(({ name }) => name === "workbook.xml" || name.endsWith("/workbook.xml"));

/**
 * The bytes to hand SheetJS for a spreadsheet container (for an `.xls`, its bare workbook
 * stream; for an `.xlsx`, its parts stored uncompressed), or the files of a ZIP that is no
 * workbook, or why the file cannot be read.
 *
 * @example
 * checkContainer(anXlsx, "zip") //=> { bytes: Uint8Array [0x50, 0x4b, …] } (the same parts, stored)
 * checkContainer(aZipOfCsvs, "zip") //=> { files: [{ name: "Table data.csv", content: … }, …] }
 * checkContainer(anXls, "ole2") //=> { bytes: Uint8Array [0x09, 0x08, …] } (the BIFF stream)
 * checkContainer(anXlsxCutInHalf, "zip") //=> { problem: "incomplete" }
 */
export function checkContainer(
  bytes: Uint8Array,
  container: Container
): { bytes: Uint8Array } | { files: readonly ZipPart[] } | UnreadableSpreadsheet {
  if (container === "zip") {
    const unpacked = unpackZip(bytes);
    if (typeof unpacked === "string") return unreadable(unpacked);
    return isWorkbook(unpacked.parts) ? { bytes: unpacked.stored } : { files: unpacked.parts };
  }
  if (container !== "ole2") return { bytes };
  if (bytes.length < OLE2_MINIMUM_LENGTH || bytes.length % OLE2_SECTOR_MULTIPLE !== 0) {
    return unreadable("incomplete");
  }
  const stream = readWorkbookStream(bytes);
  if ("problem" in stream) return unreadable(stream.problem);
  const prepared = prepareBiffStream(stream.value);
  return "problem" in prepared ? unreadable(prepared.problem) : { bytes: prepared.value };
}
