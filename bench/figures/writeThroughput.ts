// Writing imports into Excel tables, measured against the Excel stand-in (tests/support/excel),
// which counts syncs and sizes every request as Excel on the web would.
import type { PostRecord } from "../../src/domain/import/schema";
import type { ImportedFile } from "../../src/domain/workbook/importedFile";
import { isWorkbookError } from "../../src/domain/workbook/workbookError";
import { writeImport } from "../../src/office/writeImport";
import { createExcelStandIn } from "../../tests/support/excel";
import type { Figures } from "../figure";

const POSTS = 100_000;
const LIMIT = 5_000_000;
const WORDS = [
  "launch",
  "spring",
  "thanks",
  "café",
  "new",
  "drop",
  "😀",
  "live",
  "today",
  "#brand",
];

/** Posts shaped like an X export: 19-digit ids, texts of 40 to 280 characters, a few emoji. */
export function syntheticPosts(): PostRecord[] {
  return Array.from({ length: POSTS }, (_, i) => {
    const length = 40 + ((i * 7919) % 240);
    let text = i % 50 === 0 ? "=SUM(1,2) " : "";
    for (let w = i; text.length < length; w += 3) text += `${WORDS[w % WORDS.length]} `;
    return {
      platform: "x",
      account: "@brand",
      postId: `18${String(7_000_000_000_000_000 + i * 7919).padStart(17, "0")}`,
      permalink: `https://x.com/brand/status/${i}`,
      publishedAt: `2026-${String(1 + (i % 12)).padStart(2, "0")}-15T${String(i % 24).padStart(2, "0")}:30`,
      postType: "Tweet",
      text: text.trim(),
      impressions: 1000 + ((i * 104729) % 90000),
      reach: null,
      views: (i * 31) % 5000,
      likes: i % 300,
      comments: i % 40,
      shares: i % 25,
      saves: null,
      clicks: i % 120,
      linkClicks: i % 60,
      follows: null,
      engagements: (i % 300) + (i % 40) + (i % 25) + (i % 120),
      spend: null,
    };
  });
}

/** An X export of 100,000 posts, as the importer hands it to writeImport. */
export function postsImport100k(): ImportedFile {
  return {
    fileName: "x-tweets-100k.csv",
    platform: "x",
    format: "x/tweets",
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
    records: { posts: syntheticPosts() },
    skipped: [],
  };
}

/** 100,000 posts written into an empty workbook, then the same file imported again. */
export async function writeThroughput(): Promise<Figures> {
  const standIn = createExcelStandIn();
  standIn.install();
  const file = postsImport100k();
  const started = process.hrtime.bigint();
  const first = await writeImport(file);
  const firstMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (isWorkbookError(first)) throw new Error(`${first.code}: ${first.message}`);
  const syncs = standIn.stats.syncs;
  const requests = standIn.stats.requests.length;
  const maxBytes = Math.max(...standIn.stats.requests.map((r) => r.bytes));
  const totalMb = standIn.stats.requests.reduce((sum, r) => sum + r.bytes, 0) / 1e6;

  standIn.resetStats();
  const again = await writeImport(file);
  if (isWorkbookError(again)) throw new Error(`${again.code}: ${again.message}`);
  const reimportMaxBytes = Math.max(...standIn.stats.requests.map((r) => r.bytes));

  return {
    "write.posts_100k.syncs": {
      value: syncs,
      unit: "syncs",
      note: `${requests} requests carrying ${totalMb.toFixed(1)} MB; ${(firstMs / 1000).toFixed(1)} s against the stand-in`,
    },
    "write.posts_100k.max_request_bytes": {
      value: maxBytes,
      unit: "bytes",
      note: `must stay under ${LIMIT.toLocaleString("en-US")}`,
    },
    "write.posts_100k.reimport_syncs": {
      value: standIn.stats.syncs,
      unit: "syncs",
      note: `same file again: ${again.unchanged.toLocaleString("en-US")} unchanged, ${again.added + again.updated} written; reads in blocks under 5 MB; largest request ${reimportMaxBytes.toLocaleString("en-US")} bytes`,
    },
  };
}
