/**
 * Why a spreadsheet container is not handed to SheetJS. The structural checks (unpackZip.ts,
 * compoundFile.ts, biffCheck.ts) return one of these; the import's messages (messages.ts) word
 * it for the user.
 */
export type ContainerProblem =
  /** Cut short: the end of the container is missing. */
  | "incomplete"
  /** Its internal structure contradicts itself (a pointer out of range, a loop in a chain…). */
  | "damaged"
  /** A ZIP part does not decompress, or not to what its checksum says. */
  | "checksum"
  | "encrypted"
  /** A well-formed container in a variant the add-in does not read (a ZIP compression method…). */
  | "unsupported"
  /** More data than any platform export holds: reading it would stall the task pane. */
  | "too-large"
  /** A valid container that holds no Excel workbook (a Word file renamed `.xls`…). */
  | "not-a-workbook";

/** A value read out of a container, or why it could not be. */
export type Checked<T> = { readonly value: T } | { readonly problem: ContainerProblem };
