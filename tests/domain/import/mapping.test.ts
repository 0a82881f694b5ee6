import { type ColumnMapping, importExport } from "../../../src/domain/import";
import type { TableSlice } from "../../../src/domain/import/layout";
import { type MappingProposal, proposeMapping } from "../../../src/domain/import/mapping";
import type { CanonicalField, RecordKind } from "../../../src/domain/import/schema";

const encode = (text: string) => new TextEncoder().encode(text);

const tableOf = (...rows: string[][]): TableSlice => ({ rows, firstRow: 1, fileName: "t.csv" });

// Columns that make a file a table of each kind (posts need an id, traffic sessions, ads a campaign
// and its spend).
const KEY_COLUMNS = {
  posts: ["Post ID"],
  daily: ["Date"],
  traffic: ["Source", "Sessions"],
  ads: ["Campaign name", "Amount spent"],
} satisfies Partial<Record<RecordKind, string[]>>;

/** The proposal for one column, next to the key columns that make the file a table of `kind`. */
function proposalFor(kind: keyof typeof KEY_COLUMNS, column: string) {
  const header = [...KEY_COLUMNS[kind], column];
  const proposal = proposeMapping(
    tableOf(
      header,
      header.map(() => "1")
    )
  ) as MappingProposal;
  expect(proposal.kind).toBe(kind);
  return proposal.columns[header.length - 1];
}

type Row = readonly [
  source: string,
  column: string,
  kind: "posts" | "daily",
  field: CanonicalField | null,
];

// Buffer's metrics per network (docs/import-formats.md §7, support.buffer.com article 522) and
// Hootsuite's metrics library (help.hootsuite.com article 1260804306809): no real CSV header is
// known, so these files take the generic path, and their names must map with high confidence.
const KNOWN: readonly Row[] = [
  ["Buffer", "Posts/Tweets", "daily", "postsPublished"],
  ["Buffer", "Posts/Tweets", "posts", null],
  ["Buffer", "Impressions", "daily", "impressions"],
  ["Buffer", "Impressions", "posts", "impressions"],
  ["Buffer", "Engagements", "daily", "engagements"],
  ["Buffer", "Engagements", "posts", "engagements"],
  ["Buffer", "Engagement Rate", "daily", null],
  ["Buffer", "Engagement Rate", "posts", null],
  ["Buffer", "Likes", "daily", "likes"],
  ["Buffer", "Likes", "posts", "likes"],
  ["Buffer", "Reposts/Retweets", "daily", "shares"],
  ["Buffer", "Reposts/Retweets", "posts", "shares"],
  ["Buffer", "Replies", "daily", "comments"],
  ["Buffer", "Replies", "posts", "comments"],
  ["Buffer", "Clicks", "daily", "clicks"],
  ["Buffer", "Clicks", "posts", "clicks"],
  ["Buffer", "New Followers", "daily", "followersGained"],
  ["Buffer", "New Followers", "posts", "follows"],
  ["Buffer", "Total Followers", "daily", "followers"],
  ["Buffer", "Total Followers", "posts", null],
  ["Hootsuite", "Post reach", "posts", "reach"],
  ["Hootsuite", "Post reach", "daily", "reach"],
  ["Hootsuite", "Post impressions", "posts", "impressions"],
  ["Hootsuite", "Post impressions", "daily", "impressions"],
  ["Hootsuite", "Reactions", "posts", "likes"],
  ["Hootsuite", "Reactions", "daily", "likes"],
  ["Hootsuite", "Comments", "posts", "comments"],
  ["Hootsuite", "Comments", "daily", "comments"],
  ["Hootsuite", "Shares", "posts", "shares"],
  ["Hootsuite", "Shares", "daily", "shares"],
  ["Hootsuite", "Saves", "posts", "saves"],
  ["Hootsuite", "Post link clicks", "posts", "linkClicks"],
  ["Hootsuite", "Video views", "posts", "views"],
  ["Hootsuite", "Video views", "daily", "views"],
  ["Hootsuite", "Engagement rate", "posts", null],
  ["Hootsuite", "Engagement rate", "daily", null],
  ["Hootsuite", "Followers", "daily", "followers"],
  ["Hootsuite", "Followers", "posts", null],
  ["Hootsuite", "Net follower growth", "daily", null],
  ["Hootsuite", "Net follower growth", "posts", null],
  // Which network and which profile a row is about.
  ["Sprout/Hootsuite", "Network", "posts", "platform"],
  ["Hootsuite", "Social network", "posts", "platform"],
  ["Sprout/Hootsuite", "Profile", "posts", "account"],
  ["Sprout/Hootsuite", "Profile", "daily", "account"],
  ["Hootsuite", "Social profile", "posts", "account"],
];

