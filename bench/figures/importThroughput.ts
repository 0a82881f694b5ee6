import type { Comparison } from "../compare";
import { type Figures, peakHeapMb } from "../figure";
import {
  compareCsvImport,
  compareXlsxImport,
  CSV_ROWS,
  csvExport,
  type ExportFile,
  XLSX_ROWS,
  xlsxExport,
} from "../importComparisons";
import { importInChromium } from "../importInChromium";
import { shippedImporter } from "../shippedImporter";

const megabytes = ({ bytes }: ExportFile) => `${(bytes.length / 1024 / 1024).toFixed(1)} MB`;

const CHROMIUM = { engine: "headless Chromium", build: "production build for the web" };
const NODE = { engine: "Node", build: "production build for Node" };

const rounds = (
  { subjectMs, baselineMs }: Comparison,
  { engine, build }: typeof CHROMIUM,
  baseline: string
) =>
  `median of 31 interleaved rounds in ${engine}; importExport (${build}) ${subjectMs.toFixed(1)} ms, ${baseline} ${baselineMs.toFixed(1)} ms`;

const NODE_ONLY = "kept to compare with figures recorded before the import was timed in Chromium";

const HEAP =
  "measured in Node (V8's GC profiler): heap above the pre-import baseline, read before every garbage collection";

/**
 * `importExport` of a 100,000-row MBS post export against a bare `Papa.parse` of its text, target
 * ≤ 1.0, and of the same export as a 20,000-row `.xlsx` against a bare SheetJS read of its bytes,
 * target ≤ 1.3 (docs/architecture.md §3.6): timed in headless Chromium, the task pane's engine,
 * on the importer as it ships (production build for the web, Papa Parse and SheetJS as a browser
 * build resolves them); timed in Node too, as before, on the importer built for Node
 * ({@link shippedImporter}). Peak heap: the most heap each import holds above what was in use
 * before it, in Node.
 */
export async function importThroughput(): Promise<Figures> {
  const inChromium = await importInChromium();

  const { importExport } = await shippedImporter();
  const csv = csvExport();
  const csvInNode = await compareCsvImport(importExport, csv);
  const csvPeak = await peakHeapMb(() => importExport(csv));
  const workbook = xlsxExport();
  const xlsxInNode = await compareXlsxImport(importExport, workbook);
  const xlsxPeak = await peakHeapMb(() => importExport(workbook));

  return {
    "import.mbs_posts_100k.ratio_vs_papaparse": {
      value: inChromium.csv.ratio,
      unit: "ratio",
      note: `${rounds(inChromium.csv, CHROMIUM, "Papa.parse")}; target ≤ 1.0`,
    },
    "import.mbs_posts_100k.rows_per_s": {
      value: Math.round(CSV_ROWS / (inChromium.csv.subjectMs / 1000)),
      unit: "rows/s",
      note: CHROMIUM.engine,
    },
    "import.mbs_posts_100k.node_ratio_vs_papaparse": {
      value: csvInNode.ratio,
      unit: "ratio",
      note: `${rounds(csvInNode, NODE, "Papa.parse")}; ${NODE_ONLY}`,
    },
    "import.mbs_posts_100k.peak_heap_mb": {
      value: csvPeak,
      unit: "MB",
      note: `${HEAP}; input ${megabytes(csv)}`,
    },
    "import.xlsx_posts_20k.ratio_vs_sheetjs": {
      value: inChromium.xlsx.ratio,
      unit: "ratio",
      note: `${rounds(inChromium.xlsx, CHROMIUM, "XLSX.read")}; target ≤ 1.3`,
    },
    "import.xlsx_posts_20k.rows_per_s": {
      value: Math.round(XLSX_ROWS / (inChromium.xlsx.subjectMs / 1000)),
      unit: "rows/s",
      note: CHROMIUM.engine,
    },
    "import.xlsx_posts_20k.node_ratio_vs_sheetjs": {
      value: xlsxInNode.ratio,
      unit: "ratio",
      note: `${rounds(xlsxInNode, NODE, "XLSX.read")}; ${NODE_ONLY}`,
    },
    "import.xlsx_posts_20k.peak_heap_mb": {
      value: xlsxPeak,
      unit: "MB",
      note: `${HEAP}; input ${megabytes(workbook)}`,
    },
  };
}
