import Papa from "papaparse";
import { importExport } from "../../src/domain/import";
import { progressFraction } from "../../src/domain/progress";
import { compare, type Figures } from "../figure";

const ROWS = 100_000;

const HEADER =
  '"Post ID","Page ID","Page name",Title,Description,"Duration (sec)","Publish time","Caption type",Permalink,"Is crosspost","Is share","Post type",Languages,"Custom labels","Funded content status","Data comment",Date,Views,Reach,"Reactions, Comments and Shares",Reactions,Comments,Shares,"Total clicks","Link Clicks","Other Clicks","Matched Audience Targeting Consumption (Photo Click)","Seconds viewed","Average Seconds viewed","Estimated earnings (USD)","Ad impressions"';

/**
 * A Meta Business Suite Facebook-posts export (docs/import-formats.md §3.5, 2025 layout) of `rows`
 * posts, shaped like the real one: UTF-8 BOM, LF, Meta's quoting, one caption in five multi-line
 * with emoji, empty cells, decimals.
 */
function mbsPostsExport(rows: number): Uint8Array {
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
 * `importExport` of a 100,000-row MBS post export (decode, CSV, detection, normalisation) against a
 * bare `Papa.parse` of the text, same run; target ≤ 1.5 (docs/architecture.md §3.6). A CSV import
 * runs synchronously inside the call, which the progress callback (1 = every row read) confirms.
 */
export function importThroughput(): Figures {
  const bytes = mbsPostsExport(ROWS);
  const file = { name: "Jan-01-2024_Jul-02-2024_1162450548895235.csv", bytes };
  const text = new TextDecoder().decode(bytes);

  let finished = 0;
  const subject = () => {
    finished = 0;
    void importExport(file, { onProgress: (progress) => (finished = progressFraction(progress)) });
    if (finished !== 1) throw new Error("importExport did not read the whole file synchronously");
  };
  const baseline = () => Papa.parse(text);
  const { ratio, baselineMs, subjectMs } = compare(baseline, subject);

  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
  void importExport(file, { onProgress: sample }).then((result) => {
    sample();
    if (result.posts.length !== ROWS)
      throw new Error(`expected ${ROWS} posts, got ${result.posts.length}`);
  });

  return {
    "import.mbs_posts_100k.ratio_vs_papaparse": {
      value: ratio,
      unit: "ratio",
      note: `median of 31 interleaved rounds; importExport ${subjectMs.toFixed(1)} ms, Papa.parse ${baselineMs.toFixed(1)} ms; target ≤ 1.5`,
    },
    "import.mbs_posts_100k.rows_per_s": {
      value: Math.round(ROWS / (subjectMs / 1000)),
      unit: "rows/s",
    },
    "import.mbs_posts_100k.peak_heap_mb": {
      value: (peak - before) / 1024 / 1024,
      unit: "MB",
      note: `heap above the pre-import baseline, sampled every 10,000 rows; input ${(bytes.length / 1024 / 1024).toFixed(1)} MB`,
    },
  };
}
