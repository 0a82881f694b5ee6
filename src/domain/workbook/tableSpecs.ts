import type { RecordKind } from "../import/schema";
import { adsTable } from "./adsTable";
import { audienceTable } from "./audienceTable";
import { dailyTable } from "./dailyTable";
import { mentionsTable } from "./mentionsTable";
import { postsTable } from "./postsTable";
import type { TableSpec } from "./tableSpec";
import { trafficTable } from "./trafficTable";

/** The table of every record kind, in the order the add-in creates their sheets. */
export const TABLE_SPECS: { readonly [K in RecordKind]: TableSpec<K> } = {
  posts: postsTable,
  daily: dailyTable,
  traffic: trafficTable,
  ads: adsTable,
  audience: audienceTable,
  mentions: mentionsTable,
};

export const RECORD_KINDS = Object.keys(TABLE_SPECS) as RecordKind[];
