import { prepareBiffStream } from "./biffCheck";
import { readWorkbookStream } from "./compoundFile";
import type { UnreadableSpreadsheet } from "../issues";
import type { ContainerProblem } from "./containerProblem";
import type { Container } from "./sniffContainer";
import { checkZip, MAX_UNPACKED_BYTES } from "./zipCheck";

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
 * The bytes to hand SheetJS for a spreadsheet container (for an `.xls`, its bare workbook
 * stream; for a ZIP, also the paths of its parts), or why the file cannot be read.
 *
 * @example
 * checkContainer(anXlsx, "zip") //=> { bytes: anXlsx, parts: ["[Content_Types].xml", …] }
 * checkContainer(anXls, "ole2") //=> { bytes: Uint8Array [0x09, 0x08, …] } (the BIFF stream)
 * checkContainer(anXlsxCutInHalf, "zip") //=> { problem: "incomplete" }
 */
export function checkContainer(
  bytes: Uint8Array,
  container: Container
): { bytes: Uint8Array; parts?: readonly string[] } | UnreadableSpreadsheet {
  if (container === "zip") {
    const parts = checkZip(bytes);
    return typeof parts === "string" ? unreadable(parts) : { bytes, parts };
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