describe("proposeMapping", () => {
  it.each(KNOWN)("%s `%s` in a %s table → %s, with high confidence", (_, column, kind, field) => {
    expect(proposalFor(kind, column)).toEqual({ column, field, confidence: 0.9 });
  });

  it.each([
    "Engagement Rate",
    "Engagement rate",
    "Engagement Rate (per Impression)",
    "Click through rate (CTR)",
    "Stayed to watch (%)",
    "Average watch time",
    "Average views per viewer",
    "engagement_rate",
  ])("never maps the rate or average `%s` to a field", (column) => {
    for (const kind of Object.keys(KEY_COLUMNS) as Array<keyof typeof KEY_COLUMNS>) {
      expect({ kind, proposed: proposalFor(kind, column) }).toEqual({
        kind,
        proposed: { column, field: null, confidence: 0.9 },
      });
    }
  });

  it("proposes a network column as the platform of each row, for posts and days alike", () => {
    for (const kind of ["posts", "daily"] as const) {
      expect(proposalFor(kind, "Network")).toEqual({
        column: "Network",
        field: "platform",
        confidence: 0.9,
      });
    }
  });

  it("picks daily rows for a Buffer overview and posts for a Hootsuite post export", () => {
    const buffer = proposeMapping(
      tableOf(
        [
          "Date",
          "Posts/Tweets",
          "Impressions",
          "Engagements",
          "Engagement Rate",
          "Likes",
          "Reposts/Retweets",
          "Replies",
          "Clicks",
          "New Followers",
          "Total Followers",
        ],
        ["2024-05-02", "3", "1200", "80", "6.7%", "50", "10", "5", "15", "4", "1500"]
      )
    );
    expect(buffer?.kind).toBe("daily");
    expect(buffer?.columns.map((c) => c.field)).toEqual([
      "date",
      "postsPublished",
      "impressions",
      "engagements",
      null,
      "likes",
      "shares",
      "comments",
      "clicks",
      "followersGained",
      "followers",
    ]);
    const hootsuite = proposeMapping(
      tableOf(
        ["Post ID", "Network", "Profile", "Post reach", "Reactions", "Engagement rate"],
        ["1", "Instagram", "acme", "100", "5", "5%"]
      )
    );
    expect(hootsuite?.kind).toBe("posts");
    expect(hootsuite?.columns.map((c) => c.field)).toEqual([
      "postId",
      "platform",
      "account",
      "reach",
      "likes",
      null,
    ]);
  });
});

describe("importing with a proposed mapping", () => {
  /** The proposal of an unknown file, accepted as it is. */
  async function acceptProposal(csv: string, platform: ColumnMapping["platform"]) {
    const bytes = encode(csv);
    const unknown = await importExport({ name: "export.csv", bytes });
    expect(unknown.format).toBe("unknown");
    const proposal = unknown.proposedMapping as MappingProposal;
    const columns = Object.fromEntries(
      proposal.columns.flatMap((c) => (c.field ? [[c.column, c.field]] : []))
    );
    return importExport(
      { name: "export.csv", bytes },
      { mapping: { kind: proposal.kind, platform, columns } }
    );
  }

  it("sets each post's platform from its network column, else the tool's", async () => {
    const result = await acceptProposal(
      [
        "Post ID,Network,Profile,Post reach,Reactions,Engagement rate",
        "1,Instagram,acme,100,5,5%",
        "2,Facebook,acme,200,8,4%",
        "3,Twitter,acme,50,1,2%",
        "4,Pinterest,acme,10,0,0%",
      ].join("\n"),
      "hootsuite"
    );
    expect(result.issues).toEqual([]);
    expect(result.posts.map((post) => [post.postId, post.platform, post.account])).toEqual([
      ["1", "instagram", "acme"],
      ["2", "facebook", "acme"],
      ["3", "x", "acme"],
      ["4", "hootsuite", "acme"],
    ]);
    expect(result.posts[0]).toMatchObject({ reach: 100, likes: 5, engagements: null });
  });

  it("uses a post's link as its id when the file has no id column", async () => {
    const result = await acceptProposal(
      [
        "Post link,Network,Post impressions,Reactions",
        "https://www.instagram.com/p/Cx1/,Instagram,900,40",
        "https://www.instagram.com/p/Cx2/,Instagram,300,12",
      ].join("\n"),
      "hootsuite"
    );
    expect(result.issues).toEqual([]);
    expect(result.posts.map((post) => [post.postId, post.permalink, post.impressions])).toEqual([
      ["https://www.instagram.com/p/Cx1/", "https://www.instagram.com/p/Cx1/", 900],
      ["https://www.instagram.com/p/Cx2/", "https://www.instagram.com/p/Cx2/", 300],
    ]);
  });

  it("reads a Buffer overview as daily rows per network, without its engagement rate", async () => {
    const result = await acceptProposal(
      [
        "Date,Network,Profile,Posts/Tweets,Impressions,Engagements,Engagement Rate,New Followers,Total Followers",
        "2024-05-02,Twitter,acme,3,1200,80,6.67%,4,1500",
        "2024-05-02,LinkedIn,acme,1,300,9,3%,1,420",
      ].join("\n"),
      "buffer"
    );
    expect(result.issues).toEqual([]);
    expect(result.daily).toEqual([
      expect.objectContaining({
        platform: "x",
        account: "acme",
        date: "2024-05-02",
        postsPublished: 3,
        impressions: 1200,
        engagements: 80,
        followersGained: 4,
        followers: 1500,
      }),
      expect.objectContaining({ platform: "linkedin", account: "acme", impressions: 300 }),
    ]);
  });
});
