import { useCallback, useRef, useState } from "react";
import type { ImportResult, SheetGrid } from "../../domain/import";
import type { ColumnMapping, MappingProposal } from "../../domain/import/mapping";
import type { Progress } from "../../domain/progress";
import { importedFile } from "../../domain/workbook/importedFile";
import type { ImportReport } from "../../domain/workbook/importReport";
import { isWorkbookError, type WorkbookError } from "../../domain/workbook/workbookError";
import type { WorkbookHost } from "../../office/host";
import type { ImportFile, ImportWorker } from "./importWorkerProtocol";
import { readBytes } from "./readBytes";
import { runImportInWorker } from "./runImportInWorker";

/** Where one import stands, from the queue to the workbook. */
export type ImportStatus =
  "queued" | "reading" | "mapping" | "writing" | "written" | "failed" | "writeFailed";

/** One file (or sheet) the user asked to import, and what became of it. */
export interface ImportEntry {
  readonly id: number;
  readonly name: string;
  readonly status: ImportStatus;
  /** What the importer made of it (the last attempt's, after a mapping). */
  readonly result?: ImportResult;
  /** The mapping the importer proposed for a file it did not recognise; kept across attempts. */
  readonly proposal?: MappingProposal;
  readonly report?: ImportReport;
  readonly writeError?: WorkbookError;
  /** A bug's message, when one stopped the import (never an Excel or file problem). */
  readonly crash?: string;
}

/** The import running now: its name and how far it is (null before the first step is known). */
export interface CurrentImport {
  readonly name: string;
  readonly phase: Progress["phase"];
  readonly progress: Progress | null;
}

export interface ImportRunOptions {
  readonly createWorker?: () => ImportWorker | Promise<ImportWorker>;
  readonly timeoutMs?: number;
}

type Source = File | ImportFile | SheetGrid;

/**
 * The imports of the Import tab, one at a time in the order asked: each source is read in the
 * worker, then (when it imports anything) written through the host with progress. A file the
 * importer did not recognise waits for its mapping; `importWithMapping` queues it again.
 */
export function useImports(host: WorkbookHost, options: ImportRunOptions = {}) {
  const { createWorker, timeoutMs } = options;
  const [entries, setEntries] = useState<readonly ImportEntry[]>([]);
  const [current, setCurrent] = useState<CurrentImport | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const sources = useRef(new Map<number, ImportFile | SheetGrid>());
  const nextId = useRef(0);

  const update = useCallback((id: number, patch: Partial<ImportEntry>) => {
    setEntries((list) => list.map((entry) => (entry.id === id ? { ...entry, ...patch } : entry)));
  }, []);

  const run = useCallback(
    async (id: number, name: string, source: Source, mapping?: ColumnMapping) => {
      setCurrent({ name, phase: "parse", progress: null });
      update(id, { status: "reading" });
      const input = source instanceof Blob ? { name, bytes: await readBytes(source) } : source;
      sources.current.set(id, input);
      const result = await runImportInWorker(input, {
        ...(mapping ? { mapping } : {}),
        ...(createWorker ? { createWorker } : {}),
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
        onProgress: (progress) => setCurrent({ name, phase: "parse", progress }),
      });
      const proposal = result.proposedMapping;
      if (result.issues.some((issue) => issue.severity === "error")) {
        setEntries((list) =>
          list.map((entry) => {
            if (entry.id !== id) return entry;
            const kept = proposal ?? entry.proposal;
            return { ...entry, result, status: kept ? "mapping" : "failed", proposal: kept };
          })
        );
        return;
      }
      update(id, { status: "writing", result });
      setCurrent({ name, phase: "write", progress: null });
      const written = await host.writeImport(importedFile(name, result), (progress) =>
        setCurrent({ name, phase: "write", progress })
      );
      update(
        id,
        isWorkbookError(written)
          ? { status: "writeFailed", writeError: written }
          : { status: "written", report: written }
      );
    },
    [createWorker, host, timeoutMs, update]
  );

  const enqueue = useCallback(
    (id: number, name: string, source: Source, mapping?: ColumnMapping) => {
      const task = async () => {
        try {
          await run(id, name, source, mapping);
        } catch (error) {
          // A bug, not a file or Excel problem (those are values): the user still sees it, and
          // the next files still import.
          update(id, {
            status: "failed",
            crash: error instanceof Error ? error.message : String(error),
          });
        } finally {
          setCurrent(null);
        }
      };
      queue.current = queue.current.then(task);
      return queue.current;
    },
    [run, update]
  );

  /** Queues sources under their names; gives back when the last of them is done. */
  const importSources = useCallback(
    (items: readonly { readonly name: string; readonly source: Source }[]) => {
      const added = items.map(({ name, source }) => ({ id: nextId.current++, name, source }));
      setEntries((list) => [
        ...added.map(({ id, name }): ImportEntry => ({ id, name, status: "queued" })),
        ...list,
      ]);
      return Promise.all(added.map(({ id, name, source }) => enqueue(id, name, source))).then(
        () => undefined
      );
    },
    [enqueue]
  );

  /** Imports an entry again with the user's mapping. */
  const importWithMapping = useCallback(
    (id: number, mapping: ColumnMapping) => {
      const entry = entries.find((e) => e.id === id);
      const source = sources.current.get(id);
      if (!entry || !source) return Promise.resolve();
      update(id, { status: "queued" });
      return enqueue(id, entry.name, source, mapping);
    },
    [enqueue, entries, update]
  );

  return { entries, current, importSources, importWithMapping };
}
