import type { ExistingRows, TableMerge } from "../../../src/domain/workbook/mergeTable";
import type { WorkbookCell, CellWrite } from "../../../src/domain/workbook/workbookCell";

/** What Excel stores for a written value: the text apostrophe is consumed, `null` keeps the cell. */
function stored(written: CellWrite, current: WorkbookCell): WorkbookCell {
  if (written === null) return current;
  if (typeof written === "string" && written.startsWith("'")) return written.slice(1);
  return written;
}

/** A table after a merge is written, as Excel would hold it (a model for domain tests). */
export function applyMerge(
  table: ExistingRows | undefined,
  merge: TableMerge,
  names: string[]
): ExistingRows {
  const headers = [...(table?.headers ?? names), ...(table ? merge.layout.missing : [])];
  const rows = (table?.rows ?? []).map((row) => {
    const copy = [...row];
    while (copy.length < headers.length) copy.push("");
    return copy;
  });
  const write = (at: number, cells: readonly CellWrite[]): void => {
    while (rows.length <= at) rows.push(new Array<WorkbookCell>(headers.length).fill(""));
    const row = rows[at] ?? [];
    cells.forEach((cell, j) => (row[j] = stored(cell, row[j] ?? "")));
  };
  for (const update of merge.updates) write(update.row, update.cells);
  merge.appends.forEach((cells, i) => write(merge.appendAt + i, cells));
  return { headers, rows };
}
