// The wire format of Excel's rich API, as Microsoft's client library (office.js) builds it for a
// `ProcessQuery` request and reads it back. Numbers are the client's own constants (its
// `ActionType` and `ObjectPathType`); names of members travel in PascalCase ("Values", "GetRange"),
// property names inside a query's Select in camelCase ("values", "format/font/bold").

export const ActionType = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  ensureUnchanged: 6,
  recursiveQuery: 7,
} as const;

export const ObjectPathType = {
  globalObject: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

export interface ArgumentInfo {
  Arguments?: unknown[];
  /**
   * Parallel to Arguments: a non-zero entry says that argument is the id of an object path; an
   * array argument holding objects (table.rows.deleteRows([row, row])) gets a nested list.
   */
  ReferencedObjectPathIds?: ReferencedIds[];
}

export type ReferencedIds = number | ReferencedIds[];

export interface WireAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Skip?: number; Top?: number };
}

export interface WireObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface RequestBody {
  Actions: WireAction[];
  ObjectPaths: Record<string, WireObjectPath>;
}

export interface WireError {
  Code: string;
  Message: string;
  HttpStatusCode: number;
  /** Index in Actions of the action that failed; the client prints that statement in debugInfo. */
  ActionIndex?: number;
  Location?: string;
}

export interface ResponseBody {
  Results?: { ActionId: number; Value: unknown }[];
  Error?: WireError;
}

/** Keys of an office.js interface as they travel: `values` → `Values`. */
export type WireName<I> = Capitalize<Extract<keyof I, string>>;

export const toWireName = (name: string): string =>
  name.startsWith("_") ? name : name.charAt(0).toUpperCase() + name.slice(1);
