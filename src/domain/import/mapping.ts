import { FIELD_TYPES } from "./fields";
import { headerKey } from "./headers";
import type { FormatReader, TableLayout, TableSlice } from "./layout";
import type { CanonicalField, PlatformId, RecordKind } from "./schema";
import { tableFormat } from "./tableReader";

/** The user's mapping for a file no signature recognised: column header → canonical field. */
export interface ColumnMapping {
  readonly kind: RecordKind;
  readonly platform?: PlatformId;
  readonly columns: Readonly<Record<string, CanonicalField>>;
}

/** One column of a proposed mapping, for the task pane to show and the user to correct. */
export interface ProposedColumn {
  readonly column: string;
  readonly field: CanonicalField | null;
  /** 0–1: 0.9 for a known column name, 0.6 for a name that contains one, 0 for no idea. */
  readonly confidence: number;
}

export interface MappingProposal {
  readonly kind: RecordKind;
  readonly columns: readonly ProposedColumn[];
}

// Names seen across exports (and the Sprout, Hootsuite and Buffer metric names), per field, as
// header keys. The first kind listed for a name wins when kinds share it.
const SYNONYMS: {
  readonly [K in RecordKind]: { readonly [F in CanonicalField<K>]?: readonly string[] };
} = {
  posts: {
    postId: ["postid", "tweetid", "mediaid", "videoid", "id", "contentid"],
    permalink: ["permalink", "postlink", "posturl", "link", "url", "tweetpermalink", "videolink"],
    publishedAt: [
      "publishtime",
      "publishedat",
      "postdate",
      "posted",
      "posttime",
      "createddate",
      "created",
      "sentdate",
      "date",
      "time",
    ],
    account: ["account", "accountname", "profile", "pagename", "username"],
    postType: ["posttype", "type", "contenttype", "mediatype"],
    text: [
      "text",
      "posttext",
      "message",
      "postmessage",
      "caption",
      "content",
      "description",
      "post",
      "title",
    ],
    impressions: ["impressions", "totalimpressions"],
    reach: ["reach", "totalreach", "reachedaudience"],
    views: ["views", "videoviews", "plays", "totalviews"],
    likes: ["likes", "reactions", "favorites", "totallikes"],
    comments: ["comments", "replies", "totalcomments"],
    shares: ["shares", "retweets", "reposts", "totalshares"],
    saves: ["saves", "bookmarks", "addtofavorites"],
    clicks: ["clicks", "totalclicks", "postclicksall"],
    linkClicks: ["linkclicks", "urlclicks", "postlinkclicks"],
    follows: ["follows", "newfollows", "newfollowers"],
    engagements: ["engagements", "totalengagements", "interactions"],
    spend: ["spend", "amountspent", "cost"],
  },
  daily: {
    date: ["date", "day"],
    impressions: ["impressions"],
    reach: ["reach"],
    views: ["views", "videoviews"],
    engagements: ["engagements", "interactions"],
    likes: ["likes", "reactions"],
    comments: ["comments", "replies"],
    shares: ["shares", "reposts", "retweets"],
    clicks: ["clicks"],
    followers: ["followers", "totalfollowers", "audience", "totalfans", "fans"],
    followersGained: ["newfollowers", "followersgained", "audiencegained", "newfollows"],
    followersLost: ["followerslost", "unfollows", "lostfollowers"],
    profileViews: ["profileviews", "profilevisits"],
    pageViews: ["pageviews"],
    visitors: ["visitors", "uniquevisitors"],
    postsPublished: ["posts", "postspublished", "publishedposts", "tweetspublished"],
  },
  traffic: {
    dimensionValue: ["source", "channel", "sessionsource", "landingpage", "page"],
    date: ["date"],
    sessions: ["sessions"],
    users: ["users", "activeusers", "totalusers"],
    newUsers: ["newusers"],
    engagedSessions: ["engagedsessions"],
    keyEvents: ["keyevents", "conversions", "goalcompletions"],
    revenue: ["revenue", "totalrevenue"],
  },
  ads: {
    campaign: ["campaign", "campaignname"],
    adSet: ["adset", "adsetname", "adgroup"],
    ad: ["ad", "adname"],
    date: ["date", "day"],
    spend: ["spend", "amountspent", "cost"],
    impressions: ["impressions"],
    reach: ["reach"],
    clicks: ["clicks", "clicksall"],
    linkClicks: ["linkclicks"],
    results: ["results"],
    conversions: ["conversions", "purchases"],
    conversionValue: ["conversionvalue", "purchasesconversionvalue"],
  },
  audience: {},
  mentions: {},
};

