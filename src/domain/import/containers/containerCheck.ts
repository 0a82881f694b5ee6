import { prepareBiffStream } from "./biffCheck";
import { readWorkbookStream } from "./compoundFile";
import type { ContainerProblem } from "./containerProblem";
import type { Container } from "./sniffContainer";
import { MAX_UNPACKED_BYTES, zipProblem } from "./zipCheck";

/**
 * The gate between a file's bytes and SheetJS. SheetJS runs synchronously and trusts the
 * structure of what it reads, so a damaged container can keep it busy forever, and nothing can
 * interrupt it on the task pane's thread. Every container is therefore checked here first, by
 * code whose every loop is bounded by the file's size:
 * - a ZIP (`.xlsx`) must be complete and every part must inflate to its CRC-32 (zipCheck.ts);
 * - an OLE2 `.xls` is opened here (compoundFile.ts) and only its workbook stream, its records
 *   checked and its formulas blanked (biffCheck.ts), is handed on;
 * - SpreadsheetML is plain XML, which SheetJS reads in one pass over the text: it goes through
 *   as it is (the fuzz found no damage to it that stalls SheetJS).
 * What SheetJS then produces is bounded too: spreadsheet.ts reads at most 2,000,000 cells.
 */

/** What the user reads after "The spreadsheet cannot be read: ". */
export const CONTAINER_PROBLEM_MESSAGES: Readonly<Record<ContainerProblem, string>> = {
  incomplete: "the file is incomplete (cut short or damaged).",
  damaged:
    "the file is damaged (its internal structure does not hold together). Download the export again.",
  checksum:
    "the file is damaged (part of its content no longer matches its checksum). Download the export again.",
  encrypted:
    "the file is password-protected. Open it in Excel, remove the password, save it and import it again.",
  unsupported:
    "the file is saved in a form the add-in cannot read. Open it in Excel, save it as .xlsx and import it again.",
  "too-large": `the file unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB, far more than a platform export. Export a shorter period and import that.`,
  "not-a-workbook":
    "the file is not an Excel workbook (it may be another document renamed). Download the export again.",
};

// The smallest OLE2 file is a header and three sectors (FAT, directory, one stream); every
// writer pads it to whole 512-byte sectors, so any other length is a cut download.
const OLE2_MINIMUM_LENGTH = 1536;
const OLE2_SECTOR_MULTIPLE = 512;

/**
 * The bytes to hand SheetJS for a spreadsheet container (for an `.xls`, its bare workbook
 * stream), or the sentence saying why the file cannot be read.
 *
 * @example
 * checkContainer(anXlsx, "zip") //=> { bytes: anXlsx }
 * checkContainer(anXls, "ole2") //=> { bytes: Uint8Array [0x09, 0x08, …] } (the BIFF stream)
 * checkContainer(anXlsxCutInHalf, "zip") //=> { error: "the file is incomplete (cut short or damaged)." }
 */
export function checkContainer(
  bytes: Uint8Array,
  container: Container
): { bytes: Uint8Array } | { error: string } {
  const fail = (problem: ContainerProblem) => ({ error: CONTAINER_PROBLEM_MESSAGES[problem] });
  if (container === "zip") {
    const problem = zipProblem(bytes);
    return problem ? fail(problem) : { bytes };
  }
  if (container !== "ole2") return { bytes };
  if (bytes.length < OLE2_MINIMUM_LENGTH || bytes.length % OLE2_SECTOR_MULTIPLE !== 0) {
    return fail("incomplete");
  }
  const stream = readWorkbookStream(bytes);
  if ("problem" in stream) return fail(stream.problem);
  const prepared = prepareBiffStream(stream.value);
  return "problem" in prepared ? fail(prepared.problem) : { bytes: prepared.value };
}
