import type { ImportOptions, ImportResult, SheetGrid } from "../../domain/import";
import type { Progress } from "../../domain/progress";

/** The options of an import that can cross to a worker (functions cannot). */
export type WorkerReadOptions = Pick<ImportOptions, "platform" | "mapping">;

/** A file to import: its name and bytes. */
export interface ImportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What the task pane sends the import worker: one file, or a sheet's cells, and how to read it. */
export type ImportRequest = ({ readonly file: ImportFile } | { readonly sheet: SheetGrid }) & {
  readonly options: WorkerReadOptions;
};

/** What the import worker sends back: progress while it reads, then the result, once. */
export type ImportMessage =
  | { readonly type: "progress"; readonly progress: Progress }
  | { readonly type: "result"; readonly result: ImportResult };

/** The part of a Web Worker the client uses; tests pass a fake. */
export interface ImportWorker {
  onmessage: ((event: MessageEvent<ImportMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ImportRequest): void;
  terminate(): void;
}
