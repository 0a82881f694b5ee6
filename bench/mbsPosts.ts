import * as XLSX from "@e965/xlsx";
import Papa from "papaparse";

// The import figures' test files, generated alike in Node and in the Chromium page
// (bench/importPage.ts): both engines read the same bytes.

const HEADER =
  '"Post ID","Page ID","Page name",Title,Description,"Duration (sec)","Publish time","Caption type",Permalink,"Is crosspost","Is share","Post type",Languages,"Custom labels","Funded content status","Data comment",Date,Views,Reach,"Reactions, Comments and Shares",Reactions,Comments,Shares,"Total clicks","Link Clicks","Other Clicks","Matched Audience Targeting Consumption (Photo Click)","Seconds viewed","Average Seconds viewed","Estimated earnings (USD)","Ad impressions"';

/**
 * A Meta Business Suite Facebook-posts export (docs/import-formats.md §3.5, 2025 layout) of `rows`
 * posts, shaped like the real one: UTF-8 BOM, LF, Meta's quoting, one caption in five multi-line
 * with emoji, empty cells, decimals.
 */
export function mbsPostsExport(rows: number): Uint8Array {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const id = `98019759346${String(i).padStart(7, "0")}`;
    const caption =
      i % 5 === 0
        ? `"Tag the best singer in your life 🥰 #${i}\n\nSTREAM HERE:\nsugarloaf.example/maria"`
        : `"See you on saturday, folks!! 🤗 ${i}"`;
    const day = String(1 + (i % 28)).padStart(2, "0");
    lines.push(
      `${id},100044310645639,SUGARLOAF,"Title ${i} 🥰",${caption},${i % 300},"04/${day}/2024 04:32",auto,https://www.facebook.com/sugarloafband/videos/${id}/,0,0,Videos,,,,,Lifetime,${(i * 7) % 50000},${(i * 3) % 40000},845,61,89,577,572,${i % 90},5,11581,96808.007,9.421,0.01,${i % 1000}`
    );
  }
  return new TextEncoder().encode(`\ufeff${lines.join("\n")}\n`);
}

/**
 * The same export re-saved as an `.xlsx` of `rows` posts, compressed as Excel writes it: numbers
 * as numbers, ids (longer than Excel's 15 digits) and dates as the text Meta wrote.
 */
export function mbsPostsWorkbook(rows: number): Uint8Array {
  const text = new TextDecoder().decode(mbsPostsExport(rows));
  const cells = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.map((row) =>
    row.map((cell) => (/^\d{1,15}(?:\.\d+)?$/.test(cell) ? Number(cell) : cell))
  );
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(cells), "Posts");
  const written = XLSX.write(book, {
    type: "array",
    bookType: "xlsx",
    compression: true,
  }) as ArrayBuffer;
  return new Uint8Array(written);
}
