import type { OwnedTable } from "../domain/workbook/tableNames";
import type { WorkbookError } from "../domain/workbook/workbookError";
import { findTables } from "./findTables";
import { runExcel } from "./runExcel";

/**
 * The current name of each add-in table in this workbook, in one sync: what structured
 * references must use (`Posts_SocialKPI[Impressions]` when the user already had a `Posts` table,
 * `MyPosts[Impressions]` after the user renamed ours). A table not created yet is absent.
 *
 * @example
 * const names = await readTableNames();
 * if (!isWorkbookError(names)) `=SUM(${names.posts ?? "Posts"}[Impressions])`;
 */
export async function readTableNames(): Promise<
  Partial<Record<OwnedTable, string>> | WorkbookError
> {
  return runExcel(async (context) => (await findTables(context, [])).names);
}
