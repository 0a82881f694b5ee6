import { emptyRecordLists, type RecordKind, type RecordLists } from "../domain/import/schema";
import { recordsFromRows } from "../domain/workbook/recordsFromRows";
import type { RecordOf } from "../domain/workbook/tableSpec";
import { RECORD_KINDS, TABLE_SPECS } from "../domain/workbook/tableSpecs";
import type { WorkbookError } from "../domain/workbook/workbookError";
import { findTables, type FoundTableWithHeaders } from "./findTables";
import { readTableRows } from "./readTableRows";
import { runExcel } from "./runExcel";

async function readKind<K extends RecordKind>(
  context: Excel.RequestContext,
  kind: K,
  table: FoundTableWithHeaders
): Promise<RecordOf<K>[]> {
  const rows = await readTableRows(context, table.id, table.dataRows);
  return recordsFromRows(TABLE_SPECS[kind], { headers: table.headers, rows });
}

/**
 * Reads the add-in's tables back into canonical records (for the templates, and anyone who needs
 * the imported data as data): two syncs to find the tables, then one sync per table — per block of
 * rows for tables too big for one 5 MB response. A kind whose table does not exist yet reads as
 * an empty list.
 *
 * @example
 * const data = await readTables(["posts"]);
 * if (!isWorkbookError(data)) data.posts.length //=> rows in table Posts
 */
export async function readTables(
  kinds: readonly RecordKind[] = RECORD_KINDS
): Promise<RecordLists | WorkbookError> {
  return runExcel(async (context) => {
    const found = await findTables(context, kinds);
    const lists = emptyRecordLists();
    for (const kind of kinds) {
      const table = found.tables[kind];
      if (table) Object.assign(lists, { [kind]: await readKind(context, kind, table) });
    }
    return lists;
  });
}
