import { importExport, importSheet } from "../../domain/import";
import type { Progress } from "../../domain/progress";
import type { ImportMessage, ImportRequest } from "./importWorkerProtocol";

/** The worker's global scope, as far as this entry uses it (the app's types are the window's). */
interface ImportWorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportMessage): void;
}

// The worker entry: parsing a large export takes seconds of CPU, and run here it never freezes
// the task pane. `importExport` and `importSheet` never throw, so every request gets exactly one
// result.
const scope = self as unknown as ImportWorkerScope;

scope.onmessage = ({ data }) => {
  const options = {
    ...data.options,
    onProgress: (progress: Progress) => scope.postMessage({ type: "progress", progress }),
  };
  void ("sheet" in data ? importSheet(data.sheet, options) : importExport(data.file, options)).then(
    (result) => scope.postMessage({ type: "result", result })
  );
};
