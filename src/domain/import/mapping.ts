import { ColumnConfidence, KEYED_KIND } from "./detectionScore";
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
  /**
   * 0–1, a {@link ColumnConfidence}: high for a known column name, lower for a name that contains
   * one, 0 for no idea. A known name that no field may hold (a rate, an average, a net change) is
   * `null` with high confidence: leave it out.
   */
  readonly confidence: number;
}

export interface MappingProposal {
  readonly kind: RecordKind;
  readonly columns: readonly ProposedColumn[];
}

// Names of a column that says which network a row is about (Sprout's and Hootsuite's `Network`).
// Proposed only where the record kind reads its platform from a cell (posts and days).
const NETWORK_NAMES = ["network", "socialnetwork", "platform"];

// The tools' profile columns (`Profile`, Hootsuite's `Social profile`) name the account.
const ACCOUNT_NAMES = [
  "account",
  "accountname",
  "profile",
  "profilename",
  "socialprofile",
  "pagename",
  "username",
];

// Names seen across exports and the tools that have no known layout (docs/import-formats.md §7):
// Sprout's columns, Buffer's metrics (`Posts/Tweets`, `Reposts/Retweets`, `New Followers`,
// `Total Followers`…) and Hootsuite's metrics library (`Post reach`, `Post impressions`,
// `Reactions`, `Post link clicks`…), per field, as header keys. The first kind listed for a name
// wins when kinds share it.
const SYNONYMS: {
  readonly [K in RecordKind]: { readonly [F in CanonicalField<K>]?: readonly string[] };
} = {
  posts: {
    platform: NETWORK_NAMES,
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
    account: ACCOUNT_NAMES,
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
    impressions: ["impressions", "totalimpressions", "postimpressions"],
    reach: ["reach", "totalreach", "reachedaudience", "postreach"],
    views: ["views", "videoviews", "plays", "totalviews", "postvideoviews"],
    likes: ["likes", "reactions", "favorites", "totallikes", "postreactions", "postlikes"],
    comments: ["comments", "replies", "totalcomments", "postcomments"],
    shares: ["shares", "retweets", "reposts", "totalshares", "repostsretweets", "postshares"],
    saves: ["saves", "bookmarks", "addtofavorites", "postsaves"],
    clicks: ["clicks", "totalclicks", "postclicksall", "postclicks"],
    linkClicks: ["linkclicks", "urlclicks", "postlinkclicks"],
    follows: ["follows", "newfollows", "newfollowers"],
    engagements: [
      "engagements",
      "engagement",
      "totalengagements",
      "interactions",
      "postengagements",
    ],
    spend: ["spend", "amountspent", "cost"],
  },
  daily: {
    platform: NETWORK_NAMES,
    account: ACCOUNT_NAMES,
    date: ["date", "day"],
    impressions: ["impressions", "postimpressions"],
    reach: ["reach", "postreach"],
    views: ["views", "videoviews"],
    engagements: ["engagements", "engagement", "interactions", "postengagements"],
    likes: ["likes", "reactions"],
    comments: ["comments", "replies"],
    shares: ["shares", "reposts", "retweets", "repostsretweets"],
    clicks: ["clicks"],
    followers: ["followers", "totalfollowers", "audience", "totalfans", "fans"],
    followersGained: ["newfollowers", "followersgained", "audiencegained", "newfollows"],
    followersLost: ["followerslost", "unfollows", "lostfollowers"],
    profileViews: ["profileviews", "profilevisits"],
    pageViews: ["pageviews"],
    visitors: ["visitors", "uniquevisitors"],
    postsPublished: [
      "posts",
      "postspublished",
      "publishedposts",
      "tweetspublished",
      "poststweets",
      "tweets",
    ],
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
    campaignId: ["campaignid"],
    campaign: ["campaign", "campaignname"],
    adSetId: ["adsetid", "adgroupid"],
    adSet: ["adset", "adsetname", "adgroup"],
    adId: ["adid"],
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

// Columns no field may hold, whatever else their name contains: rates and averages (a rate is
// recomputed from counts, not stored: docs/architecture.md §3.2; `Engagement Rate` must not become
// engagements) and net changes (`Net follower growth` is gains minus losses, neither field).
const NOT_STORED = /\b(?:rate|ratio|ctr|average|avg|per|percent|percentage|net)\b|%/;

// Names known per kind to hold nothing of that kind's records (`Posts/Tweets` is a count of posts
// published, a day's figure; on a post row it would otherwise read as the post's text, and
// `Profile visits` as its account).
const NOT_STORED_IN: { readonly [K in RecordKind]?: readonly string[] } = {
  posts: [
    "posts",
    "poststweets",
    "tweets",
    "postspublished",
    "publishedposts",
    "tweetspublished",
    "followers",
    "totalfollowers",
    "profilevisits",
    "profileviews",
  ],
};

const KINDS: readonly RecordKind[] = ["posts", "daily", "traffic", "ads"];

function guess(
  kind: RecordKind,
  name: string
): { field: CanonicalField | null; confidence: number } {
  const key = headerKey(name);
  if (key === "") return { field: null, confidence: ColumnConfidence.unknown };
  const words = name.toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, " ");
  if (NOT_STORED.test(words) || NOT_STORED_IN[kind]?.includes(key))
    return { field: null, confidence: ColumnConfidence.knownName };
  const entries = (
    Object.entries(SYNONYMS[kind]) as Array<[CanonicalField, readonly string[]]>
  ).filter(([field]) => field !== "platform" || readsPlatform(kind));
  for (const [field, names] of entries)
    if (names.includes(key)) return { field, confidence: ColumnConfidence.knownName };
  // A name that contains a known one: the longest known name it contains tells the most
  // (`Post video views` is views, not the post's text; `Organic impressions` impressions).
  let best: { field: CanonicalField; length: number } | null = null;
  for (const [field, names] of entries) {
    for (const synonym of names) {
      if (synonym.length >= 4 && synonym.length > (best?.length ?? 0) && key.includes(synonym))
        best = { field, length: synonym.length };
    }
  }
  return best
    ? { field: best.field, confidence: ColumnConfidence.containsKnownName }
    : { field: null, confidence: ColumnConfidence.unknown };
}

/** Whether records of a kind take their platform from a cell (a `Network` column), per row. */
function readsPlatform(kind: RecordKind): boolean {
  return (FIELD_TYPES[kind] as Readonly<Record<string, string>>).platform === "platform";
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
    const score =
      (keyed ? KEYED_KIND : 0) + columns.reduce((sum, column) => sum + column.confidence, 0);
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
  // Without an id column, a post's link is its id: it names the post as uniquely and as stably
  // (a re-import of the same file merges on it), where dropping every row would lose the file.
  if (mapping.kind === "posts" && !columns.postId && columns.permalink) {
    columns.postId = [...columns.permalink];
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
