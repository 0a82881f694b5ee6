import * as XLSX from "@e965/xlsx";
import Papa from "papaparse";
import { progressFraction } from "../../src/domain/progress";
import { compare, compareAsync, type Figures, peakHeapMb } from "../figure";
import { shippedImporter } from "../shippedImporter";

const ROWS = 100_000;
const XLSX_ROWS = 20_000;

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
 * The same export re-saved as an `.xlsx` of `rows` posts, compressed as Excel writes it: numbers
 * as numbers, ids (longer than Excel's 15 digits) and dates as the text Meta wrote.
 */
function mbsPostsWorkbook(rows: number): Uint8Array {
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

/** What the importer asks SheetJS for (spreadsheet.ts): dense rows, no formulas, no formatted text. */
const SHEETJS_OPTIONS = {
  type: "array",
  dense: true,
  cellDates: false,
  cellFormula: false,
  cellHTML: false,
  cellText: false,
} as const;

const megabytes = (bytes: Uint8Array) => `${(bytes.length / 1024 / 1024).toFixed(1)} MB`;

/**
 * `importExport` of a 100,000-row MBS post export (decode, CSV, detection, normalisation) against a
 * bare `Papa.parse` of the text, same run; target ≤ 1.0 (docs/architecture.md §3.6). A CSV import
 * runs synchronously inside the call, which the progress callback (1 = every row read) confirms.
 * Then the same export as a 20,000-row `.xlsx` (container check, SheetJS, normalisation) against
 * a bare SheetJS read of the same bytes; target ≤ 1.3. Peak heap: the most heap each import holds
 * above what was in use before it. The importer timed is the one the task pane ships
 * ({@link shippedImporter}), as Papa Parse and SheetJS are their published builds.
 */
export async function importThroughput(): Promise<Figures> {
  const { importExport } = await shippedImporter();
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
  const csvPeak = await peakHeapMb(async () => {
    const result = await importExport(file);
    if (result.posts.length !== ROWS)
      throw new Error(`expected ${ROWS} posts, got ${result.posts.length}`);
  });

  const workbook = { name: "Facebook posts.xlsx", bytes: mbsPostsWorkbook(XLSX_ROWS) };
  const xlsx = await compareAsync(
    () => Promise.resolve(XLSX.read(workbook.bytes, SHEETJS_OPTIONS)),
    () => importExport(workbook)
  );
  const xlsxPeak = await peakHeapMb(async () => {
    const result = await importExport(workbook);
    if (result.posts.length !== XLSX_ROWS)
      throw new Error(`expected ${XLSX_ROWS} posts from the .xlsx, got ${result.posts.length}`);
  });

  return {
    "import.mbs_posts_100k.ratio_vs_papaparse": {
      value: ratio,
      unit: "ratio",
      note: `median of 31 interleaved rounds; importExport (production build) ${subjectMs.toFixed(1)} ms, Papa.parse ${baselineMs.toFixed(1)} ms; target ≤ 1.0`,
    },
    "import.mbs_posts_100k.rows_per_s": {
      value: Math.round(ROWS / (subjectMs / 1000)),
      unit: "rows/s",
    },
    "import.mbs_posts_100k.peak_heap_mb": {
      value: csvPeak,
      unit: "MB",
      note: `heap above the pre-import baseline, read before every garbage collection; input ${megabytes(bytes)}`,
    },
    "import.xlsx_posts_20k.ratio_vs_sheetjs": {
      value: xlsx.ratio,
      unit: "ratio",
      note: `median of 31 interleaved rounds; importExport (production build) ${xlsx.subjectMs.toFixed(1)} ms, XLSX.read ${xlsx.baselineMs.toFixed(1)} ms; target ≤ 1.3`,
    },
    "import.xlsx_posts_20k.rows_per_s": {
      value: Math.round(XLSX_ROWS / (xlsx.subjectMs / 1000)),
      unit: "rows/s",
    },
    "import.xlsx_posts_20k.peak_heap_mb": {
      value: xlsxPeak,
      unit: "MB",
      note: `heap above the pre-import baseline, read before every garbage collection; input ${megabytes(workbook.bytes)}`,
    },
  };
}
