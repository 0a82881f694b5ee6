// Drops a sample file into the pane as a visitor's drag would: the drag events with a
// DataTransfer holding the File, on the pane's drop zone (the element marked `data-drop-zone`).
// The zone lives in the import tab, so that tab is opened first when the zone is not on screen.

const DROP_ZONE = "[data-drop-zone]";

async function findDropZone(pane: HTMLElement, timeoutMs: number): Promise<HTMLElement | null> {
  const started = performance.now();
  let zone = pane.querySelector<HTMLElement>(DROP_ZONE);
  if (!zone) pane.querySelector<HTMLElement>("#tab-import")?.click();
  while (!zone && performance.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    zone = pane.querySelector<HTMLElement>(DROP_ZONE);
  }
  return zone;
}

/** Whether the pane had a drop zone to drop the file on. */
export async function dropFileOnPane(pane: HTMLElement, file: File): Promise<boolean> {
  const zone = await findDropZone(pane, 3000);
  if (!zone) return false;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  for (const type of ["dragenter", "dragover", "drop"]) {
    zone.dispatchEvent(
      new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer })
    );
  }
  return true;
}
