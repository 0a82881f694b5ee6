import * as XLSX from "@e965/xlsx";
import Papa from "papaparse";
import type { importExport } from "../src/domain/import";
import { SHEETJS_READ_OPTIONS } from "../src/domain/import/spreadsheet";
import { progressFraction } from "../src/domain/progress";
import { type Comparison, compare, compareAsync } from "./compare";
import { mbsPostsExport, mbsPostsWorkbook } from "./mbsPosts";

// The two import comparisons, engine-neutral: run in the Chromium page (bench/importPage.ts) on
// the importer built for the web, and in Node on the importer built for Node.

export const CSV_ROWS = 100_000;
export const XLSX_ROWS = 20_000;

type ImportExport = typeof importExport;

export interface ExportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export const csvExport = (): ExportFile => ({
  name: "Jan-01-2024_Jul-02-2024_1162450548895235.csv",
  bytes: mbsPostsExport(CSV_ROWS),
});

export const xlsxExport = (): ExportFile => ({
  name: "Facebook posts.xlsx",
  bytes: mbsPostsWorkbook(XLSX_ROWS),
});

async function expectPosts(run: ImportExport, file: ExportFile, count: number): Promise<void> {
  const { posts } = await run(file);
  if (posts.length !== count) {
    throw new Error(`expected ${count} posts from ${file.name}, got ${posts.length}`);
  }
}

/**
 * `importExport` of the CSV export (decode, CSV, detection, normalisation) against a bare
 * `Papa.parse` of its text. A CSV import runs synchronously inside the call, which the progress
 * callback (1 = every row read) confirms in every round.
 */
export async function compareCsvImport(run: ImportExport, file: ExportFile): Promise<Comparison> {
  await expectPosts(run, file, CSV_ROWS);
  const text = new TextDecoder().decode(file.bytes);
  let finished = 0;
  const subject = () => {
    finished = 0;
    void run(file, { onProgress: (progress) => (finished = progressFraction(progress)) });
    if (finished !== 1) throw new Error("importExport did not read the whole file synchronously");
  };
  return compare(() => Papa.parse(text), subject);
}

/**
 * `importExport` of the `.xlsx` export (container check, SheetJS, normalisation) against a bare
 * `XLSX.read` of the same bytes with the importer's options.
 */
export async function compareXlsxImport(run: ImportExport, file: ExportFile): Promise<Comparison> {
  await expectPosts(run, file, XLSX_ROWS);
  return compareAsync(
    () => Promise.resolve(XLSX.read(file.bytes, SHEETJS_READ_OPTIONS)),
    () => run(file)
  );
}
