import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { importExport } from "../../../src/domain/import";
import { FORMAT_READERS } from "../../../src/domain/import/platforms";
import { ISSUE } from "../../../src/domain/import/issues";

const encode = (text: string) => new TextEncoder().encode(text);
const root = join(__dirname, "../../fixtures/exports");

describe("importExport", () => {
  it("has a golden fixture for every format it recognises", () => {
    const fixtureFormats = new Set(
      readdirSync(root).flatMap((platform) =>
        readdirSync(join(root, platform)).map(
          (name) =>
            (
              JSON.parse(readFileSync(join(root, platform, name, "expected.json"), "utf8")) as {
                format: string;
              }
            ).format
        )
      )
    );
    const missing = FORMAT_READERS.map((reader) => reader.format).filter(
      (format) => !fixtureFormats.has(format)
    );
    expect(missing).toEqual([]);
  });

  it("keeps 19-digit X ids exactly, beyond what a JavaScript number can hold", async () => {
    const csv =
      'Post id,Date,Post text,Post Link,Impressions\n9007199254740993123,"Sat, Aug 22, 2026",hi,https://x.com/a/status/9007199254740993123,1\n';
    const result = await importExport({ name: "x.csv", bytes: encode(csv) });
    expect(result.posts[0]?.postId).toBe("9007199254740993123");
  });

  it("reports progress as bytes parsed, from none to the whole file", async () => {
    const rows = Array.from(
      { length: 25_000 },
      (_, i) => `2025-01-${String((i % 28) + 1).padStart(2, "0")},${i}`
    );
    const csv = ["sep=,", '"Facebook reach"', "Date,Primary", ...rows].join("\n");
    const bytes = encode(csv);
    const progress: number[] = [];
    await importExport(
      { name: "Reach.csv", bytes },
      {
        onProgress: ({ phase, done, total }) => {
          expect(phase).toBe("parse");
          expect(total).toBe(bytes.length);
          progress.push(done);
        },
      }
    );
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress.length).toBeGreaterThan(2);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it("only considers the formats of the platform the user named", async () => {
    const csv = "Date,Views\n2020-06-10,3342\n";
    expect((await importExport({ name: "Totals.csv", bytes: encode(csv) })).format).toBe(
      "youtube/totals"
    );
    const asX = await importExport({ name: "Totals.csv", bytes: encode(csv) }, { platform: "x" });
    expect(asX.platform).toBe("unknown");
    expect(asX.issues).toEqual([
      expect.objectContaining({ severity: "error", code: ISSUE.UNKNOWN_FORMAT }),
    ]);
  });

  it("recognises a format from its content, whatever the file is called", async () => {
    const csv = 'sep=,\n"Instagram follows"\n"Date","Primary"\n"2025-01-01T00:00:00","3"\n';
    const result = await importExport({ name: "Facebook posts.xlsx", bytes: encode(csv) });
    expect(result).toMatchObject({
      platform: "instagram",
      format: "meta-business-suite/daily-series",
    });
  });

  describe("on files large enough to be probed on their head first", () => {
    const header =
      '"Post ID","Page ID","Page name",Title,Description,"Publish time",Permalink,"Post type",Date,Views,Reach,Reactions,Comments,Shares,"Total clicks"';
    const row = (i: number) =>
      `${1000000 + i},42,"Page ${i % 3}","T ${i}","Caption ${i}\nline 2, with ""quotes""","04/02/2024 04:32",https://www.facebook.com/p/posts/${i},Photos,Lifetime,${i},${2 * i},${i % 7},1,2,${i % 11}`;
    const rows = Array.from({ length: 3000 }, (_, i) => row(i));

    it("reads rows past the head exactly as a small file's rows", async () => {
      const large = await importExport({
        name: "a.csv",
        bytes: encode([header, ...rows].join("\n")),
      });
      const small = await importExport({
        name: "b.csv",
        bytes: encode([header, row(2999)].join("\n")),
      });
      expect(large.posts).toHaveLength(3000);
      expect(large.posts[2999]).toEqual(small.posts[0]);
      expect(large.posts[2999]).toMatchObject({
        postId: "1002999",
        text: 'Caption 2999\nline 2, with "quotes"',
        reach: 5998,
      });
    });

    it("places year-less dates of rows past the head as a small file places them", async () => {
      const tiktokHeader =
        '"Time","Video title","Video link","Post time","Total likes","Total comments","Total shares","Total views"';
      const months = ["January", "March", "July", "November"];
      const tiktokRow = (i: number) =>
        `"February 28","${"Video ".repeat(30)}${i}","https://www.tiktok.com/@h/video/${7527623000473079000n + BigInt(i)}","${months[i % 4]} ${1 + (i % 28)}","${i}","1","2","3"`;
      const tiktokRows = Array.from({ length: 2000 }, (_, i) => tiktokRow(i));
      const today = "2026-03-10";
      const large = await importExport(
        { name: "Content.csv", bytes: encode([tiktokHeader, ...tiktokRows].join("\n")) },
        { today }
      );
      const small = await importExport(
        { name: "Content.csv", bytes: encode([tiktokHeader, tiktokRow(1999)].join("\n")) },
        { today }
      );
      expect(large.posts).toHaveLength(2000);
      expect(large.posts[1999]).toEqual(small.posts[0]);
      // 1999 % 4 = 3 → November 12, before the export date February 28 (2026): 2025.
      expect(large.posts[1999]?.publishedAt).toBe("2025-11-12");
      expect(large.issues.map((issue) => issue.code)).toEqual([ISSUE.YEAR_INFERRED]);
    });

    it("reports a quote left open in a large file at the row that opened it", async () => {
      const cut = [header, ...rows, '1,42,"never closed', "the rest of a cut download"];
      const result = await importExport({ name: "d.csv", bytes: encode(cut.join("\n")) });
      expect(result.posts).toHaveLength(3001);
      expect(result.issues).toContainEqual(
        expect.objectContaining({ code: ISSUE.UNTERMINATED_QUOTE, row: 3002 })
      );
    });

    it("reads a large whole-line-quoted file in full", async () => {
      const wrap = (line: string) => `"${line.replace(/"/g, '""')}"`;
      const csv = [header, ...rows].map(wrap).join("\n");
      const result = await importExport({ name: "c.csv", bytes: encode(csv) });
      expect(result.posts).toHaveLength(3000);
      expect(result.posts[2999]).toMatchObject({ postId: "1002999", likes: 2999 % 7 });
    });
  });

  it.each([
    ["random bytes", Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)],
    ["a lone BOM", new Uint8Array([0xef, 0xbb, 0xbf])],
    ["a lone UTF-16 BOM", new Uint8Array([0xff, 0xfe])],
    ["only newlines", encode("\n\n\r\n")],
    [
      "an OLE2 signature and nothing else",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    ],
    [
      "an XML spreadsheet cut short",
      encode(
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet'
      ),
    ],
  ])("returns an error issue and no records for %s", async (_description, bytes) => {
    const result = await importExport({ name: "file.csv", bytes });
    expect(result.issues.some((issue) => issue.severity === "error")).toBe(true);
    expect(result.issues.some((issue) => issue.code === ISSUE.INTERNAL_ERROR)).toBe(false);
    expect([
      ...result.posts,
      ...result.daily,
      ...result.traffic,
      ...result.ads,
      ...result.audience,
    ]).toEqual([]);
  });
});
