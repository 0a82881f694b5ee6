import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ImportOptions, importExport } from "../../../src/domain/import";
import type * as Detect from "../../../src/domain/import/detect";
import type { TableSlice } from "../../../src/domain/import/layout";
import { FORMAT_READERS } from "../../../src/domain/import/platforms";

// Every table importExport asks detectFormat about (one per CSV, one per sheet or archived file),
// so each fixture is checked on exactly the rows detection sees, however the file is packaged.
const mockProbed: TableSlice[] = [];
jest.mock("../../../src/domain/import/detect", () => {
  const actual = jest.requireActual<typeof Detect>("../../../src/domain/import/detect");
  return {
    ...actual,
    detectFormat: (...args: Parameters<typeof actual.detectFormat>) => {
      mockProbed.push(args[0]);
      return actual.detectFormat(...args);
    },
  };
});

interface Claim {
  readonly format: string;
  readonly score: number;
}

/** Every known format that recognises the table, best score first. */
function claims(table: TableSlice): Claim[] {
  return FORMAT_READERS.flatMap((reader) => {
    const match = reader.match(table);
    return match ? [{ format: reader.format, score: match.score }] : [];
  }).sort((a, b) => b.score - a.score);
}

/** The formats that share the best score (more than one means the table is claimed twice). */
function winners(table: TableSlice): string[] {
  const all = claims(table);
  const best = all[0]?.score;
  return all.filter((claim) => claim.score === best).map((claim) => claim.format);
}

const root = join(__dirname, "../../fixtures/exports");
const RESERVED = new Set(["expected.json", "actual.json", "source.md", "options.json"]);

const cases = readdirSync(root).flatMap((platform) =>
  readdirSync(join(root, platform)).map((name) => ({ fixture: `${platform}/${name}` }))
);

describe("format detection: no two layouts claim the same file", () => {
  it.each(cases)("$fixture is claimed by one layout only", async ({ fixture }) => {
    const dir = join(root, fixture);
    const input = readdirSync(dir).find((file) => !RESERVED.has(file)) as string;
    const options = existsSync(join(dir, "options.json"))
      ? (JSON.parse(readFileSync(join(dir, "options.json"), "utf8")) as ImportOptions)
      : {};
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as {
      format: string;
    };
    mockProbed.length = 0;
    // A user mapping replaces detection: the file itself must still be unknown to every layout.
    const { mapping, ...detectionOptions } = options;
    await importExport(
      { name: input, bytes: new Uint8Array(readFileSync(join(dir, input))) },
      detectionOptions
    );
    const tables = mockProbed.map((table) => ({
      table: table.sheet ?? table.fileName,
      winners: winners(table),
    }));
    // Each table (sheet) is claimed by at most one format at the best score…
    expect(tables.filter((table) => table.winners.length > 1)).toEqual([]);
    // …and the first recognised one is the format the fixture expects.
    const first = tables.find((table) => table.winners.length > 0)?.winners[0] ?? "unknown";
    expect(first).toBe(mapping ? "unknown" : expected.format);
  });
});

const table = (...lines: string[][]): TableSlice => ({ rows: lines, firstRow: 1, fileName: "t" });
const split = (line: string) => line.split(",");

// Header rows that are not golden fixtures of their own: variants the reference documents, and
// look-alikes that used to be claimed by the wrong layout.
const HEADERS: ReadonlyArray<{ readonly header: string; readonly format: string }> = [
  // TikTok video variant (docs/import-formats.md §8.2), with and without the link: not LinkedIn.
  {
    header:
      "Video title,Post time,Total views,Likes,Comments,Shares,Average watch time,Watched full video",
    format: "tiktok/business-videos",
  },
  {
    header:
      "Video title,Video link,Post time,Total views,Likes,Comments,Shares,Average watch time,Watched full video",
    format: "tiktok/business-videos",
  },
  {
    header: "Video title,Video link,Post time,Video views,Likes,Comments,Shares,Add to Favorites",
    format: "tiktok/business-videos",
  },
  // LinkedIn demographics (§5.2, §5.3): the breakdown is the first column.
  { header: "Location,Total views", format: "linkedin/visitors" },
  { header: "Job function,Total views", format: "linkedin/visitors" },
  { header: "Seniority,Total views", format: "linkedin/visitors" },
  { header: "Industry,Total views", format: "linkedin/visitors" },
  { header: "Company size,Total views", format: "linkedin/visitors" },
  { header: "Location,Total followers", format: "linkedin/followers" },
  { header: "Company size,Total followers", format: "linkedin/followers" },
  { header: "Video title,Total views", format: "unknown" },
  { header: "Country,Total followers", format: "unknown" },
  { header: "Total views,Location", format: "unknown" },
  // x.com content (§4.3): the full export, the documented subset, Korean UI headers.
  {
    header:
      "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Replies,Reposts,Profile visits,Detail Expands,URL Clicks,Hashtag Clicks,Permalink Clicks",
    format: "x/account-analytics-content",
  },
  {
    header: "Post id,Date,Post text,Post Link,Impressions,Engagements,New follows",
    format: "x/account-analytics-content",
  },
  {
    header: "포스트 ID,날짜,포스트 텍스트,포스트 링크,노출수,좋아요,답글,재게시,북마크",
    format: "x/account-analytics-content",
  },
  {
    header: "포스트 ID,포스트 텍스트,날짜,노출수,좋아요,답글,재게시,북마크",
    format: "x/account-analytics-content",
  },
  {
    header: "포스트 링크,포스트 텍스트,날짜,노출수,좋아요,답글,재게시,북마크",
    format: "x/account-analytics-content",
  },
  // The documented Korean header has no id and no link: nothing could be merged, so it stays unknown.
  { header: "포스트 텍스트,날짜,노출수,좋아요,답글,재게시,북마크", format: "unknown" },
  // Buffer and Hootsuite (§7) have no known layout: the generic path proposes a mapping.
  {
    header:
      "Date,Posts/Tweets,Impressions,Engagements,Engagement Rate,Likes,Reposts/Retweets,Replies,Clicks,New Followers,Total Followers",
    format: "unknown",
  },
  {
    header:
      "Date,Network,Profile,Post link,Post reach,Post impressions,Reactions,Comments,Shares,Saves,Post link clicks,Video views,Engagement rate",
    format: "unknown",
  },
];

describe("format detection of documented header variants", () => {
  it.each(HEADERS)("$header → $format", ({ header, format }) => {
    const cells = split(header);
    const rows = table(
      cells,
      cells.map(() => "1")
    );
    expect(winners(rows)).toEqual(format === "unknown" ? [] : [format]);
  });
});
