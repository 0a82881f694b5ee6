import type { FoundTable } from "../domain/workbook/planImport";
import {
  parseRememberedTables,
  type RememberedTables,
  TABLES_SETTING,
} from "../domain/workbook/rememberedTables";
import type { OwnedTable } from "../domain/workbook/tableNames";

/** An add-in table found in the workbook, with its headers as they are now. */
export interface FoundTableWithHeaders extends FoundTable {
  readonly headers: string[];
  /** Whether the user turned on the table's total row, which sits right below the data. */
  readonly showsTotals: boolean;
}

/** What the add-in knows of the workbook before reading any rows. */
export interface WorkbookTables {
  readonly remembered: RememberedTables;
  readonly tables: Partial<Record<OwnedTable, FoundTableWithHeaders>>;
  /** The current name of every add-in table that exists, wanted or not. */
  readonly names: Partial<Record<OwnedTable, string>>;
  readonly takenNames: string[];
  readonly sheetNames: string[];
}

/** What the first sync of {@link findTables} reads: everything but the wanted tables' details. */
export type TableLookup = Omit<WorkbookTables, "tables">;

/**
 * Queues the loads that find the add-in's tables — the remembered table ids (workbook settings)
 * and every table, defined name and sheet name — without syncing, so a caller can read them in a
 * sync it makes anyway. Call the returned function after that sync. A table is the add-in's only
 * if its id is remembered: a user's table called `Posts` is never touched.
 *
 * @example
 * const lookup = queueTableLookup(context);
 * await context.sync();
 * lookup().names.posts //=> "Posts_SocialKPI"
 */
export function queueTableLookup(context: Excel.RequestContext): () => TableLookup {
  const workbook = context.workbook;
  const setting = workbook.settings.getItemOrNullObject(TABLES_SETTING);
  setting.load("value");
  const tables = workbook.tables.load("items/name,items/id");
  const names = workbook.names.load("items/name");
  const sheets = workbook.worksheets.load("items/name");
  return () => {
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- read once the caller has synced, as this function's contract says
    const remembered = parseRememberedTables(setting.isNullObject ? undefined : setting.value);
    const nameOfId = new Map(tables.items.map((t) => [t.id, t.name]));
    const owned: Partial<Record<OwnedTable, string>> = {};
    for (const [table, entry] of Object.entries(remembered)) {
      const name = nameOfId.get(entry.id);
      if (name !== undefined) owned[table as OwnedTable] = name;
    }
    return {
      remembered,
      names: owned,
      takenNames: [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)],
      sheetNames: sheets.items.map((s) => s.name),
    };
  };
}

/**
 * Finds the add-in's tables, in two syncs whatever the workbook holds: the first reads what
 * {@link queueTableLookup} queues; the second, only when `wanted` tables exist, reads their
 * headers, position and size.
 */
export async function findTables(
  context: Excel.RequestContext,
  wanted: readonly OwnedTable[]
): Promise<WorkbookTables> {
  const read = queueTableLookup(context);
  await context.sync();
  const lookup = read();

  const probes = wanted.flatMap((kind) => {
    const entry = lookup.remembered[kind];
    const name = lookup.names[kind];
    if (!entry || name === undefined) return [];
    const table = context.workbook.tables.getItem(entry.id);
    table.load("showTotals");
    const header = table.getHeaderRowRange().load("values,rowIndex");
    const count = table.rows.getCount();
    return [{ kind, id: entry.id, name, table, header, count }];
  });
  if (probes.length > 0) await context.sync();

  const found: Partial<Record<OwnedTable, FoundTableWithHeaders>> = {};
  for (const { kind, id, name, table, header, count } of probes) {
    found[kind] = {
      id,
      name,
      headerRow: header.rowIndex,
      dataRows: count.value,
      headers: (header.values[0] ?? []).map(String),
      showsTotals: table.showTotals,
    };
  }
  return { ...lookup, tables: found };
}