const KINDS: readonly RecordKind[] = ["posts", "daily", "traffic", "ads"];

function guess(
  kind: RecordKind,
  name: string
): { field: CanonicalField | null; confidence: number } {
  const key = headerKey(name);
  if (key === "") return { field: null, confidence: 0 };
  const entries = Object.entries(SYNONYMS[kind]) as Array<[CanonicalField, readonly string[]]>;
  for (const [field, names] of entries) if (names.includes(key)) return { field, confidence: 0.9 };
  for (const [field, names] of entries) {
    if (names.some((synonym) => synonym.length >= 4 && key.includes(synonym)))
      return { field, confidence: 0.6 };
  }
  return { field: null, confidence: 0 };
}

/** The first row near the top that reads as a header: several cells, mostly words, data below. */
function headerRowOf(table: TableSlice): number {
  const limit = Math.min(table.rows.length - 1, 40);
  for (let r = 0; r < limit; r++) {
    const cells = (table.rows[r] ?? []).filter((cell) => cell.trim() !== "");
    const words = cells.filter((cell) => /\p{L}/u.test(cell) && !/^[\d\s.,%$€£-]+$/.test(cell));
    const below = (table.rows[r + 1] ?? []).filter((cell) => cell.trim() !== "");
    if (cells.length >= 2 && words.length >= cells.length * 0.8 && below.length >= 2) return r;
  }
  return -1;
}

/**
 * Proposes a mapping for a file no signature recognised: finds the header row, guesses each
 * column's canonical field from its name, and picks the record kind whose fields the columns
 * cover best (posts need a post id or link, traffic sessions, ads spend).
 *
 * @returns the proposal, or null when no header row can be found
 *
 * @example
 * proposeMapping({ rows: [["Post id", "Likes", "Foo"], ["1", "2", "3"]], firstRow: 1, fileName: "x.csv" })
 * //=> { kind: "posts", columns: [{ column: "Post id", field: "postId", confidence: 0.9 }, …] }
 */
export function proposeMapping(table: TableSlice): MappingProposal | null {
  const headerRow = headerRowOf(table);
  if (headerRow === -1) return null;
  const header = table.rows[headerRow] ?? [];
  let best: MappingProposal | null = null;
  let bestScore = -1;
  for (const kind of KINDS) {
    const columns = header.map((column) => ({ column, ...guess(kind, column) }));
    const fields = new Set(columns.flatMap((column) => (column.field ? [column.field] : [])));
    const keyed =
      (kind === "posts" && (fields.has("postId") || fields.has("permalink"))) ||
      (kind === "daily" && fields.has("date")) ||
      (kind === "traffic" && fields.has("sessions")) ||
      (kind === "ads" && fields.has("spend") && fields.has("campaign"));
    const score = (keyed ? 100 : 0) + columns.reduce((sum, column) => sum + column.confidence, 0);
    if (score > bestScore) {
      best = { kind, columns };
      bestScore = score;
    }
  }
  return best;
}

/**
 * A reader for the user's mapping: the mapped columns are the signature, the rest is the generic
 * table reader. Fields mapped twice take the first column.
 */
export function mappingReader(mapping: ColumnMapping): FormatReader {
  const columns: Record<string, string[]> = {};
  for (const [column, field] of Object.entries(mapping.columns)) {
    if (!(field in FIELD_TYPES[mapping.kind])) continue;
    (columns[field] ??= []).push(column);
  }
  const platform = mapping.platform ?? "unknown";
  const dimension =
    Object.entries(mapping.columns).find(([, field]) => field === "dimensionValue")?.[0] ?? null;
  const layout: TableLayout = {
    format: "generic/mapped",
    platform,
    kind: mapping.kind,
    signature: { all: Object.keys(mapping.columns) },
    columns,
    // Fields no cell holds: the web-analytics source, the report's dimension (the mapped column's
    // name), and audience values read as shares of a breakdown named after the file.
    fixed: {
      platform,
      source: platform === "ua" ? "ua" : "ga4",
      dimension,
      unit: "share",
      breakdown: ({ fileName }) => fileName,
    },
  };
  return tableFormat(layout);
}
