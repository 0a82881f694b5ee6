/**
 * A dropped or chosen file's bytes. Read with a FileReader, which every Office webview (and the
 * test DOM) has, where `Blob.arrayBuffer` is missing from some.
 */
export function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsArrayBuffer(file);
  });
}
